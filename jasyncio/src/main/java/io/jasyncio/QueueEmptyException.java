package io.jasyncio;

import java.util.NoSuchElementException;

/**
 * asyncio's {@code QueueEmpty}: {@link Queue#getNowait()} found no item. Like asyncio's, it
 * carries no message.
 *
 * <pre>{@code
 * try {
 *     item = queue.getNowait();
 * } catch (QueueEmptyException e) {
 *     item = null;               // nothing ready now
 * }
 * }</pre>
 */
public class QueueEmptyException extends NoSuchElementException {
    private static final long serialVersionUID = 1L;

    /** An exception without a message, as asyncio raises it. */
    public QueueEmptyException() { super(); }
}
