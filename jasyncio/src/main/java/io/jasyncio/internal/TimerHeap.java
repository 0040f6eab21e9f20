package io.jasyncio.internal;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * A min-heap of timers ordered by deadline, then by scheduling sequence (so equal deadlines come
 * out FIFO). Deadlines and sequence numbers live in primitive arrays beside the items: a sift
 * compares numbers in contiguous memory instead of chasing a pointer per comparison. The heap is
 * 8-ary and shifted by {@link #OFFSET} slots so that the eight children of a node start on a
 * multiple of eight: their deadlines share one cache line, and a sift touches about one line per
 * level of a shallow tree. Not thread-safe (the loop's own).
 *
 * @param <E> the timer objects
 */
final class TimerHeap<E> {
    private static final int ARITY = 8;
    /** Heap node i lives in slot i + OFFSET; children of i are 8i+1 .. 8i+8. */
    private static final int OFFSET = ARITY - 1;
    private double[] whens = new double[64];
    private long[] seqs = new long[64];
    private Object[] items = new Object[64];
    private int size;

    /** How many timers are queued. */
    public int size() { return size; }

    /** Whether no timer is queued. */
    public boolean isEmpty() { return size == 0; }

    /** The earliest deadline; only when not empty. */
    public double peekWhen() { return whens[OFFSET]; }

    /** The sequence number of the earliest timer; only when not empty. */
    long peekSeq() { return seqs[OFFSET]; }

    /** {@link #add} for an item already known to be an E. */
    @SuppressWarnings("unchecked")
    void addRaw(double when, long seq, Object item) { add(when, seq, (E) item); }

    /** The earliest timer, or null. */
    @SuppressWarnings("unchecked")
    public E peek() { return size == 0 ? null : (E) items[OFFSET]; }

    /** Queues {@code item} for {@code when}; {@code seq} must grow with every add. */
    public void add(double when, long seq, E item) {
        if (size + OFFSET >= items.length) grow();
        siftUp(size++, when, seq, item);
    }

    /** Removes and returns the earliest timer, or null. */
    @SuppressWarnings("unchecked")
    public E poll() {
        if (size == 0) return null;
        E top = (E) items[OFFSET];
        int last = --size + OFFSET;
        double w = whens[last];
        long s = seqs[last];
        Object it = items[last];
        items[last] = null;
        if (size > 0) siftDown(0, w, s, it);
        return top;
    }

    /** Drops every timer {@code drop} accepts. */
    @SuppressWarnings("unchecked")
    public void removeIf(Predicate<? super E> drop) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            int from = i + OFFSET;
            if (!drop.test((E) items[from])) {
                int to = n++ + OFFSET;
                whens[to] = whens[from];
                seqs[to] = seqs[from];
                items[to] = items[from];
            }
        }
        Arrays.fill(items, n + OFFSET, size + OFFSET, null);
        size = n;
        for (int i = (n - 2) / ARITY; i >= 0; i--) {
            int k = i + OFFSET;
            siftDown(i, whens[k], seqs[k], items[k]);
        }
    }


    /** Empties the queue. */
    public void clear() {
        Arrays.fill(items, OFFSET, size + OFFSET, null);
        size = 0;
    }

    private static boolean before(double w1, long s1, double w2, long s2) {
        return w1 < w2 || (w1 == w2 && s1 < s2);
    }

    /** Moves node {@code i}'s ancestors down until (w, s) fits, then stores it. */
    private void siftUp(int i, double w, long s, Object it) {
        while (i > 0) {
            int p = (i - 1) / ARITY;
            int ps = p + OFFSET;
            if (!before(w, s, whens[ps], seqs[ps])) break;
            int is = i + OFFSET;
            whens[is] = whens[ps];
            seqs[is] = seqs[ps];
            items[is] = items[ps];
            i = p;
        }
        int is = i + OFFSET;
        whens[is] = w;
        seqs[is] = s;
        items[is] = it;
    }

    /** Moves the smallest children up from node {@code i} until (w, s) fits, then stores it. */
    private void siftDown(int i, double w, long s, Object it) {
        int end = size + OFFSET;
        while (true) {
            int first = i * ARITY + 1 + OFFSET;   // a multiple of eight
            if (first >= end) break;
            int best = first;
            double bw = whens[first];
            int stop = Math.min(first + ARITY, end);
            for (int c = first + 1; c < stop; c++) {
                double cw = whens[c];
                if (cw < bw || (cw == bw && seqs[c] < seqs[best])) {
                    best = c;
                    bw = cw;
                }
            }
            if (!before(bw, seqs[best], w, s)) break;
            int is = i + OFFSET;
            whens[is] = bw;
            seqs[is] = seqs[best];
            items[is] = items[best];
            i = best - OFFSET;
        }
        int is = i + OFFSET;
        whens[is] = w;
        seqs[is] = s;
        items[is] = it;
    }

    private void grow() {
        int cap = items.length * 2;
        whens = Arrays.copyOf(whens, cap);
        seqs = Arrays.copyOf(seqs, cap);
        items = Arrays.copyOf(items, cap);
    }
}
