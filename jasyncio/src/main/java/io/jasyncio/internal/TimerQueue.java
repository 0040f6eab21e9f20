package io.jasyncio.internal;

import java.util.function.Predicate;

/**
 * The loop's timers, earliest deadline first, equal deadlines in scheduling order (FIFO).
 *
 * <p>Two levels, because a loop typically holds many timers due soon (timeouts, sleeps), and a
 * heap pays a logarithm of branchy comparisons per timer: timers due within the next second wait
 * unsorted in 1 ms buckets (an append each). When a bucket's earliest deadline could be the next
 * to fire, the whole bucket is sorted at once (one primitive sort of packed keys) into the
 * <em>front</em>, which is then consumed in order. Timers in the past, beyond the window, or
 * added to a bucket already sorted go to a heap ({@link TimerHeap}); the next timer is the
 * smaller of the heap's top and the front's head. The order that comes out is exactly
 * (deadline, then sequence), whichever way a timer went in.
 *
 * @param <E> the timer objects
 */
public final class TimerQueue<E> {
    private static final int BUCKETS = 1024;            // one second of 1 ms buckets
    private static final double BUCKETS_PER_SECOND = 1000.0;

    private final TimerHeap<E> heap = new TimerHeap<>();
    /** The owner's clock (seconds): an empty queue starts its bucket window at the present. */
    private final java.util.function.DoubleSupplier clock;
    private final Bucket[] ring = new Bucket[BUCKETS];
    /** Absolute index of the last bucket moved into the heap; later ones are in the ring. */
    private long movedUpTo = Long.MIN_VALUE;
    private int bucketed;
    /** The sorted front: entries [frontPos, frontEnd) in (when, seq) order. */
    private double[] fWhens = new double[0];
    private long[] fSeqs = new long[0];
    private Object[] fItems = new Object[0];
    private long[] keys = new long[0];
    private int frontPos, frontEnd;
    /** Below 2^-40 s two deadlines share a sort key; a final pass orders such rare ties exactly. */
    private static final double KEY_SCALE = 0x1p40;
    private static final int INDEX_BITS = 24;

    private static final class Bucket {
        double[] whens = new double[16];
        long[] seqs = new long[16];
        Object[] items = new Object[16];
        int size;
        double min = Double.POSITIVE_INFINITY;

        void add(double w, long s, Object it) {
            if (size == items.length) {
                int cap = size * 2;
                whens = java.util.Arrays.copyOf(whens, cap);
                seqs = java.util.Arrays.copyOf(seqs, cap);
                items = java.util.Arrays.copyOf(items, cap);
            }
            whens[size] = w;
            seqs[size] = s;
            items[size] = it;
            size++;
            if (w < min) min = w;
        }

        void reset() {
            java.util.Arrays.fill(items, 0, size, null);
            size = 0;
            min = Double.POSITIVE_INFINITY;
        }
    }

    /** A queue whose bucket window follows {@code clock} (the loop's time, in seconds). */
    public TimerQueue(java.util.function.DoubleSupplier clock) { this.clock = clock; }

    /** How many timers are queued. */
    public int size() { return heap.size() + bucketed + (frontEnd - frontPos); }

    /** Whether no timer is queued. */
    public boolean isEmpty() { return size() == 0; }

    /** The earliest deadline; only when not empty. */
    public double peekWhen() {
        settleFront();
        if (frontPos < frontEnd && (heap.isEmpty() || frontFirst())) return fWhens[frontPos];
        return heap.peekWhen();
    }

    /** The earliest timer, or null. */
    @SuppressWarnings("unchecked")
    public E peek() {
        settleFront();
        if (frontPos < frontEnd && (heap.isEmpty() || frontFirst())) return (E) fItems[frontPos];
        return heap.peek();
    }

    /** Removes and returns the earliest timer, or null. */
    @SuppressWarnings("unchecked")
    public E poll() {
        settleFront();
        if (frontPos < frontEnd && (heap.isEmpty() || frontFirst())) {
            E it = (E) fItems[frontPos];
            fItems[frontPos++] = null;
            return it;
        }
        return heap.poll();
    }

    /** Whether the front's head comes before the heap's top (both non-empty). */
    private boolean frontFirst() {
        double fw = fWhens[frontPos], hw = heap.peekWhen();
        return fw < hw || (fw == hw && fSeqs[frontPos] < heap.peekSeq());
    }

    /** Queues {@code item} for {@code when}; {@code seq} must grow with every add. */
    public void add(double when, long seq, E item) {
        if (isEmpty()) {
            double now = Math.floor(clock.getAsDouble() * BUCKETS_PER_SECOND);
            if (now > Long.MIN_VALUE + 1 && now < Long.MAX_VALUE) movedUpTo = (long) now - 1;
        }
        double b = Math.floor(when * BUCKETS_PER_SECOND);
        if (b > movedUpTo && b <= (double) movedUpTo + BUCKETS) {
            int slot = (int) ((long) b & (BUCKETS - 1));
            Bucket bucket = ring[slot];
            if (bucket == null) ring[slot] = bucket = new Bucket();
            bucket.add(when, seq, item);
            bucketed++;
        } else {
            heap.add(when, seq, item);
        }
    }

