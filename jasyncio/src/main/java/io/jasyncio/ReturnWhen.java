package io.jasyncio;

/**
 * When {@link Asyncio#wait(java.util.Collection, ReturnWhen)} returns (asyncio's
 * {@code FIRST_COMPLETED}, {@code FIRST_EXCEPTION}, {@code ALL_COMPLETED}).
 *
 * <pre>{@code
 * WaitResult<Task<Integer>> r = Asyncio.wait(List.of(t1, t2), ReturnWhen.FIRST_COMPLETED);
 * }</pre>
 */
public enum ReturnWhen {
    /** Return as soon as any future is done or cancelled. */
    FIRST_COMPLETED,
    /** Return when a future fails with an exception; if none fails, when all are done. */
    FIRST_EXCEPTION,
    /** Return when every future is done or cancelled. */
    ALL_COMPLETED
}
