package io.jasyncio;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.jasyncio.Asyncio.*;
import static org.junit.jupiter.api.Assertions.*;

/** Semaphore and BoundedSemaphore: CPython's SemaphoreTests (3.12 wake-up accounting). */
@org.junit.jupiter.api.Timeout(10)
class SemaphoreTest {

    @Test void initialValueZeroIsLocked() {
        assertTrue(new Semaphore(0).locked());
        assertFalse(new Semaphore().locked());
    }

    @Test void negativeValueRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Semaphore(-1));
        assertEquals("Semaphore initial value must be >= 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BoundedSemaphore(-1));
    }

    @Test void repr() {
        Asyncio.run(() -> {
            Semaphore sem = new Semaphore();
            assertEquals("<Semaphore [unlocked, value:1]>", sem.toString());
            sem.acquire();
            assertEquals("<Semaphore [locked]>", sem.toString());
            Task<Void> t = createTask(sem::acquire);
            sleep(0);
            assertEquals("<Semaphore [locked, waiters:1]>", sem.toString());
            t.cancel();
            sleep(0);
            assertEquals("<BoundedSemaphore [unlocked, value:2]>", new BoundedSemaphore(2).toString());
        });
    }

    @Test void acquireWithPermitDoesNotYield() {
        Asyncio.run(() -> {
            Semaphore sem = new Semaphore(2);
            List<String> trace = new ArrayList<>();
            createTask(() -> { trace.add("other"); });
            sem.acquire();
            sem.acquire();
            trace.add("acquired twice");
            assertTrue(sem.locked());
            sleep(0);
            assertEquals(List.of("acquired twice", "other"), trace);
        });
    }

    @Test void waitersAcquireInOrder() {
        Asyncio.run(() -> {
            Semaphore sem = new Semaphore(3);
            List<Integer> result = new ArrayList<>();
            sem.acquire();
            sem.acquire();
            assertFalse(sem.locked());
            List<Task<Void>> ts = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                int n = i;
                ts.add(createTask(() -> { sem.acquire(); result.add(n); }));
            }
            sleep(0);
            assertEquals(List.of(1), result);
            assertTrue(sem.locked());
            sem.release();
            sem.release();
            sleep(0);
            assertEquals(List.of(1, 2, 3), result);
            assertFalse(ts.get(3).isDone());
            ts.get(3).cancel();
            sleep(0);
        });
    }

    @Test void cancelledWaiterLeavesNoTrace() {
        Asyncio.run(() -> {
            Semaphore sem = new Semaphore();
            sem.acquire();
            Task<Void> t = createTask(sem::acquire);
            getRunningLoop().callSoon(() -> t.cancel());
            assertThrows(CancelledError.class, t::await);
            assertEquals("<Semaphore [locked]>", sem.toString());
        });
    }

    @Test void cancelBeforeAwokenWakesOnlyOne() {
        // CPython test_acquire_cancel_before_awoken.
        Asyncio.run(() -> {
            Semaphore sem = new Semaphore(0);
            List<Task<Void>> ts = new ArrayList<>();
            for (int i = 0; i < 4; i++) ts.add(createTask(sem::acquire));
            sleep(0);
            ts.get(0).cancel();
            ts.get(1).cancel();
            sem.release();
            sleep(0);
            sleep(0);
            assertTrue(ts.get(2).isDone());
            assertFalse(ts.get(3).isDone());
            ts.get(2).cancel();
            ts.get(3).cancel();
            sleep(0);
        });
    }

    @Test void wokenThenCancelledGivesPermitBack() {
        // CPython test_acquire_hang: t1 is woken by release(), then cancelled; t2 gets the permit.
        Asyncio.run(() -> {
            Semaphore sem = new Semaphore(0);
            Task<Void> t1 = createTask(sem::acquire);
            Task<Void> t2 = createTask(sem::acquire);
            sleep(0);
            t1.cancel();
            sem.release();
            sleep(0);
            sleep(0);
            assertTrue(sem.locked());
            assertTrue(t2.isDone());
            assertTrue(t1.isCancelled());
        });
    }

    @Test void cancelWhileWokenPassesOnValueAccounting() {
        Asyncio.run(() -> {
            Semaphore sem = new Semaphore(0);
            Task<Void> t1 = createTask(sem::acquire);
            Task<Void> t2 = createTask(sem::acquire);
            sleep(0);
            sem.release();        // t1 woken, its permit counted at once
            assertEquals("<Semaphore [locked, waiters:2]>", sem.toString());
            t1.cancel();          // too late for its future: the permit must be passed on
            sleep(0);
            assertTrue(t1.isCancelled());
            sleep(0);
            assertTrue(t2.isDone());
            assertEquals("<Semaphore [locked]>", sem.toString());
        });
    }

    @Test void noHangWhenCancelledHolderWasQueued() {
        // CPython test_acquire_no_hang.
        Asyncio.run(() -> {
            Semaphore sem = new Semaphore(1);
            Task<?>[] t2 = new Task<?>[1];
            Task<Void> t1 = createTask(() -> { sem.with(() -> sleep(0)); t2[0].cancel(); });
            t2[0] = createTask(() -> sem.with(() -> fail("must not run")));
            List<Object> res = gather(List.of(t1, t2[0]), true).await();
            assertNull(res.get(0));
            assertInstanceOf(CancelledError.class, res.get(1));
            sem.acquire();
            assertTrue(sem.locked());
        });
    }

    @Test void releaseWithoutWaiters() {
        Asyncio.run(() -> {
            Semaphore sem = new Semaphore();
            sem.acquire();
            assertTrue(sem.locked());
            sem.release();
            assertFalse(sem.locked());
        });
    }

    @Test void fifoOrderWithReacquire() {
        // CPython test_acquire_fifo_order_2.
        Asyncio.run(() -> {
            Semaphore sem = new Semaphore(1);
            List<Integer> result = new ArrayList<>();
            Task<Void> t1 = createTask(() -> { sem.acquire(); result.add(1); });
            Task<Void> t2 = createTask(() -> { sem.acquire(); result.add(2); sem.release(); sem.acquire(); result.add(4); });
            Task<Void> t3 = createTask(() -> { sem.acquire(); result.add(3); });
            sleep(0);
            sem.release();
            sem.release();
            gather(t1, t2, t3).await();
            assertEquals(List.of(1, 2, 3, 4), result);
        });
    }

    @Test void fifoOrderSkipsCancelledWaiter() {
        // CPython test_acquire_fifo_order_3.
        Asyncio.run(() -> {
            Semaphore sem = new Semaphore(0);
            List<Integer> result = new ArrayList<>();
            List<Object> ts = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                int n = i;
                ts.add(createTask(() -> { sem.acquire(); result.add(n); }));
            }
            sleep(0);
            ((Task<?>) ts.get(0)).cancel();
            sleep(0);
            sem.release();
            sem.release();
            gather(ts, true).await();
            assertEquals(List.of(2, 3), result);
        });
    }

    @Test void fifoOrderAcrossSleeps() {
        // CPython test_acquire_fifo_order.
        Asyncio.run(() -> {
            Semaphore sem = new Semaphore(1);
            List<String> result = new ArrayList<>();
            java.util.function.Function<String, VoidCoroutine> coro = tag -> () -> {
                sem.acquire();
                result.add(tag + "_1");
                sleep(0.01);
                sem.release();
                sem.acquire();
                result.add(tag + "_2");
                sleep(0.01);
                sem.release();
            };
            gather(coro.apply("c1"), coro.apply("c2"), coro.apply("c3")).await();
            assertEquals(List.of("c1_1", "c2_1", "c3_1", "c1_2", "c2_2", "c3_2"), result);
        });
    }

    @Test void withReleasesOnException() {
        Asyncio.run(() -> {
            Semaphore sem = new Semaphore(1);
            RuntimeException boom = new RuntimeException("boom");
            assertSame(boom, assertThrows(RuntimeException.class, () -> sem.with(() -> { throw boom; })));
            assertFalse(sem.locked());
            assertEquals("ok", sem.with(() -> "ok"));
        });
    }

    @Test void boundedSemaphoreRefusesOverRelease() {
        BoundedSemaphore sem = new BoundedSemaphore();
        IllegalStateException e = assertThrows(IllegalStateException.class, sem::release);
        assertEquals("BoundedSemaphore released too many times", e.getMessage());
        sem.acquire();
        sem.release();
        assertThrows(IllegalStateException.class, sem::release);
    }
}
