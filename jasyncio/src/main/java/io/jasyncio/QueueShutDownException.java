package io.jasyncio;

/**
 * asyncio's {@code QueueShutDown} (3.13): a put on a queue that was shut down, or a get on one
 * that was shut down and is empty (or shut down immediately). Like asyncio's, it carries no
 * message.
 *
 * <pre>{@code
 * try {
 *     while (true) handle(queue.get());
 * } catch (QueueShutDownException e) {
 *     // the producer called queue.shutdown(): no more items
 * }
 * }</pre>
 */
public class QueueShutDownException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** An exception without a message, as asyncio raises it. */
    public QueueShutDownException() { super(); }
}
