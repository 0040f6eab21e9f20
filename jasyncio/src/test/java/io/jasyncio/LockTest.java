package io.jasyncio;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.jasyncio.Asyncio.*;
import static org.junit.jupiter.api.Assertions.*;

/** Lock: CPython's LockTests plus the §2.6 ordering rules (FIFO, no hand-off, no yield when free). */
@org.junit.jupiter.api.Timeout(10)
class LockTest {

    @Test void reprShowsStateAndWaiters() {
        Asyncio.run(() -> {
            Lock lock = new Lock();
            assertEquals("<Lock [unlocked]>", lock.toString());
            lock.acquire();
            assertEquals("<Lock [locked]>", lock.toString());
            Task<Void> a = createTask(lock::acquire);
            Task<Void> b = createTask(lock::acquire);
            sleep(0);
            assertEquals("<Lock [locked, waiters:2]>", lock.toString());
            a.cancel();
            b.cancel();
            sleep(0);
            assertEquals("<Lock [locked]>", lock.toString());
        });
    }

    @Test void acquireFreeLockDoesNotYield() {
        Asyncio.run(() -> {
            Lock lock = new Lock();
            List<String> trace = new ArrayList<>();
            createTask(() -> { trace.add("other"); });
            lock.acquire();
            trace.add("acquired");
            sleep(0);
            assertEquals(List.of("acquired", "other"), trace);
        });
    }

