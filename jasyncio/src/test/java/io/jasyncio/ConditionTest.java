package io.jasyncio;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.jasyncio.Asyncio.*;
import static org.junit.jupiter.api.Assertions.*;

/** Condition: CPython's ConditionTests, signal = notify. */
@org.junit.jupiter.api.Timeout(10)
class ConditionTest {

    private static Task<Boolean> waiter(Condition cond, List<Integer> result, int n) {
        return createTask(() -> {
            cond.acquire();
            cond.await();
            result.add(n);
            return true;
        });
    }

    @Test void waitersWakeOnlyAfterNotifierReleases() {
        Asyncio.run(() -> {
            Condition cond = new Condition();
            List<Integer> result = new ArrayList<>();
            Task<Boolean> t1 = waiter(cond, result, 1), t2 = waiter(cond, result, 2), t3 = waiter(cond, result, 3);
            sleep(0);
            assertEquals(List.of(), result);
            assertFalse(cond.locked());
            cond.acquire();
            cond.signal();
            sleep(0);
            assertEquals(List.of(), result, "notified, but the lock is still ours");
            assertTrue(cond.locked());
            cond.release();
            sleep(0);
            assertEquals(List.of(1), result);
            assertTrue(cond.locked());
            cond.signal(2);
            sleep(0);
            assertEquals(List.of(1), result);
            cond.release();
            sleep(0);
            assertEquals(List.of(1, 2), result);
            cond.release();
            sleep(0);
            assertEquals(List.of(1, 2, 3), result);
            assertTrue(cond.locked());
            assertTrue(t1.result() && t2.result() && t3.result());
        });
    }

    @Test void cancelledWaitReacquiresTheLock() {
        Asyncio.run(() -> {
            Condition cond = new Condition();
            cond.acquire();
            Task<Void> wait = createTask(cond::await);
            getRunningLoop().callSoon(() -> wait.cancel());
            assertThrows(CancelledError.class, wait::await);
            assertEquals("<Condition [locked]>", cond.toString());
        });
    }

    @Test void cancelContestedAfterNotifyStillReturnsWithLock() {
        // CPython test_wait_cancel_contested: notified, then cancelled while waiting for the lock.
        Asyncio.run(() -> {
            Condition cond = new Condition();
            cond.acquire();
            Task<Void> waitTask = createTask(cond::await);
            sleep(0);
            assertFalse(cond.locked());
            cond.acquire();
            cond.signal();
            getRunningLoop().callSoon(() -> waitTask.cancel());
            getRunningLoop().callSoon(cond::release);
            try {
                waitTask.await();
            } catch (CancelledError e) {
                // acceptable: asyncio allows either outcome here
            }
            assertTrue(cond.locked());
        });
    }

    @Test void cancelAfterNotifyEndsCancelled() {
        // CPython test_wait_cancel_after_notify (bpo-32841).
        Asyncio.run(() -> {
            Condition cond = new Condition();
            boolean[] waited = {false};
            Task<Void> w = createTask(() -> cond.with(() -> { waited[0] = true; cond.await(); }));
            sleep(0);
            cond.acquire();
            cond.signal();
            sleep(0);  // the waiter gets to its re-acquire
            w.cancel();
            sleep(0);
            cond.release();
            sleep(0);
            assertTrue(w.isCancelled());
            assertTrue(waited[0]);
            assertFalse(cond.locked());
        });
    }

    @Test void cancelWhileReacquiringRaisesNewCancelledErrorWithLockHeld() {
        Asyncio.run(() -> {
            Condition cond = new Condition();
            boolean[] heldOnCancel = {false};
            Task<Void> w = createTask(() -> {
                cond.acquire();
                try {
                    cond.await();
                } catch (CancelledError e) {
                    heldOnCancel[0] = cond.locked();
                    assertNull(e.getMessage(), "asyncio 3.12 raises a fresh CancelledError");
                    cond.release();
                    throw e;
                }
            });
            sleep(0);
            cond.acquire();
            cond.signal();
            sleep(0);   // w runs, finds the lock held, queues on the lock
            w.cancel("stop");
            sleep(0);
            cond.release();
            assertThrows(CancelledError.class, w::await);
            assertTrue(heldOnCancel[0]);
        });
    }

