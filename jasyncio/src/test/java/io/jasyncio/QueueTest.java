package io.jasyncio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.jasyncio.Asyncio.*;
import static org.junit.jupiter.api.Assertions.*;

/** Queue: CPython's queue tests, the §2.6 ordering rules, shutdown (3.13), the fast paths. */
@org.junit.jupiter.api.Timeout(10)
class QueueTest {

    @Test void reprShowsEachPartWhenItApplies() {
        Asyncio.run(() -> {
            Queue<Object> q = new Queue<>();
            assertEquals("<Queue maxsize=0>", q.toString());
            Task<Object> g = createTask(q::get);
            sleep(0);
            assertEquals("<Queue maxsize=0 _getters[1]>", q.toString());
            g.cancel();
            sleep(0);
            q.putNowait(1);
            q.putNowait("a");
            q.putNowait(null);
            assertEquals("<Queue maxsize=0 _queue=[1, 'a', None] tasks=3>", q.toString());
            Queue<Integer> full = new Queue<>(1);
            full.putNowait(1);
            Task<Void> putter = createTask(() -> full.put(2));
            sleep(0);
            assertEquals("<Queue maxsize=1 _queue=[1] _putters[1] tasks=1>", full.toString());
            full.shutdown();
            assertEquals("<Queue maxsize=1 _queue=[1] tasks=1 shutdown>", full.toString());
            assertThrows(QueueShutDownException.class, putter::await);
        });
    }

    @Test void emptyFullMaxsize() {
        Queue<Integer> q = new Queue<>();
        assertTrue(q.empty());
        q.putNowait(1);
        assertFalse(q.empty());
        assertEquals(1, q.getNowait());
        assertFalse(new Queue<Integer>().full());
        Queue<Integer> two = new Queue<>(2);
        assertEquals(2, two.maxsize());
        two.putNowait(1);
        assertFalse(two.full());
        two.putNowait(2);
        assertTrue(two.full());
        Queue<Integer> negative = new Queue<>(-1);
        for (int i = 0; i < 100; i++) negative.putNowait(i);
        assertFalse(negative.full(), "maxsize <= 0 is unbounded");
    }

    @Test void fifoOrderAndNullItems() {
        Queue<Integer> q = new Queue<>();
        for (Integer i : Arrays.asList(1, 3, null, 2)) q.putNowait(i);
        List<Integer> items = new ArrayList<>();
        while (!q.empty()) items.add(q.getNowait());
        assertEquals(Arrays.asList(1, 3, null, 2), items);
    }

    @Test void nowaitExceptions() {
        Queue<Integer> q = new Queue<>(1);
        QueueEmptyException empty = assertThrows(QueueEmptyException.class, q::getNowait);
        assertNull(empty.getMessage());
        assertInstanceOf(java.util.NoSuchElementException.class, empty);
        q.putNowait(1);
        QueueFullException fullEx = assertThrows(QueueFullException.class, () -> q.putNowait(2));
        assertNull(fullEx.getMessage());
    }

    @Test void getFromNonEmptyQueueDoesNotYield() {
        Asyncio.run(() -> {
            Queue<String> q = new Queue<>(1);
            List<String> trace = new ArrayList<>();
            createTask(() -> { trace.add("other"); });
            q.put("x");                     // not full: no yield
            trace.add("got " + q.get());    // not empty: no yield
            sleep(0);
            assertEquals(List.of("got x", "other"), trace);
        });
    }

    @Test void wokenGetterTakesItemOnlyWhenItRuns() {
        Asyncio.run(() -> {
            Queue<String> q = new Queue<>(1);
            Task<String> g = createTask(q::get);
            sleep(0);
            q.putNowait("a");
            assertEquals(1, q.qsize(), "the item stays queued until the getter runs");
            assertTrue(q.full());
            assertThrows(QueueFullException.class, () -> q.putNowait("b"));
            assertEquals("a", g.await());
            assertTrue(q.empty());
        });
    }

