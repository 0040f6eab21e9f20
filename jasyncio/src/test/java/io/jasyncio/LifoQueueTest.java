package io.jasyncio;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** LifoQueue: CPython's LifoQueueTests and join tests. */
@org.junit.jupiter.api.Timeout(10)
class LifoQueueTest {

    @Test void lastInFirstOut() {
        LifoQueue<Integer> q = new LifoQueue<>();
        for (int i : new int[] {1, 3, 2}) q.putNowait(i);
        assertEquals("<LifoQueue maxsize=0 _queue=[1, 3, 2] tasks=3>", q.toString());
        List<Integer> items = new ArrayList<>();
        while (!q.empty()) items.add(q.getNowait());
        assertEquals(List.of(2, 3, 1), items);
    }

    @Test void boundedAndTaskDone() {
        Asyncio.run(() -> {
            LifoQueue<Integer> q = new LifoQueue<>(2);
            q.put(1);
            q.put(2);
            assertTrue(q.full());
            assertEquals(2, q.get());
            q.taskDone();
            assertEquals(1, q.get());
            q.taskDone();
            q.join();
            assertThrows(IllegalStateException.class, q::taskDone);
        });
    }
}
