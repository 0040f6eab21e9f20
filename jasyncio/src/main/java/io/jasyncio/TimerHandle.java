package io.jasyncio;

import io.jasyncio.internal.Callables;
import io.jasyncio.internal.Repr;

/**
 * A callback scheduled for a time (asyncio's {@code TimerHandle}); {@link #when()} is the
 * absolute loop time it was scheduled for.
 *
 * <pre>{@code
 * TimerHandle h = loop.callLater(0.5, () -> System.out.println("half a second later"));
 * System.out.println(h.when() - loop.time());
 * }</pre>
 */
public final class TimerHandle extends Handle {
    private final double when;
    final long seq;
    boolean scheduled;

    TimerHandle(BaseEventLoop loop, double when, long seq, Runnable callback, Object context) {
        super(loop, callback, context);
        this.when = when;
        this.seq = seq;
    }

    /** The absolute loop time ({@link EventLoop#time()}) the callback is scheduled for. */
    public double when() { return when; }

    @Override public void cancel() {
        if (!cancelled) loop.timerHandleCancelled(this);
        super.cancel();
    }

    @Override String reprInfo() {
        StringBuilder sb = new StringBuilder("TimerHandle");
        if (cancelled) sb.append(" cancelled");
        sb.append(" when=").append(Repr.ofDouble(when));
        if (callback != null) sb.append(' ').append(Callables.name(callback));
        return sb.toString();
    }
}