    @Test void freedSlotGoesToWhoeverPutsFirst() {
        Asyncio.run(() -> {
            Queue<String> q = new Queue<>(1);
            q.putNowait("x");
            Task<Void> putter = createTask(() -> q.put("p"));
            sleep(0);
            assertEquals("x", q.getNowait());  // wakes the putter
            q.putNowait("intruder");            // but the slot is anyone's until it runs
            sleep(0);
            assertFalse(putter.isDone(), "the putter found the queue full and waits again");
            assertEquals("<Queue maxsize=1 _queue=['intruder'] _putters[1] tasks=2>", q.toString());
            assertEquals("intruder", q.getNowait());
            putter.await();
            assertEquals("p", q.getNowait());
        });
    }

    @Test void getWaitsForPut() {
        Asyncio.run(() -> {
            Queue<Integer> q = new Queue<>();
            Event started = new Event();
            Task<Integer> t = createTask(() -> { started.set(); return q.get(); });
            started.await();
            getRunningLoop().callLater(0.01, () -> q.putNowait(1));
            assertEquals(1, t.await());
        });
    }

    @Test void putWaitsForGet() {
        Asyncio.run(() -> {
            Queue<Integer> q = new Queue<>(1);
            boolean[] finished = {false};
            getRunningLoop().callLater(0.01, q::getNowait);
            Task<Void> t = createTask(() -> { q.put(1); q.put(2); finished[0] = true; });
            sleep(0);
            assertFalse(finished[0]);
            t.await();
            assertTrue(finished[0]);
        });
    }

    @Test void cancelledGetterIsSkipped() {
        // CPython test_get_cancelled_race.
        Asyncio.run(() -> {
            Queue<String> q = new Queue<>();
            Task<String> t1 = createTask(q::get);
            Task<String> t2 = createTask(q::get);
            sleep(0);
            t1.cancel();
            sleep(0);
            assertTrue(t1.isDone());
            q.put("a");
            sleep(0);
            assertEquals("a", t2.await());
            assertEquals("<Queue maxsize=0 tasks=1>", q.toString());
        });
    }

    @Test void wokenGetterCancelledDoesNotDropItem() {
        // CPython test_get_cancel_drop_one_pending_reader.
        Asyncio.run(() -> {
            Queue<Integer> q = new Queue<>();
            Task<Integer> reader = createTask(q::get);
            sleep(0);
            q.putNowait(1);
            q.putNowait(2);
            reader.cancel();
            assertThrows(CancelledError.class, reader::await);
            assertEquals(1, createTask(q::get).await());
        });
    }

    @Test void wokenGetterCancelledWakesTheNext() {
        // CPython test_get_cancel_drop_many_pending_readers.
        Asyncio.run(() -> {
            Queue<Integer> q = new Queue<>();
            Task<Integer> r1 = createTask(q::get), r2 = createTask(q::get), r3 = createTask(q::get);
            sleep(0);
            q.putNowait(1);
            q.putNowait(2);
            r1.cancel();
            assertThrows(CancelledError.class, r1::await);
            r3.await();
            assertEquals(List.of(1, 2), new ArrayList<>(List.of(r2.await(), r3.await())).stream().sorted().toList());
        });
    }

    @Test void wokenPutterCancelledDoesNotLoseSlot() {
        // CPython test_put_cancel_drop and test_cancelled_put_silence_value_error_exception.
        Asyncio.run(() -> {
            Queue<Integer> q = new Queue<>(1);
            q.putNowait(1);
            Task<Void> writer = createTask(() -> q.put(2));
            sleep(0);
            assertEquals(1, q.getNowait());
            writer.cancel();
            assertThrows(CancelledError.class, writer::await);
            createTask(() -> q.put(2)).await();
            assertEquals(2, q.getNowait());
            assertEquals(0, q.qsize());
        });
    }

    @Test void cancelledPutterSkipped() {
        // CPython test_put_cancelled_race.
        Asyncio.run(() -> {
            Queue<String> q = new Queue<>(1);
            Task<Void> a = createTask(() -> q.put("a"));
            Task<Void> b = createTask(() -> q.put("b"));
            Task<Void> c = createTask(() -> q.put("X"));
            sleep(0);
            assertTrue(a.isDone());
            assertFalse(b.isDone());
            c.cancel();
            sleep(0);
            assertTrue(c.isDone());
            assertEquals("a", q.getNowait());
            sleep(0);
            assertEquals("b", q.getNowait());
            b.await();
            assertEquals("<Queue maxsize=1 tasks=2>", q.toString());
        });
    }

