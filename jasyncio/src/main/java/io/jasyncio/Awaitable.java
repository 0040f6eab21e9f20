package io.jasyncio;

/**
 * Something a task can {@code await}: a {@link Future} or a {@link Task}. Sealed, so a lambda is
 * never mistaken for an awaitable; a lambda is a {@link Coroutine}.
 *
 * <pre>{@code
 * Awaitable<String> f = Asyncio.createTask(() -> "hi");
 * String s = f.await();   // inside a task
 * }</pre>
 *
 * @param <T> the result type
 */
public sealed interface Awaitable<T> permits Future {
    /**
     * Waits for the result: returns it, or rethrows the exception it holds (unchanged, checked or
     * not), or throws {@link CancelledError}. Awaiting something already done never yields.
     */
    T await();
}
