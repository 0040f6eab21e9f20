package io.jasyncio;

/**
 * A blocking action with no result, for {@link Asyncio#toThread(ThrowingRunnable)}.
 *
 * <pre>{@code
 * Asyncio.toThread(() -> Thread.sleep(100));
 * }</pre>
 */
@FunctionalInterface
public interface ThrowingRunnable {
    /** Runs the action. */
    void run() throws Exception;
}