    @Test void waitAndNotifyNeedTheLock() {
        Asyncio.run(() -> {
            Condition cond = new Condition();
            IllegalStateException e = assertThrows(IllegalStateException.class, cond::await);
            assertEquals("cannot wait on un-acquired lock", e.getMessage());
            e = assertThrows(IllegalStateException.class, cond::signal);
            assertEquals("cannot notify on un-acquired lock", e.getMessage());
            e = assertThrows(IllegalStateException.class, cond::signalAll);
            assertEquals("cannot notify on un-acquired lock", e.getMessage());
            e = assertThrows(IllegalStateException.class, () -> cond.waitFor(() -> false));
            assertEquals("cannot wait on un-acquired lock", e.getMessage());
            assertTrue(cond.waitFor(() -> true), "a true predicate needs no lock");
        });
    }

    @Test void waitForRechecksPredicateAfterEachWakeUp() {
        Asyncio.run(() -> {
            Condition cond = new Condition();
            boolean[] presult = {false};
            List<Integer> result = new ArrayList<>();
            Task<Boolean> t = createTask(() -> {
                cond.acquire();
                if (cond.waitFor(() -> presult[0])) {
                    result.add(1);
                    cond.release();
                }
                return true;
            });
            sleep(0);
            cond.with(() -> cond.signal());
            sleep(0);
            assertEquals(List.of(), result);
            presult[0] = true;
            cond.with(() -> cond.signal());
            sleep(0);
            assertEquals(List.of(1), result);
            assertTrue(t.result());
        });
    }

    @Test void signalCountsOnlyPendingWaiters() {
        Asyncio.run(() -> {
            Condition cond = new Condition();
            List<Integer> result = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                int n = i;
                createTask(() -> { cond.acquire(); cond.await(); result.add(n); cond.release(); });
            }
            sleep(0);
            cond.with(() -> cond.signal(1));
            sleep(0);
            assertEquals(List.of(1), result);
            cond.with(() -> { cond.signal(1); cond.signal(2048); });
            sleep(0);
            assertEquals(List.of(1, 2, 3), result);
        });
    }

    @Test void signalAllWakesEveryone() {
        Asyncio.run(() -> {
            Condition cond = new Condition();
            List<Integer> result = new ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                int n = i;
                createTask(() -> { cond.acquire(); cond.await(); result.add(n); cond.release(); });
            }
            sleep(0);
            assertEquals("<Condition [unlocked, waiters:2]>", cond.toString());
            cond.with(cond::signalAll);
            sleep(0);
            assertEquals(List.of(1, 2), result);
            assertEquals("<Condition [unlocked]>", cond.toString());
        });
    }

    @Test void explicitLockIsShared() {
        Asyncio.run(() -> {
            Lock lock = new Lock();
            Condition cond = new Condition(lock);
            assertFalse(cond.locked());
            cond.with(() -> { assertTrue(lock.locked()); assertTrue(cond.locked()); });
            assertFalse(lock.locked());
            lock.with(() -> { assertTrue(cond.locked()); });
            assertFalse(cond.locked());
            assertEquals("<Condition [unlocked]>", cond.toString());
        });
    }

    @Test void conditionOnLockOfAnotherLoopFailsWhenItMustWait() {
        // CPython test_ambiguous_loops: the lock's fast path works, waiting finds the mismatch.
        Lock lock = new Lock();
        Asyncio.run(() -> {
            lock.acquire();
            Task<Void> t = createTask(lock::acquire);
            sleep(0);
            lock.release();
            t.await();
            lock.release();
        });
        Asyncio.run(() -> lock.with(() -> {
            Condition cond = new Condition(lock);
            IllegalStateException e = assertThrows(IllegalStateException.class, cond::acquire);
            assertEquals("<Lock [locked]> is bound to a different event loop", e.getMessage());
        }));
    }
}
