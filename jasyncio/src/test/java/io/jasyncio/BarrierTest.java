package io.jasyncio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import org.junit.jupiter.api.Test;

import static io.jasyncio.Asyncio.*;
import static org.junit.jupiter.api.Assertions.*;

/** Barrier: CPython's BarrierTests. */
@org.junit.jupiter.api.Timeout(10)
class BarrierTest {
    static final int N = 5;

    private static <T> List<Object> gatherN(int n, Coroutine<T> coro) {
        List<Object> ts = new ArrayList<>();
        for (int i = 0; i < n; i++) ts.add(createTask(coro));
        return gather(ts, false).await();
    }

    @Test void partiesMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Barrier(0));
        assertEquals("parties must be > 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Barrier(-4));
        assertEquals(5, new Barrier(5).parties());
    }

    @Test void reprFollowsTheStates() {
        Asyncio.run(() -> {
            Barrier b = new Barrier(N);
            assertEquals("<Barrier [filling, waiters:0/5]>", b.toString());
            List<Object> waiters = new ArrayList<>();
            Coroutine<Integer> wait = b::await;
            for (int i = 0; i < 2; i++) waiters.add(createTask(wait));
            sleep(0);
            assertEquals("<Barrier [filling, waiters:2/5]>", b.toString());
            for (int i = b.parties() - b.nWaiting(); i > 0; i--) waiters.add(createTask(wait));
            sleep(0);
            assertEquals("<Barrier [draining, waiters:0/5]>", b.toString());
            for (int i = 0; i < 2; i++) waiters.add(createTask(wait));
            sleep(0);
            b.reset();
            assertTrue(b.toString().startsWith("<Barrier [resetting"), b.toString());
            for (int i = 0; i < 2; i++) waiters.add(createTask(wait));
            sleep(0);
            b.abort();
            assertEquals("<Barrier [broken]>", b.toString());
            assertTrue(b.isBroken());
            gather(waiters, true).await();
        });
    }

    @Test void lastArrivalPassesFirst() {
        Asyncio.run(() -> {
            Barrier b = new Barrier(3);
            List<Integer> order = new ArrayList<>();
            gatherN(3, () -> { int i = b.await(); order.add(i); return i; });
            assertEquals(List.of(2, 0, 1), order);
            assertEquals(0, b.nWaiting());
            assertFalse(b.isBroken());
        });
    }

    @Test void indexesAreDistinct() {
        Asyncio.run(() -> {
            Barrier b = new Barrier(N);
            List<Object> res = gatherN(N, b::await);
            List<Object> sorted = new ArrayList<>(res);
            sorted.sort(null);
            assertEquals(List.of(0, 1, 2, 3, 4), sorted);
        });
    }

    @Test void oneTaskPassesAtOnceTwice() {
        Asyncio.run(() -> {
            Barrier b = new Barrier(1);
            Task<Integer> t1 = createTask(b::await);
            sleep(0);
            assertEquals(0, b.nWaiting());
            Task<Integer> t2 = createTask(b::await);
            sleep(0);
            assertEquals(t1.result(), t2.result());
            assertFalse(b.isBroken());
        });
    }

    @Test void fillingTaskByTask() {
        Asyncio.run(() -> {
            Barrier b = new Barrier(3);
            Task<Integer> t1 = createTask(b::await);
            sleep(0);
            assertEquals(1, b.nWaiting());
            Task<Integer> t2 = createTask(b::await);
            sleep(0);
            assertEquals(2, b.nWaiting());
            Task<Integer> t3 = createTask(b::await);
            gather(t1, t2, t3).await();
            assertEquals(0, b.nWaiting());
        });
    }

    @Test void waitTwice() {
        Asyncio.run(() -> {
            Barrier b = new Barrier(N);
            List<Boolean> results = new ArrayList<>();
            gatherN(N, () -> { b.await(); results.add(true); b.await(); results.add(false); return null; });
            assertEquals(N, Collections.frequency(results, true));
            assertEquals(N, Collections.frequency(results, false));
            assertEquals(0, b.nWaiting());
        });
    }

    @Test void drainingUntilLastTaskLeaves() {
        Asyncio.run(() -> {
            Barrier b = new Barrier(N);
            List<Boolean> results = new ArrayList<>();
            gatherN(N, () -> { b.await(); results.add(b.toString().contains("draining")); return null; });
            assertEquals(List.of(true, true, true, true, false), results);
        });
    }

    @Test void blockingTasksWhileDraining() {
        Asyncio.run(() -> {
            int rewait = 2;
            Barrier b = new Barrier(N);
            Barrier noWaiting = new Barrier(N - rewait);
            int[] rewaitN = {rewait};
            gatherN(N, () -> {
                b.await();
                if (rewaitN[0] > 0) {
                    rewaitN[0]--;
                    b.await();
                } else {
                    noWaiting.await();
                    b.await();
                }
                return null;
            });
            assertEquals(0, b.nWaiting());
        });
    }

    @Test void cancelOneFillingTask() {
        Asyncio.run(() -> {
            Barrier b = new Barrier(3);
            List<Boolean> results = new ArrayList<>();
            Coroutine<Object> coro = () -> { b.await(); results.add(true); return null; };
            Task<Object> t1 = createTask(coro);
            sleep(0);
            Task<Object> t2 = createTask(coro);
            sleep(0);
            assertEquals(2, b.nWaiting());
            t1.cancel();
            sleep(0);
            assertEquals(1, b.nWaiting());
            assertThrows(CancelledError.class, t1::await);
            Task<Object> t3 = createTask(coro);
            sleep(0);
            assertEquals(2, b.nWaiting());
            Task<Object> t4 = createTask(coro);
            gather(t2, t3, t4).await();
            assertEquals(3, results.size());
            assertEquals(0, b.nWaiting());
        });
    }

    @Test void resetEmptyBarrier() {
        Asyncio.run(() -> {
            Barrier b = new Barrier(1);
            createTask(b::reset);
            sleep(0);
            assertEquals(0, b.nWaiting());
            assertFalse(b.isBroken());
        });
    }

    @Test void resetBreaksWaitingTasks() {
        Asyncio.run(() -> {
            Barrier b = new Barrier(N);
            List<String> results = new ArrayList<>();
            List<Object> ts = new ArrayList<>();
            for (int i = 0; i < N - 1; i++) {
                ts.add(createTask(() -> {
                    try {
                        b.await();
                    } catch (BrokenBarrierException e) {
                        results.add(e.getMessage());
                    }
                }));
            }
            sleep(0);
            createTask(b::reset);
            gather(ts, false).await();
            assertEquals(Collections.nCopies(N - 1, "Abort or reset of barrier"), results);
            assertEquals(0, b.nWaiting());
            assertFalse(b.toString().contains("resetting"));
            assertFalse(b.isBroken());
        });
    }

    @Test void resetWhileTasksWaitThenWaitAgain() {
        Asyncio.run(() -> {
            Barrier b = new Barrier(N);
            List<Boolean> results1 = new ArrayList<>(), results2 = new ArrayList<>();
            List<Object> ts = new ArrayList<>();
            for (int i = 0; i < N - 1; i++) {
                ts.add(createTask(() -> {
                    try {
                        b.await();
                    } catch (BrokenBarrierException e) {
                        results1.add(true);
                    } finally {
                        b.await();
                        results2.add(true);
                    }
                    return null;
                }));
            }
            createTask(b::reset);
            sleep(0);
            createTask(() -> { b.await(); results2.add(true); return null; });
            gather(ts, false).await();
            assertEquals(N - 1, results1.size());
            assertEquals(N, results2.size());
            assertFalse(b.isBroken());
        });
    }

    @Test void abortWhenOneTaskFails() {
        // CPython test_abort_barrier_when_exception.
        Asyncio.run(() -> {
            Barrier b = new Barrier(N);
            List<Boolean> results1 = new ArrayList<>(), results2 = new ArrayList<>();
            gatherN(N, () -> {
                try {
                    int i = b.await();
                    if (i == N / 2) throw new IllegalStateException();
                    b.await();
                    results1.add(true);
                } catch (BrokenBarrierException e) {
                    results2.add(true);
                } catch (IllegalStateException e) {
                    b.abort();
                }
                return null;
            });
            assertTrue(b.isBroken());
            assertEquals(0, results1.size());
            assertEquals(N - 1, results2.size());
            assertEquals(0, b.nWaiting());
        });
    }

    @Test void abortThenReset() {
        // CPython test_abort_barrier_when_exception_then_resetting.
        Asyncio.run(() -> {
            Barrier b1 = new Barrier(N), b2 = new Barrier(N);
            List<Boolean> results2 = new ArrayList<>(), results3 = new ArrayList<>();
            gatherN(N, () -> {
                try {
                    int i = b1.await();
                    if (i == N / 2) throw new IllegalStateException();
                    b1.await();
                } catch (BrokenBarrierException e) {
                    results2.add(true);
                } catch (IllegalStateException e) {
                    b1.abort();
                }
                int i = b2.await();
                if (i == N / 2) b1.reset();
                b2.await();
                b1.await();
                results3.add(true);
                return null;
            });
            assertFalse(b1.isBroken());
            assertEquals(N - 1, results2.size());
            assertEquals(N, results3.size());
        });
    }

    @Test void brokenBarrierRefusesNewArrivals() {
        Asyncio.run(() -> {
            Barrier b = new Barrier(2);
            b.abort();
            BrokenBarrierException e = assertThrows(BrokenBarrierException.class, b::await);
            assertEquals("Barrier aborted", e.getMessage());
            b.reset();
            assertEquals("<Barrier [filling, waiters:0/2]>", b.toString());
        });
    }
}
