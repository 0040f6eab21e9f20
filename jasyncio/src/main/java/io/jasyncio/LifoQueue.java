package io.jasyncio;

/**
 * asyncio's {@code LifoQueue}: a {@link Queue} that returns the most recently put item first.
 *
 * <pre>{@code
 * LifoQueue<Integer> stack = new LifoQueue<>();
 * stack.putNowait(1);
 * stack.putNowait(2);
 * stack.getNowait();             // 2
 * }</pre>
 *
 * @param <T> the item type
 */
public class LifoQueue<T> extends Queue<T> {
    /** An unbounded LIFO queue. */
    public LifoQueue() { this(0); }

    /** A LIFO queue of at most {@code maxsize} items; {@code maxsize <= 0} means unbounded. */
    public LifoQueue(int maxsize) { super(maxsize, new QueueStore.Lifo<>()); }
}
