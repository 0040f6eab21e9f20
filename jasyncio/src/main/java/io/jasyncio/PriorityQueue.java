package io.jasyncio;

import java.util.Comparator;

/**
 * asyncio's {@code PriorityQueue}: a {@link Queue} that returns the smallest item first, in the
 * items' natural order or a {@link Comparator}'s. The items sit in a binary heap that moves them
 * exactly as Python's {@code heapq} does, so equal items come out in CPython's order.
 *
 * <pre>{@code
 * record Job(int priority, String name) {}
 * PriorityQueue<Job> jobs = new PriorityQueue<>(Comparator.comparingInt(Job::priority));
 * jobs.putNowait(new Job(5, "later"));
 * jobs.putNowait(new Job(1, "first"));
 * jobs.getNowait().name();       // "first"
 * }</pre>
 *
 * @param <T> the item type
 */
public class PriorityQueue<T> extends Queue<T> {
    /** An unbounded queue in the items' natural order (they must be {@link Comparable}). */
    public PriorityQueue() { this(0); }

    /** A queue of at most {@code maxsize} items in their natural order; {@code <= 0}: unbounded. */
    public PriorityQueue(int maxsize) { this(maxsize, null); }

    /** An unbounded queue ordered by {@code comparator}. */
    public PriorityQueue(Comparator<? super T> comparator) { this(0, comparator); }

    /**
     * A queue of at most {@code maxsize} items ordered by {@code comparator} (null: the items'
     * natural order); {@code maxsize <= 0} means unbounded.
     */
    @SuppressWarnings("unchecked")
    public PriorityQueue(int maxsize, Comparator<? super T> comparator) {
        super(maxsize, new QueueStore.Heap<>(comparator != null ? comparator
                : (Comparator<? super T>) Comparator.naturalOrder()));
    }
}
