package io.jasyncio;

/**
 * asyncio's {@code mixins._LoopBoundMixin}: a synchronisation object belongs to the first loop
 * that needs it. Binding happens where asyncio's {@code _get_loop()} is called, which is only
 * when a caller has to wait (a free lock is taken without touching any loop).
 */
abstract class LoopBoundMixin {
    /** The loop this object is bound to; written once, under the class lock, then only read. */
    private volatile BaseEventLoop boundLoop;

    /**
     * The running loop, binding this object to it on first use.
     *
     * @throws IllegalStateException "{@code <repr>} is bound to a different event loop" when used
     *     from another loop; asyncio's "no current event loop" message when no loop is running
     */
    final BaseEventLoop getLoop0() {
        BaseEventLoop loop = BaseEventLoop.runningOrCurrentFor(getClass().getSimpleName());
        BaseEventLoop bound = boundLoop;
        if (bound == null) {
            synchronized (LoopBoundMixin.class) {  // asyncio's _global_lock: loops on two threads race here
                bound = boundLoop;
                if (bound == null) boundLoop = bound = loop;
            }
        }
        if (bound != loop) throw new IllegalStateException(this + " is bound to a different event loop");
        return loop;
    }
}
