package io.jasyncio;

/**
 * asyncio's {@code InvalidStateError}: a future's result asked for too early, or set twice.
 *
 * <pre>{@code
 * Future<Integer> f = loop.createFuture();
 * f.result();   // throws InvalidStateException("Result is not set.")
 * }</pre>
 */
public class InvalidStateException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** An exception with asyncio's message. */
    public InvalidStateException(String message) { super(message); }
}