    @Test void waitersAcquireInFifoOrder() {
        Asyncio.run(() -> {
            Lock lock = new Lock();
            List<Integer> result = new ArrayList<>();
            lock.acquire();
            List<Task<Void>> ts = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                int n = i;
                ts.add(createTask(() -> { lock.acquire(); result.add(n); }));
            }
            sleep(0);
            assertEquals(List.of(), result);
            lock.release();
            sleep(0);
            assertEquals(List.of(1), result);
            lock.release();
            sleep(0);
            assertEquals(List.of(1, 2), result);
            lock.release();
            sleep(0);
            assertEquals(List.of(1, 2, 3), result);
            for (Task<Void> t : ts) assertTrue(t.isDone());
        });
    }

    @Test void noHandOffLockedIsFalseUntilWaiterRuns() {
        Asyncio.run(() -> {
            Lock lock = new Lock();
            lock.acquire();
            Task<Void> w = createTask(lock::acquire);
            sleep(0);
            lock.release();
            assertFalse(lock.locked(), "released, the waiter has not run yet");
            sleep(0);
            assertTrue(w.isDone());
            assertTrue(lock.locked(), "the woken waiter took it when it ran");
        });
    }

    @Test void newcomerQueuesBehindWokenWaiter() {
        Asyncio.run(() -> {
            Lock lock = new Lock();
            List<String> order = new ArrayList<>();
            lock.acquire();
            Task<Void> w = createTask(() -> lock.with(() -> { order.add("waiter"); }));
            sleep(0);
            lock.release();
            Task<Void> newcomer = createTask(() -> lock.with(() -> { order.add("newcomer"); }));
            gather(w, newcomer).await();
            assertEquals(List.of("waiter", "newcomer"), order);
        });
    }

    @Test void releaserReacquiringQueuesBehindWaiter() {
        Asyncio.run(() -> {
            Lock lock = new Lock();
            List<String> order = new ArrayList<>();
            lock.acquire();
            Task<Void> w = createTask(() -> lock.with(() -> { order.add("waiter"); }));
            sleep(0);
            lock.release();
            lock.acquire();  // not free for us: the waiter is first in line
            order.add("releaser");
            lock.release();
            w.await();
            assertEquals(List.of("waiter", "releaser"), order);
        });
    }

    @Test void cancelledWaiterIsRemoved() {
        Asyncio.run(() -> {
            Lock lock = new Lock();
            lock.acquire();
            Task<Void> t = createTask(lock::acquire);
            getRunningLoop().callSoon(() -> t.cancel());
            assertThrows(CancelledError.class, t::await);
            assertEquals("<Lock [locked]>", lock.toString());
        });
    }

    @Test void cancelRaceReleaseSkipsCancelledWaiter() {
        // CPython test_cancel_race: B cancelled while A releases; C must get the lock.
        Asyncio.run(() -> {
            Lock lock = new Lock();
            Future<Object> fa = getRunningLoop().createFuture();
            Task<Void> ta = createTask(() -> lock.with(() -> { fa.await(); }));
            sleep(0);
            assertTrue(lock.locked());
            Task<Void> tb = createTask(() -> lock.with(() -> {}));
            sleep(0);
            Task<Void> tc = createTask(() -> lock.with(() -> {}));
            sleep(0);
            assertEquals("<Lock [locked, waiters:2]>", lock.toString());
            fa.setResult(null);
            tb.cancel();
            sleep(0);
            assertFalse(lock.locked());
            assertTrue(ta.isDone());
            assertTrue(tb.isCancelled());
            tc.await();
        });
    }

    @Test void cancelReleaseRaceTakesOnlyOneLock() {
        // CPython test_cancel_release_race (bpo-32734).
        Asyncio.run(() -> {
            Lock lock = new Lock();
            int[] lockCount = {0};
            lock.acquire();
            VoidCoroutine lockit = () -> { lock.acquire(); lockCount[0]++; };
            Task<Void> t1 = createTask(lockit);
            Task<Void> t2 = createTask(lockit);
            Task<Void> t3 = createTask(lockit);
            sleep(0);
            getRunningLoop().callSoon(() -> { t1.cancel(); lock.release(); });
            assertThrows(CancelledError.class, t1::await);
            assertEquals(1, lockCount[0]);
            assertTrue(t1.isCancelled() && t2.isDone());
            t3.cancel();
            sleep(0);
            assertTrue(t3.isCancelled());
        });
    }

    @Test void wokenWaiterCancelledPassesWakeUpOn() {
        // CPython test_finished_waiter_cancelled.
        Asyncio.run(() -> {
            Lock lock = new Lock();
            lock.acquire();
            Task<Void> tb = createTask(lock::acquire);
            sleep(0);
            Task<Void> tc = createTask(lock::acquire);
            tb.cancel();
            lock.release();
            sleep(0);
            assertTrue(lock.locked());
            assertTrue(tb.isCancelled());
            tc.await();
        });
    }

    @Test void releaseUnlockedThrows() {
        Lock lock = new Lock();
        IllegalStateException e = assertThrows(IllegalStateException.class, lock::release);
        assertEquals("Lock is not acquired.", e.getMessage());
    }

    @Test void withReleasesAndRethrowsUnchanged() {
        Asyncio.run(() -> {
            Lock lock = new Lock();
            assertEquals(7, lock.with(() -> { assertTrue(lock.locked()); return 7; }));
            assertFalse(lock.locked());
            java.io.IOException boom = new java.io.IOException("boom");
            Exception thrown = assertThrows(Exception.class, () -> lock.with(() -> { throw boom; }));
            assertSame(boom, thrown);
            assertFalse(lock.locked());
        });
    }

    @Test void boundToFirstLoopThatWaits() {
        Lock lock = new Lock();
        Asyncio.run(() -> {
            lock.acquire();
            Task<Void> t = createTask(lock::acquire);
            sleep(0);
            lock.release();
            t.await();
            lock.release();
        });
        Asyncio.run(() -> {
            lock.acquire();  // the fast path touches no loop
            Task<Void> t = createTask(lock::acquire);
            IllegalStateException e = assertThrows(IllegalStateException.class, t::await);
            assertEquals("<Lock [locked]> is bound to a different event loop", e.getMessage());
        });
    }

    @Test void uncontendedAcquireReleaseAllocatesNothing() {
        // A free lock touches no loop, so this runs on the platform test thread, where the JDK
        // counts allocations (it does not for virtual threads).
        Lock lock = new Lock();
        Runnable loop = () -> { for (int i = 0; i < 100_000; i++) { lock.acquire(); lock.release(); } };
        for (int i = 0; i < 5; i++) loop.run();  // let the JIT compile it
        long allocated = Allocations.of(loop);
        assertTrue(allocated < 1024, "allocated " + allocated + " bytes");
    }
}
