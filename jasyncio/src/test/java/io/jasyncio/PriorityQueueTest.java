package io.jasyncio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** PriorityQueue: CPython's PriorityQueueTests, plus heapq's exact layout and tie order. */
@org.junit.jupiter.api.Timeout(10)
class PriorityQueueTest {

    @Test void smallestFirst() {
        PriorityQueue<Integer> q = new PriorityQueue<>();
        for (int i : new int[] {1, 3, 2}) q.putNowait(i);
        List<Integer> items = new ArrayList<>();
        while (!q.empty()) items.add(q.getNowait());
        assertEquals(List.of(1, 2, 3), items);
    }

    @Test void heapLayoutMatchesHeapq() {
        // Python: q = PriorityQueue(); for i in [5, 3, 8, 1, 9, 2, 7]: q.put_nowait(i); q.get_nowait()
        // str(q) == '<PriorityQueue maxsize=0 _queue=[2, 3, 7, 5, 9, 8] tasks=7>'
        PriorityQueue<Integer> q = new PriorityQueue<>();
        for (int i : new int[] {5, 3, 8, 1, 9, 2, 7}) q.putNowait(i);
        assertEquals("<PriorityQueue maxsize=0 _queue=[1, 3, 2, 5, 9, 8, 7] tasks=7>", q.toString());
        assertEquals(1, q.getNowait());
        assertEquals("<PriorityQueue maxsize=0 _queue=[2, 3, 7, 5, 9, 8] tasks=7>", q.toString());
    }

    record Job(int priority, String name) {
        @Override public String toString() { return name; }
    }

    @Test void comparatorTiesComeOutInHeapqOrder() {
        // Recorded with python3.12: items whose __lt__ compares only the priority, put as
        // a1 b1 c0 d1 e0, come out of asyncio.PriorityQueue as c e a d b (heapq is not stable).
        PriorityQueue<Job> q = new PriorityQueue<>(Comparator.comparingInt(Job::priority));
        for (Job j : List.of(new Job(1, "a"), new Job(1, "b"), new Job(0, "c"), new Job(1, "d"), new Job(0, "e"))) {
            q.putNowait(j);
        }
        List<String> names = new ArrayList<>();
        while (!q.empty()) names.add(q.getNowait().name());
        assertEquals(List.of("c", "e", "a", "d", "b"), names);
    }

    @Test void boundedWithComparator() {
        PriorityQueue<String> q = new PriorityQueue<>(2, Comparator.reverseOrder());
        q.putNowait("a");
        q.putNowait("b");
        assertThrows(QueueFullException.class, () -> q.putNowait("c"));
        assertEquals("b", q.getNowait());
    }
}