    @Test void waitingPuttersServedInOrder() {
        Asyncio.run(() -> {
            Queue<String> q = new Queue<>(1);
            createTask(() -> q.put("a"));
            createTask(() -> q.put("b"));
            assertEquals("a", q.get());
            assertEquals("b", q.get());
        });
    }

    @Test void producerConsumerThroughSmallQueue() {
        Asyncio.run(() -> {
            Queue<Integer> q = new Queue<>(1);
            List<Integer> got = new ArrayList<>();
            gather(() -> { for (int i = 0; i < 5; i++) q.put(i); },
                   () -> { for (int i = 0; i < 5; i++) got.add(q.get()); }).await();
            assertEquals(List.of(0, 1, 2, 3, 4), got);
        });
    }

    @Test void taskDoneAndJoin() {
        Asyncio.run(() -> {
            Queue<Integer> q = new Queue<>();
            q.join();  // nothing unfinished: no wait
            for (int i = 0; i < 100; i++) q.putNowait(i);
            int[] sum = {0};
            VoidCoroutine worker = () -> {
                while (true) {
                    sum[0] += q.get();
                    q.taskDone();
                }
            };
            Task<Void> w1 = createTask(worker), w2 = createTask(worker);
            q.join();
            assertEquals(4950, sum[0]);
            w1.cancel();
            w2.cancel();
            IllegalStateException e = assertThrows(IllegalStateException.class, q::taskDone);
            assertEquals("task_done() called too many times", e.getMessage());
        });
    }

    @Test void shutdownDrainsThenFails() {
        Asyncio.run(() -> {
            Queue<Integer> q = new Queue<>();
            q.putNowait(1);
            q.shutdown();
            assertThrows(QueueShutDownException.class, () -> q.putNowait(2));
            assertThrows(QueueShutDownException.class, () -> q.put(2));
            assertEquals(1, q.get());
            QueueShutDownException e = assertThrows(QueueShutDownException.class, q::get);
            assertNull(e.getMessage());
            assertThrows(QueueShutDownException.class, q::getNowait);
            q.taskDone();
            q.join();
        });
    }

    @Test void shutdownWakesWaitingGettersAndPutters() {
        Asyncio.run(() -> {
            Queue<Integer> q = new Queue<>(1);
            Queue<Integer> empty = new Queue<>();
            q.putNowait(0);
            Task<Void> putter = createTask(() -> q.put(1));
            Task<Integer> getter = createTask(empty::get);
            sleep(0);
            q.shutdown();
            empty.shutdown();
            assertThrows(QueueShutDownException.class, putter::await);
            assertThrows(QueueShutDownException.class, getter::await);
            assertEquals(0, q.getNowait(), "a plain shutdown keeps the items");
        });
    }

    @Test void immediateShutdownDropsItemsAndReleasesJoin() {
        Asyncio.run(() -> {
            Queue<Integer> q = new Queue<>();
            q.putNowait(1);
            q.putNowait(2);
            Task<Void> joiner = createTask(q::join);
            sleep(0);
            q.shutdown(true);
            assertEquals("<Queue maxsize=0 shutdown>", q.toString());
            joiner.await();
            assertThrows(QueueShutDownException.class, q::get);
        });
    }

    @Test void fastPathsAllocateNoFutures() {
        // Non-waiting put/get touch no loop and create no future: run them on the platform test
        // thread, where the JDK counts allocations (item boxing is avoided with one shared item).
        Queue<String> q = new Queue<>(4);
        Runnable loop = () -> { for (int i = 0; i < 100_000; i++) { q.putNowait("x"); q.getNowait(); q.taskDone(); } };
        for (int i = 0; i < 5; i++) loop.run();
        long allocated = Allocations.of(loop);
        assertTrue(allocated < 1024, "allocated " + allocated + " bytes");
    }

    @Test void boundToFirstLoopThatWaits() {
        Queue<Integer> q = new Queue<>();
        Asyncio.run(() -> {
            Task<Integer> t = createTask(q::get);
            sleep(0);
            q.putNowait(1);
            t.await();
        });
        Asyncio.run(() -> {
            IllegalStateException e = assertThrows(IllegalStateException.class, q::get);
            assertEquals("<Queue maxsize=0 tasks=1> is bound to a different event loop", e.getMessage());
        });
    }
}
