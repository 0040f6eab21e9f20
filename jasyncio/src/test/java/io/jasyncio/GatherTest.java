package io.jasyncio;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.jasyncio.Asyncio.*;
import static org.junit.jupiter.api.Assertions.*;

/** {@link Asyncio#gather} ({@link GatheringFuture}), checked against CPython 3.12. */
@org.junit.jupiter.api.Timeout(60)
class GatherTest {

    static Coroutine<Object> after(double d, Object v) { return () -> { sleep(d); return v; }; }

    @Test void resultsInArgumentOrder() {
        Asyncio.run(() -> {
            List<Object> r = gather(after(0.02, "a"), after(0.01, "b"), after(0, "c")).await();
            assertEquals(List.of("a", "b", "c"), r);
        });
    }

    @Test void sameCoroutineTwiceIsOneTask() {
        Asyncio.run(() -> {
            int[] runs = {0};
            Coroutine<Integer> c = () -> ++runs[0];
            assertEquals(List.of(1, 1), gather(c, c).await());
            assertEquals(1, runs[0]);
        });
    }

    @Test void returnExceptionsPutsThemInPlace() {
        Asyncio.run(() -> {
            IllegalStateException boom = new IllegalStateException("boom");
            Task<Object> victim = createTask(after(1, "never"));
            Future<List<Object>> g = gather(List.of(after(0, 1), (Coroutine<Object>) () -> { throw boom; }, victim), true);
            sleep(0);
            victim.cancel();
            List<Object> r = g.await();
            assertEquals(1, r.get(0));
            assertSame(boom, r.get(1));
            assertSame(CancelledError.class, r.get(2).getClass());
            assertEquals("", ((CancelledError) r.get(2)).getMessage(), "asyncio: CancelledError('')");
        });
    }

    @Test void firstExceptionPropagatesOthersKeepRunning() {
        Asyncio.run(() -> {
            Task<Object> slow = createTask(after(0.05, "slow"));
            IllegalStateException boom = new IllegalStateException("boom");
            Future<List<Object>> g = gather(List.of((Coroutine<Object>) () -> { throw boom; }, slow), false);
            assertSame(boom, assertThrows(IllegalStateException.class, g::await));
            assertFalse(slow.isDone());
            assertFalse(g.cancel(), "a done gather cancels nothing");
            assertEquals("slow", slow.await());
        });
    }

    @Test void cancelWithMessage() {
        Asyncio.run(() -> {
            Task<Object> a = createTask(after(1, 1)), b = createTask(after(1, 2));
            Future<List<Object>> g = gather(a, b);
            sleep(0);
            assertTrue(g.cancel("stop"));
            CancelledError e = assertThrows(CancelledError.class, g::await);
            assertEquals("stop", e.getMessage());
            assertSame(CancelledError.class, e.getClass());
            assertFalse(g.isCancelled(), "asyncio stores the CancelledError as the gather's exception");
            assertTrue(g.isDone());
            assertTrue(a.isCancelled() && b.isCancelled());
        });
    }

    @Test void cancelOverridesReturnExceptions() {
        Asyncio.run(() -> {
            Future<List<Object>> g = gather(List.of(after(1, 1)), true);
            sleep(0);
            assertTrue(g.cancel());
            assertThrows(CancelledError.class, g::await);
        });
    }

    @Test void childCancelledAloneRaisesCancelledError() {
        Asyncio.run(() -> {
            Task<Object> t = createTask(after(1, 1));
            Future<List<Object>> g = gather(List.of(t, after(0, 2)), false);
            sleep(0);
            t.cancel();
            CancelledError e = assertThrows(CancelledError.class, g::await);
            assertNull(e.getMessage());
            assertFalse(g.isCancelled());
        });
    }

    @Test void emptyGather() {
        Asyncio.run(() -> {
            Future<List<Object>> g = gather();
            assertTrue(g.isDone());
            assertEquals(List.of(), g.await());
            assertEquals(List.of(), gather(List.of(), true).await());
        });
        var e = assertThrows(IllegalStateException.class, Asyncio::gather);
        assertTrue(e.getMessage().startsWith("There is no current event loop in thread '"), e.getMessage());
    }

    @Test void outsideTheLoopTakesTheChildrensLoop() {
        EventLoop loop = Asyncio.newEventLoop();
        try {
            Future<Integer> f = loop.createFuture();
            Future<List<Integer>> g = gather(f);
            assertSame(loop, g.getLoop());
            loop.callSoon(() -> f.setResult(5));
            assertEquals(List.of(5), loop.runUntilComplete(g));
        } finally {
            loop.close();
        }
    }

    @Test void oneHopAfterTheLastChild() {
        Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            List<String> log = new ArrayList<>();
            Future<Integer> f = loop.createFuture();
            Future<List<Integer>> g = gather(f);
            createTask(() -> { g.await(); log.add("gather"); });
            createTask(() -> { f.await(); log.add("direct"); });
            sleep(0);
            f.setResult(1);
            for (int i = 0; i < 3; i++) { log.add("" + i); sleep(0); }
            assertEquals(List.of("0", "direct", "1", "gather", "2"), log);
        });
    }

    @Test void doneChildrenCompleteTheGatherAtOnce() {
        Asyncio.run(() -> {
            Future<Integer> f = getRunningLoop().createFuture();
            f.setResult(3);
            Future<List<Integer>> g = gather(f, f);
            assertTrue(g.isDone());
            assertEquals(List.of(3, 3), g.result());
        });
    }

    @Test void hundredThousandTasks() {
        Asyncio.run(() -> {
            int n = 100_000;
            List<Task<Integer>> ts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int k = i;
                ts.add(createTask(() -> { sleep(0); return k; }));
            }
            List<Object> r = gather(ts, false).await();
            assertEquals(n, r.size());
            assertEquals(n - 1, r.get(n - 1));
        });
    }
}
