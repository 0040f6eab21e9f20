package io.jasyncio;

import io.jasyncio.internal.Throwing;

/**
 * asyncio's {@code locks._ContextManagerMixin}: {@code async with x:} for {@link Lock},
 * {@link Condition}, {@link Semaphore} and {@link BoundedSemaphore}, spelled {@code x.with(body)}.
 */
abstract class ContextManagerMixin extends LoopBoundMixin {
    /** Acquires, waiting if needed. */
    public abstract void acquire();

    /** Releases. */
    public abstract void release();

    /**
     * asyncio's {@code async with}: acquires, runs {@code body}, releases however the body ends;
     * returns the body's value and rethrows its exception unchanged (undeclared, like
     * {@link Future#await()}).
     *
     * @throws CancelledError if the task is cancelled while acquiring (the body does not run)
     */
    public final <T> T with(Coroutine<T> body) {
        acquire();
        try {
            return body.call();
        } catch (Exception e) {
            throw Throwing.sneaky(e);
        } finally {
            release();
        }
    }

    /** {@link #with(Coroutine)} for a body without a value. */
    public final void with(VoidCoroutine body) {
        acquire();
        try {
            body.call();
        } catch (Exception e) {
            throw Throwing.sneaky(e);
        } finally {
            release();
        }
    }

    /** asyncio's {@code , waiters:N} repr suffix, present only when someone waits. */
    static String waitersPart(int n) { return n == 0 ? "" : ", waiters:" + n; }
}
