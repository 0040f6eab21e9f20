package io.jasyncio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

import static io.jasyncio.Asyncio.*;
import static org.junit.jupiter.api.Assertions.*;

/** {@link Asyncio#waitFor}: asyncio 3.12 rules; cases from CPython's test_waitfor.py. */
@org.junit.jupiter.api.Timeout(20)
class WaitForTest {

    @Test void cancelledFuture() {
        Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            Future<Object> fut = loop.createFuture();
            loop.callSoon(() -> fut.cancel());
            assertThrows(CancelledError.class, () -> waitFor(fut, 1));
        });
    }

    @Test void timeoutCancelsTheTask() {
        Asyncio.run(() -> {
            Task<Void> t = createTask(() -> sleep(10));
            TimeoutException e = assertThrows(TimeoutException.class, () -> waitFor(t, 0.01));
            assertSame(CancelledError.class, e.getCause().getClass());
            assertTrue(t.isCancelled(), "wait_for waits until the task is cancelled");
        });
    }

    @Test void zeroTimeoutDoneFuture() {
        Asyncio.run(() -> {
            Future<String> fut = getRunningLoop().createFuture();
            fut.setResult("done");
            assertEquals("done", waitFor(fut, 0));
            assertEquals("done", waitFor(fut, -1));
        });
    }

    @Test void zeroTimeoutCoroutineNotStarted() {
        Asyncio.run(() -> {
            boolean[] started = {false};
            int before = allTasks().size();
            TimeoutException e = assertThrows(TimeoutException.class, () -> waitFor(() -> { started[0] = true; return 1; }, 0));
            assertFalse(started[0]);
            assertInstanceOf(CancelledError.class, e.getCause());
            assertEquals(before, allTasks().size());
        });
    }

    @Test void zeroTimeoutPendingFutureIsCancelled() {
        Asyncio.run(() -> {
            Future<Object> fut = getRunningLoop().createFuture();
            assertThrows(TimeoutException.class, () -> waitFor(fut, Duration.ZERO));
            assertTrue(fut.isCancelled());
        });
    }

    @Test void coroutineTimesOutAndSeesTheCancel() {
        Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            double t0 = loop.time();
            boolean[] sawCancel = {false};
            assertThrows(TimeoutException.class, () -> waitFor(() -> {
                try {
                    sleep(10);
                } catch (CancelledError e) {
                    sawCancel[0] = true;
                    throw e;
                }
            }, 0.01));
            assertTrue(sawCancel[0]);
            assertTrue(loop.time() - t0 < 5);
            assertEquals(0, currentTask().cancelling());
        });
    }

    @Test void coroutineRunsInlineInTheCallingTask() {
        Asyncio.run(() -> {
            Task<?> me = currentTask();
            int before = allTasks().size();
            Task<?> inside = waitFor(() -> { sleep(0); return currentTask(); }, 1);
            assertSame(me, inside);
            assertEquals(before, allTasks().size());
            Task<?> inside2 = waitFor(() -> currentTask(), (Duration) null);
            assertSame(me, inside2);
        });
    }

    @Test void callerContextIsUsed() {
        ContextVar<String> var = new ContextVar<>("v", "unset");
        Asyncio.run(() -> {
            waitFor(() -> var.set("inside"), 1);
            assertEquals("inside", var.get(), "the coroutine ran in the caller's context");
        });
    }

    @Test void waitsForTaskCancellation() {
        Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            boolean[] innerDone = {false};
            Task<Void> t = createTask(() -> {
                try {
                    sleep(10);
                } catch (CancelledError e) {
                    sleep(0.02);   // slow cleanup: wait_for waits for it
                    innerDone[0] = true;
                    throw e;
                }
            });
            double t0 = loop.time();
            assertThrows(TimeoutException.class, () -> waitFor(t, 0.01));
            assertTrue(innerDone[0]);
            assertTrue(loop.time() - t0 >= 0.02);
        });
    }

    @Test void waitsForTaskCancellationWithTimeoutZero() {
        Asyncio.run(() -> {
            boolean[] innerDone = {false};
            Task<Void> t = createTask(() -> {
                try {
                    sleep(10);
                } catch (CancelledError e) {
                    sleep(0.01);
                    innerDone[0] = true;
                    throw e;
                }
            });
            sleep(0);
            assertThrows(TimeoutException.class, () -> waitFor(t, 0));
            assertTrue(innerDone[0]);
        });
    }

    @Test void reraisesExceptionDuringCancellation() {
        Asyncio.run(() -> {
            Task<Void> t = createTask(() -> {
                try {
                    sleep(10);
                } catch (CancelledError e) {
                    throw new IllegalStateException("foo");
                }
            });
            var e = assertThrows(IllegalStateException.class, () -> waitFor(t, 0.01));
            assertEquals("foo", e.getMessage());
        });
    }

    @Test void cancellingTheWaiterCancelsTheFuture() {
        Asyncio.run(() -> {
            Future<Object> fut = getRunningLoop().createFuture();
            Task<Object> waiter = createTask(() -> waitFor(fut, 60));
            sleep(0);
            waiter.cancel();
            assertThrows(CancelledError.class, waiter::await);
            assertTrue(fut.isCancelled());
            assertTrue(waiter.isCancelled());
        });
    }

    @Test void cancelledTaskWaitingOnACoroutine() {
        Asyncio.run(() -> {
            Task<Object> waiter = createTask(() -> waitFor(() -> { sleep(60); return null; }, 60));
            sleep(0);
            waiter.cancel();
            assertThrows(CancelledError.class, waiter::await);
            assertTrue(waiter.isCancelled());
        });
    }

    @Test void suppressedCancellationReturnsTheValue() {
        Asyncio.run(() -> {
            Task<String> t = createTask(() -> {
                try {
                    sleep(10);
                    return "finished";
                } catch (CancelledError e) {
                    return "suppressed";
                }
            });
            assertEquals("suppressed", waitFor(t, 0.01));
        });
    }

    @Test void exceptionPassesThroughUnchanged() {
        Asyncio.run(() -> {
            java.io.IOException io = new java.io.IOException("x");
            Exception e = assertThrows(Exception.class, () -> waitFor(() -> { throw io; }, 1));
            assertSame(io, e);
        });
    }

    @Test void noneTimeout() {
        Asyncio.run(() -> {
            assertEquals("r", waitFor(() -> { sleep(0.01); return "r"; }, (Duration) null));
            Task<String> t = createTask(() -> "t");
            assertEquals("t", waitFor(t, (Duration) null));
        });
    }

    @Test void shieldedTimeoutLeavesTheTaskRunning() {
        Asyncio.run(() -> {
            Task<String> t = createTask(() -> { sleep(0.05); return "shielded"; });
            assertThrows(TimeoutException.class, () -> waitFor(shield(t), 0.01));
            assertFalse(t.isDone());
            assertEquals("shielded", t.await());
        });
    }

    @Test void voidCoroutineForm() {
        Asyncio.run(() -> {
            assertThrows(TimeoutException.class, () -> waitFor(() -> sleep(5), 0.01));
            assertNull(waitFor(() -> sleep(0), Duration.ofSeconds(1)));
        });
    }

    @Test void outsideTheLoop() {
        var e = assertThrows(IllegalStateException.class, () -> waitFor(() -> 1, 1.0));
        assertEquals("no running event loop", e.getMessage());
    }

    @Test void hopCounts() {
        // A coroutine inline costs no hop; a future one; a task two (asyncio 3.12).
        Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            List<String> log = new ArrayList<>();
            Task<Void> ticker = createTask(() -> { for (int i = 0; i < 6; i++) { log.add("" + i); sleep(0); } });
            sleep(0);
            Future<String> f = loop.createFuture();
            loop.callSoon(() -> f.setResult("f"));
            log.add(waitFor(f, 1));
            log.add(waitFor(createTask(() -> "t"), 1));
            ticker.await();
            assertEquals(List.of("0", "1", "2", "f", "3", "4", "t", "5"), log);
        });
    }

    @Test void manyWaitForsThatNeverFireAreCheap() {
        Asyncio.run(() -> {
            int before = allTasks().size();
            long sum = 0;
            for (int i = 0; i < 100_000; i++) sum += waitFor(() -> 1, 60);
            assertEquals(100_000, sum);
            assertEquals(before, allTasks().size());
        });
    }
}
