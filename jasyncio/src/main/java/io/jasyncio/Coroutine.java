package io.jasyncio;

/**
 * A coroutine: the body of a task, asyncio's {@code async def}. Any method may await, so a
 * coroutine is just code that returns a value (or throws).
 *
 * <pre>{@code
 * Coroutine<Integer> answer = () -> { Asyncio.sleep(0.1); return 42; };
 * int r = Asyncio.run(answer);
 * }</pre>
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface Coroutine<T> {
    /** Runs the body. Awaiting inside it suspends the task that runs it. */
    T call() throws Exception;
}
