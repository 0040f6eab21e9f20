package io.jasyncio;

import io.jasyncio.internal.Repr;

/**
 * asyncio's {@code Queue}: a first-in, first-out queue between tasks, optionally bounded.
 *
 * <pre>{@code
 * Queue<String> q = new Queue<>(10);        // maxsize 10; 0 or less: unbounded
 * Asyncio.createTask(() -> {
 *     while (true) { String job = q.get(); handle(job); q.taskDone(); }
 * });
 * for (String job : jobs) q.put(job);       // waits while the queue is full
 * q.join();                                 // until every job had its taskDone()
 * }</pre>
 *
 * <p>Ordering, as in asyncio: a getter woken by a put takes its item only when it runs, so the
 * item counts towards {@link #qsize()} and {@link #full()} until then; a putter woken by a get
 * may find its slot taken by someone's {@link #putNowait} and then waits again. Getting from a
 * non-empty queue and putting into a non-full one never yield. Items may be null.
 *
 * @param <T> the item type
 */
public class Queue<T> extends LoopBoundMixin {
    private final int maxsize;
    private final QueueStore<T> items;
    private final ParkingLot getters = new ParkingLot();
    private final ParkingLot putters = new ParkingLot();
    private int unfinishedTasks;
    private final Event finished = new Event();
    private boolean isShutdown;

    /** An unbounded queue. */
    public Queue() { this(0); }

    /** A queue of at most {@code maxsize} items; {@code maxsize <= 0} means unbounded. */
    public Queue(int maxsize) { this(maxsize, new QueueStore.Fifo<>()); }

    Queue(int maxsize, QueueStore<T> items) {
        this.maxsize = maxsize;
        this.items = items;
        finished.set();
    }

    /** Number of items in the queue. */
    public int qsize() { return items.size(); }

    /** The maximum number of items; 0 or less means unbounded. */
    public int maxsize() { return maxsize; }

    /** Whether the queue holds no item. */
    public boolean empty() { return items.size() == 0; }

    /** Whether the queue holds {@link #maxsize()} items; never for an unbounded queue. */
    public boolean full() { return maxsize > 0 && items.size() >= maxsize; }

    /**
     * Puts {@code item}, waiting while the queue is full.
     *
     * @throws QueueShutDownException if the queue is shut down (also while waiting)
     * @throws CancelledError if the task is cancelled while waiting (nothing is put)
     */
    public void put(T item) {
        while (full()) {
            if (isShutdown) throw new QueueShutDownException();
            Future<Object> putter = putters.park(getLoop0());
            try {
                putter.await();
            } catch (Throwable t) {
                putter.cancel();  // in case it is still pending
                putters.remove(putter);  // unless a get or shutdown popped it already
                // Woken for a free slot but leaving: pass the wake-up on.
                if (!full() && !putter.isCancelled()) putters.popAndWakeNext();
                throw t;
            }
        }
        putNowait(item);
    }

    /**
     * Puts {@code item} now and wakes the first waiting getter (which takes an item when it runs).
     *
     * @throws QueueShutDownException if the queue is shut down
     * @throws QueueFullException if the queue is full
     */
    public void putNowait(T item) {
        if (isShutdown) throw new QueueShutDownException();
        if (full()) throw new QueueFullException();
        items.put(item);
        unfinishedTasks++;
        finished.clear();
        getters.popAndWakeNext();
    }

    /**
     * Removes and returns the next item, waiting while the queue is empty; returns without
     * yielding when an item is there.
     *
     * @throws QueueShutDownException if the queue is shut down and empty (also while waiting),
     *     or was shut down immediately
     * @throws CancelledError if the task is cancelled while waiting (no item is taken)
     */
    public T get() {
        while (empty()) {
            if (isShutdown) throw new QueueShutDownException();
            Future<Object> getter = getters.park(getLoop0());
            try {
                getter.await();
            } catch (Throwable t) {
                getter.cancel();
                getters.remove(getter);
                // Woken by a put but leaving: the item must not wait for nobody.
                if (!empty() && !getter.isCancelled()) getters.popAndWakeNext();
                throw t;
            }
        }
        return getNowait();
    }

    /**
     * Removes and returns the next item now, and wakes the first waiting putter.
     *
     * @throws QueueEmptyException if the queue is empty
     * @throws QueueShutDownException if the queue is empty and shut down
     */
    public T getNowait() {
        if (empty()) {
            if (isShutdown) throw new QueueShutDownException();
            throw new QueueEmptyException();
        }
        T item = items.get();
        putters.popAndWakeNext();
        return item;
    }

    /**
     * Marks one item taken by a get as processed; {@link #join()} returns when every item put
     * has been marked.
     *
     * @throws IllegalStateException ("task_done() called too many times") with nothing unfinished
     */
    public void taskDone() {
        if (unfinishedTasks <= 0) throw new IllegalStateException("task_done() called too many times");
        if (--unfinishedTasks == 0) finished.set();
    }

    /** Waits until every item put has been marked with {@link #taskDone()}; no yield if so. */
    public void join() {
        if (unfinishedTasks > 0) finished.await();
    }

    /** {@code shutdown(false)}: puts fail at once, gets once the queue is empty. */
    public void shutdown() { shutdown(false); }

    /**
     * Shuts the queue down (asyncio 3.13): every put, and every get from an empty queue, throws
     * {@link QueueShutDownException}; waiting putters and getters are woken to find out. With
     * {@code immediate}, the items left are dropped and counted as done, which may end
     * {@link #join()}.
     */
    public void shutdown(boolean immediate) {
        isShutdown = true;
        if (immediate) {
            while (!empty()) {
                items.get();
                if (unfinishedTasks > 0) unfinishedTasks--;
            }
            if (unfinishedTasks == 0) finished.set();
        }
        getters.popAndWakeAll();
        putters.popAndWakeAll();
    }

    /** {@code <Queue maxsize=1 _queue=[1] _getters[1] tasks=1>}, as asyncio's {@code str()}. */
    @Override public String toString() {
        StringBuilder sb = new StringBuilder("<").append(getClass().getSimpleName()).append(" maxsize=").append(maxsize);
        if (!empty()) sb.append(" _queue=").append(Repr.of(items.snapshot()));
        if (!getters.isEmpty()) sb.append(" _getters[").append(getters.size()).append(']');
        if (!putters.isEmpty()) sb.append(" _putters[").append(putters.size()).append(']');
        if (unfinishedTasks != 0) sb.append(" tasks=").append(unfinishedTasks);
        if (isShutdown) sb.append(" shutdown");
        return sb.append('>').toString();
    }
}
