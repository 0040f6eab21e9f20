package io.jasyncio;

/**
 * asyncio's {@code CancelledError}: thrown at the await point of a cancelled task. It is an
 * {@link Error}, so {@code catch (Exception e)} does not swallow cancellation.
 *
 * <pre>{@code
 * try { Asyncio.sleep(10); }
 * catch (CancelledError e) { System.out.println("cancelled: " + e.getMessage()); throw e; }
 * }</pre>
 */
public class CancelledError extends Error {
    private static final long serialVersionUID = 1L;

    /** A cancellation without a message ({@code getMessage()} is null). */
    public CancelledError() { super(); }

    /** A cancellation carrying {@code message} (may be null). */
    public CancelledError(String message) { super(message); }
}
