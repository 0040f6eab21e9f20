package io.jasyncio;

/**
 * asyncio's {@code QueueFull}: {@link Queue#putNowait(Object)} found no free slot. Like
 * asyncio's, it carries no message.
 *
 * <pre>{@code
 * try {
 *     queue.putNowait(item);
 * } catch (QueueFullException e) {
 *     dropped++;                 // shed load instead of waiting
 * }
 * }</pre>
 */
public class QueueFullException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** An exception without a message, as asyncio raises it. */
    public QueueFullException() { super(); }
}
