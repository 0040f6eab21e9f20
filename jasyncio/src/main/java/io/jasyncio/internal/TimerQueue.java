package io.jasyncio.internal;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * A min-heap of timers ordered by deadline, then by scheduling sequence (so equal deadlines come
 * out FIFO). Deadlines and sequence numbers live in primitive arrays beside the items: a sift
 * compares numbers in contiguous memory instead of chasing a pointer per comparison, and the
 * heap is 4-ary, so it is shallower than a binary one. Not thread-safe (the loop's own).
 *
 * @param <E> the timer objects
 */
public final class TimerQueue<E> {
    private double[] whens = new double[64];
    private long[] seqs = new long[64];
    private Object[] items = new Object[64];
    private int size;

    /** How many timers are queued. */
    public int size() { return size; }

    /** Whether no timer is queued. */
    public boolean isEmpty() { return size == 0; }

    /** The earliest deadline; only when not empty. */
    public double peekWhen() { return whens[0]; }

    /** The earliest timer, or null. */
    @SuppressWarnings("unchecked")
    public E peek() { return size == 0 ? null : (E) items[0]; }

    /** Queues {@code item} for {@code when}; {@code seq} must grow with every add. */
    public void add(double when, long seq, E item) {
        if (size == items.length) grow();
        siftUp(size++, when, seq, item);
    }

    /** Removes and returns the earliest timer, or null. */
    @SuppressWarnings("unchecked")
    public E poll() {
        if (size == 0) return null;
        E top = (E) items[0];
        int last = --size;
        double w = whens[last];
        long s = seqs[last];
        Object it = items[last];
        items[last] = null;
        if (last > 0) siftDown(0, w, s, it);
        return top;
    }

    /** Drops every timer {@code drop} accepts, keeping the order of the rest. */
    @SuppressWarnings("unchecked")
    public void removeIf(Predicate<? super E> drop) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (!drop.test((E) items[i])) {
                whens[n] = whens[i];
                seqs[n] = seqs[i];
                items[n] = items[i];
                n++;
            }
        }
        Arrays.fill(items, n, size, null);
        size = n;
        for (int i = (n - 2) >> 2; i >= 0; i--) siftDown(i, whens[i], seqs[i], items[i]);
    }

    /** Every queued timer, in no particular order. */
    @SuppressWarnings("unchecked")
    public void forEach(java.util.function.Consumer<? super E> action) {
        for (int i = 0; i < size; i++) action.accept((E) items[i]);
    }

    /** Empties the queue. */
    public void clear() {
        Arrays.fill(items, 0, size, null);
        size = 0;
    }

    private static boolean before(double w1, long s1, double w2, long s2) {
        return w1 < w2 || (w1 == w2 && s1 < s2);
    }

    private void siftUp(int k, double w, long s, Object it) {
        while (k > 0) {
            int parent = (k - 1) >>> 2;
            if (!before(w, s, whens[parent], seqs[parent])) break;
            whens[k] = whens[parent];
            seqs[k] = seqs[parent];
            items[k] = items[parent];
            k = parent;
        }
        whens[k] = w;
        seqs[k] = s;
        items[k] = it;
    }

    private void siftDown(int k, double w, long s, Object it) {
        int n = size;
        while (true) {
            int first = (k << 2) + 1;
            if (first >= n) break;
            int best = first;
            int end = Math.min(first + 4, n);
            for (int c = first + 1; c < end; c++) {
                if (before(whens[c], seqs[c], whens[best], seqs[best])) best = c;
            }
            if (!before(whens[best], seqs[best], w, s)) break;
            whens[k] = whens[best];
            seqs[k] = seqs[best];
            items[k] = items[best];
            k = best;
        }
        whens[k] = w;
        seqs[k] = s;
        items[k] = it;
    }

    private void grow() {
        int cap = items.length * 2;
        whens = Arrays.copyOf(whens, cap);
        seqs = Arrays.copyOf(seqs, cap);
        items = Arrays.copyOf(items, cap);
    }
}
