package io.jasyncio;

/**
 * A coroutine that returns nothing ({@code async def f(): ...} without a {@code return}).
 * Overloads that take one give a {@code Task<Void>} / {@code Future<Void>}.
 *
 * <pre>{@code
 * Asyncio.run(() -> { Asyncio.sleep(0.1); System.out.println("done"); });
 * }</pre>
 */
@FunctionalInterface
public interface VoidCoroutine {
    /** Runs the body. */
    void call() throws Exception;

    /** This body as a {@code Coroutine<Void>} that returns null. */
    default Coroutine<Void> asCoroutine() {
        VoidCoroutine self = this;
        return new Coroutine<>() {
            @Override public Void call() throws Exception { self.call(); return null; }
            @Override public String toString() { return self.toString(); }
        };
    }
}
