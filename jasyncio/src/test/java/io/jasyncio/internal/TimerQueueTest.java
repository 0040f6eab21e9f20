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
        TimerQueue<T> q = new TimerQueue<>();
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
        TimerQueue<T> q = new TimerQueue<>();
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
        TimerQueue<String> q = new TimerQueue<>();
        q.add(Double.POSITIVE_INFINITY, 0, "inf");
        q.add(-5, 1, "neg");
        q.add(0, 2, "zero");
        assertEquals("neg", q.poll());
        assertEquals("zero", q.poll());
        assertEquals("inf", q.poll());
    }
}