    /**
     * Makes the front (or the heap) hold the earliest timer: when the front is used up, the next
     * bucket is sorted into it, unless the heap's top comes before everything in that bucket.
     */
    private void settleFront() {
        if (frontPos < frontEnd || bucketed == 0) return;
        Bucket b = nextBucket();
        if (!heap.isEmpty() && b.min > heap.peekWhen()) return;
        movedUpTo++;
        bucketed -= b.size;
        if (b.size >= (1 << INDEX_BITS)) {   // absurdly many timers in 1 ms: let the heap sort them
            for (int i = 0; i < b.size; i++) heap.addRaw(b.whens[i], b.seqs[i], b.items[i]);
            b.reset();
            return;
        }
        sortIntoFront(b, movedUpTo / BUCKETS_PER_SECOND);
        b.reset();
    }

    private void sortIntoFront(Bucket b, double start) {
        int n = b.size;
        if (fItems.length < n) {
            int cap = Math.max(n, fItems.length * 2);
            fWhens = new double[cap];
            fSeqs = new long[cap];
            fItems = new Object[cap];
            keys = new long[cap];
        }
        for (int i = 0; i < n; i++) {
            double rel = (b.whens[i] - start) * KEY_SCALE;
            long k = rel <= 0 ? 0 : Math.min((long) rel, (1L << (63 - INDEX_BITS)) - 1);
            keys[i] = (k << INDEX_BITS) | i;   // the index breaks ties: insertion (= seq) order
        }
        java.util.Arrays.sort(keys, 0, n);
        for (int i = 0; i < n; i++) {
            int j = (int) (keys[i] & ((1 << INDEX_BITS) - 1));
            fWhens[i] = b.whens[j];
            fSeqs[i] = b.seqs[j];
            fItems[i] = b.items[j];
        }
        // Deadlines closer than the key's resolution share a key: order those exactly.
        for (int i = 1; i < n; i++) {
            if ((keys[i] >>> INDEX_BITS) != (keys[i - 1] >>> INDEX_BITS)) continue;
            for (int k = i; k > 0 && (keys[k] >>> INDEX_BITS) == (keys[k - 1] >>> INDEX_BITS)
                    && (fWhens[k] < fWhens[k - 1] || (fWhens[k] == fWhens[k - 1] && fSeqs[k] < fSeqs[k - 1])); k--) {
                double w = fWhens[k]; fWhens[k] = fWhens[k - 1]; fWhens[k - 1] = w;
                long s = fSeqs[k]; fSeqs[k] = fSeqs[k - 1]; fSeqs[k - 1] = s;
                Object o = fItems[k]; fItems[k] = fItems[k - 1]; fItems[k - 1] = o;
            }
        }
        frontPos = 0;
        frontEnd = n;
    }

    /** The first non-empty bucket after {@link #movedUpTo}, skipping (and passing) empty ones. */
    private Bucket nextBucket() {
        while (true) {
            Bucket b = ring[(int) ((movedUpTo + 1) & (BUCKETS - 1))];
            if (b != null && b.size > 0) return b;
            movedUpTo++;
        }
    }

    /** Drops every timer {@code drop} accepts. */
    @SuppressWarnings("unchecked")
    public void removeIf(Predicate<? super E> drop) {
        heap.removeIf(drop);
        int m = frontPos;
        for (int i = frontPos; i < frontEnd; i++) {
            if (drop.test((E) fItems[i])) continue;
            fWhens[m] = fWhens[i];
            fSeqs[m] = fSeqs[i];
            fItems[m] = fItems[i];
            m++;
        }
        java.util.Arrays.fill(fItems, m, frontEnd, null);
        frontEnd = m;
        for (Bucket b : ring) {
            if (b == null || b.size == 0) continue;
            int n = 0;
            double min = Double.POSITIVE_INFINITY;
            for (int i = 0; i < b.size; i++) {
                if (drop.test((E) b.items[i])) continue;
                b.whens[n] = b.whens[i];
                b.seqs[n] = b.seqs[i];
                b.items[n] = b.items[i];
                if (b.whens[n] < min) min = b.whens[n];
                n++;
            }
            java.util.Arrays.fill(b.items, n, b.size, null);
            bucketed -= b.size - n;
            b.size = n;
            b.min = min;
        }
    }


    /** Empties the queue. */
    public void clear() {
        heap.clear();
        java.util.Arrays.fill(fItems, frontPos, frontEnd, null);
        frontPos = frontEnd = 0;
        for (Bucket b : ring) if (b != null) b.reset();
        bucketed = 0;
    }
}
