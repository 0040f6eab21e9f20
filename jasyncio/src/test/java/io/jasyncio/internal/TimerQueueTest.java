package io.jasyncio.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.*;

@Timeout(10)
class TimerQueueTest {
    record T(double when, long seq) {}

    @Test void comesOutByDeadlineThenFifo() {
        Random r = new Random(7);
        TimerQueue<T> q = new TimerQueue<>(() -> 0.0);
        List<T> all = new ArrayList<>();
        for (long i = 0; i < 5000; i++) {
            T t = new T(r.nextInt(50) / 10.0, i);   // many equal deadlines
            all.add(t);
            q.add(t.when(), t.seq(), t);
        }
        all.sort(Comparator.comparingDouble(T::when).thenComparingLong(T::seq));
        assertEquals(5000, q.size());
        for (T expected : all) {
            assertEquals(expected.when(), q.peekWhen());
            assertSame(expected, q.poll());
        }
        assertTrue(q.isEmpty());
        assertNull(q.poll());
        assertNull(q.peek());
    }

    @Test void removeIfKeepsHeapOrder() {
        TimerQueue<T> q = new TimerQueue<>(() -> 0.0);
        for (long i = 0; i < 1000; i++) q.add(1000 - i, i, new T(1000 - i, i));
        q.removeIf(t -> t.seq() % 3 == 0);
        double last = -1;
        int n = 0;
        T t;
        while ((t = q.poll()) != null) {
            assertNotEquals(0, t.seq() % 3);
            assertTrue(t.when() >= last);
            last = t.when();
            n++;
        }
        assertEquals(666, n);
    }

    @Test void negativeAndInfiniteDeadlines() {
        TimerQueue<String> q = new TimerQueue<>(() -> 0.0);
        q.add(Double.POSITIVE_INFINITY, 0, "inf");
        q.add(-5, 1, "neg");
        q.add(0, 2, "zero");
        assertEquals("neg", q.poll());
        assertEquals("zero", q.poll());
        assertEquals("inf", q.poll());
    }

    /** Interleaved adds and polls over moving time, with compaction: same order as a reference. */
    @Test void matchesAReferenceUnderInterleavedUse() {
        Random r = new Random(11);
        double[] clock = {1000.0};
        TimerQueue<T> q = new TimerQueue<>(() -> clock[0]);
        java.util.PriorityQueue<T> ref = new java.util.PriorityQueue<>(
                Comparator.comparingDouble(T::when).thenComparingLong(T::seq));
        double now = 1000.0;
        long seq = 0;
        for (int round = 0; round < 2000; round++) {
            int adds = r.nextInt(40);
            for (int i = 0; i < adds; i++) {
                double d = switch (r.nextInt(5)) {
                    case 0 -> -r.nextDouble();                 // in the past
                    case 1 -> r.nextDouble() * 3;              // beyond the bucket window
                    case 2 -> r.nextInt(20) / 1000.0;          // equal deadlines
                    default -> r.nextDouble() * 0.05;
                };
                T t = new T(now + d, seq++);
                q.add(t.when(), t.seq(), t);
                ref.add(t);
            }
            if (r.nextInt(50) == 0) {
                q.removeIf(t -> t.seq() % 7 == 0);
                ref.removeIf(t -> t.seq() % 7 == 0);
            }
            now += r.nextDouble() * 0.01;
            clock[0] = now;
            while (!ref.isEmpty() && ref.peek().when() < now) {
                assertEquals(ref.peek().when(), q.peekWhen());
                assertSame(ref.poll(), q.poll());
            }
            assertEquals(ref.size(), q.size());
            if (!ref.isEmpty()) assertEquals(ref.peek().when(), q.peekWhen());
        }
        while (!ref.isEmpty()) assertSame(ref.poll(), q.poll());
        assertTrue(q.isEmpty());
    }
}
