package io.jasyncio;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

import static io.jasyncio.Asyncio.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Threads and executors: callSoonThreadsafe, runCoroutineThreadsafe, toThread, runInExecutor,
 * wrapFuture, toCompletableFuture, shutdownDefaultExecutor and the debug-mode thread check.
 */
@org.junit.jupiter.api.Timeout(20)
class ThreadsTest {

    private static Thread startThread(Runnable r) { return Thread.ofPlatform().name("foreign").start(r); }

    // ---- callSoonThreadsafe ----

    @Test void callSoonThreadsafeWakesALoopBlockedInSelect() {
        String r = Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            Future<String> f = loop.createFuture();
            TimerHandle far = loop.callLater(3600, () -> f.setResult("timer"));
            // The loop has nothing to do but wait an hour: only the wake-up can finish the test in time.
            startThread(() -> loop.callSoonThreadsafe(() -> f.setResult("from thread")));
            String v = f.await();
            far.cancel();
            return v;
        });
        assertEquals("from thread", r);
    }

    @Test void callSoonThreadsafeOnTheLoopThreadIsCallSoon() {
        List<String> order = Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            List<String> seen = new ArrayList<>();
            loop.callSoon(() -> seen.add("x"));
            loop.callSoonThreadsafe(() -> seen.add("y"));
            loop.callSoon(() -> seen.add("z"));
            sleep(0);
            return seen;
        });
        assertEquals(List.of("x", "y", "z"), order);
    }

    @Test void callbacksFromAnotherThreadKeepFifoWithCallSoon() {
        // The foreign callback is queued before the loop's own callSoon (the latch orders them):
        // it runs first, as in asyncio where both append to one deque.
        List<String> order = Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            List<String> seen = Collections.synchronizedList(new ArrayList<>());
            Future<Void> done = loop.createFuture();
            CountDownLatch queued = new CountDownLatch(1);
            loop.callSoon(() -> {
                startThread(() -> {
                    loop.callSoonThreadsafe(() -> seen.add("foreign 1"));
                    loop.callSoonThreadsafe(() -> seen.add("foreign 2"));
                    queued.countDown();
                });
                try { queued.await(); } catch (InterruptedException e) { throw new AssertionError(e); }
                loop.callSoon(() -> seen.add("loop"));
                loop.callSoon(() -> done.setResult(null));
            });
            done.await();
            return new ArrayList<>(seen);
        });
        assertEquals(List.of("foreign 1", "foreign 2", "loop"), order);
    }

    @Test void manyThreadsManyCallbacksAllRunInPerThreadOrder() {
        int threads = 4, each = 2000;
        List<List<Integer>> got = Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            List<List<Integer>> seen = new ArrayList<>();
            for (int t = 0; t < threads; t++) seen.add(new ArrayList<>());
            Future<Void> all = loop.createFuture();
            int[] count = {0};
            for (int t = 0; t < threads; t++) {
                int id = t;
                startThread(() -> {
                    for (int i = 0; i < each; i++) {
                        int n = i;
                        loop.callSoonThreadsafe(() -> {
                            seen.get(id).add(n);
                            if (++count[0] == threads * each) all.setResult(null);
                        });
                    }
                });
            }
            all.await();
            return seen;
        });
        for (List<Integer> l : got) {
            assertEquals(each, l.size());
            for (int i = 0; i < each; i++) assertEquals(i, l.get(i));
        }
    }

    // ---- runCoroutineThreadsafe ----

    @Test void runCoroutineThreadsafeResult() {
        Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            CompletableFuture<String> cf = toThread(() -> runCoroutineThreadsafe(() -> {
                assertSame(loop, getRunningLoop());
                sleep(0.01);
                return "coroutine result";
            }, loop));
            assertEquals("coroutine result", wrapFuture(cf).await());
            assertEquals("coroutine result", cf.getNow(null));
        });
    }

    @Test void runCoroutineThreadsafeException() {
        IOException boom = new IOException("boom");
        Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            Throwable got = toThread(() -> {
                CompletableFuture<Object> cf = runCoroutineThreadsafe(() -> { throw boom; }, loop);
                try {
                    cf.get();
                    return null;
                } catch (ExecutionException e) {
                    return e.getCause();
                }
            });
            assertSame(boom, got);
        });
    }

    @Test void runCoroutineThreadsafeCancelCancelsTheTask() {
        Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            Future<Task<?>> started = loop.createFuture();
            Future<String> ended = loop.createFuture();
            CompletableFuture<Void> cf = toThread(() -> runCoroutineThreadsafe(() -> {
                started.setResult(currentTask());
                try {
                    sleep(3600);
                } catch (CancelledError e) {
                    ended.setResult("cancelled");
                    throw e;
                }
            }, loop));
            Task<?> task = started.await();
            assertTrue(toThread(() -> cf.cancel(true)));
            assertEquals("cancelled", ended.await());
            assertThrows(CancelledError.class, task::await);
            assertTrue(task.isCancelled());
            assertTrue(cf.isCancelled());
        });
    }

    @Test void runCoroutineThreadsafeTaskCancelledOnTheLoopCancelsTheFuture() {
        Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            Future<Task<?>> started = loop.createFuture();
            CompletableFuture<Void> cf = toThread(() -> runCoroutineThreadsafe(() -> {
                started.setResult(currentTask());
                sleep(3600);
            }, loop));
            started.await().cancel();
            Throwable e = toThread(() -> {
                try { cf.get(); return null; } catch (CancellationException x) { return x; }
            });
            assertInstanceOf(CancellationException.class, e);
        });
    }

    @Test void runCoroutineThreadsafeFromAPlainThreadWhileTheLoopRuns() throws Exception {
        EventLoop loop = newEventLoop();
        try {
            Thread t = Thread.ofPlatform().start(loop::runForever);
            CompletableFuture<Integer> cf = runCoroutineThreadsafe(() -> sleep(0.01, 42), loop);
            assertEquals(42, cf.get());
            loop.callSoonThreadsafe(loop::stop);
            t.join();
        } finally {
            loop.close();
        }
    }

    // ---- toThread ----

    @Test void toThreadReturnsValueOnAWorkerPlatformThread() {
        Asyncio.run(() -> {
            Thread loopThread = Thread.currentThread();
            Thread[] worker = new Thread[1];
            boolean[] noLoop = {false};
            int r = toThread(() -> {
                worker[0] = Thread.currentThread();
                try { getRunningLoop(); } catch (IllegalStateException e) { noLoop[0] = true; }
                return 21 * 2;
            });
            assertEquals(42, r);
            assertNotSame(loopThread, worker[0]);
            assertFalse(worker[0].isVirtual(), "the default executor's workers never inherit the loop");
            assertTrue(worker[0].getName().startsWith("asyncio_"), worker[0].getName());
            assertTrue(noLoop[0], "no running loop in a worker");
            Void v = toThread(() -> { });
            assertNull(v);
        });
    }

    @Test void toThreadRethrowsTheExceptionUnchanged() {
        IOException boom = new IOException("boom");
        Asyncio.run(() -> {
            Exception e = assertThrows(IOException.class, () -> toThread(() -> { throw boom; }));
            assertSame(boom, e);
        });
    }

    @Test void toThreadCopiesTheContext() {
        ContextVar<String> var = new ContextVar<>("var", "default");
        Asyncio.run(() -> {
            var.set("caller");
            String seen = toThread(() -> {
                String s = var.get();
                var.set("worker");
                return s;
            });
            assertEquals("caller", seen);
            assertEquals("caller", var.get(), "the worker changed its copy only");
            String inExecutor = getRunningLoop().runInExecutor(null, var::get).await();
            assertEquals("default", inExecutor, "runInExecutor does not copy the context");
        });
    }

    // ---- runInExecutor ----

    @Test void runInExecutorWithACustomExecutor() {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "custom-worker"));
        try {
            String name = Asyncio.run(() -> getRunningLoop().runInExecutor(pool, () -> Thread.currentThread().getName()).await());
            assertEquals("custom-worker", name);
        } finally {
            pool.shutdown();
        }
    }

    @Test void runInExecutorWithNullUsesTheDefaultExecutor() {
        String name = Asyncio.run(() -> getRunningLoop().runInExecutor(null, () -> Thread.currentThread().getName()).await());
        assertTrue(name.startsWith("asyncio_"), name);
    }

    @Test void runInExecutorCancellationExceptionBecomesCancelledError() {
        Asyncio.run(() -> {
            Future<Object> f = getRunningLoop().runInExecutor(null, () -> { throw new CancellationException("jdk"); });
            CancelledError e = assertThrows(CancelledError.class, f::await);
            assertEquals("jdk", e.getMessage());
            assertFalse(f.isCancelled(), "as asyncio: the job failed with a cancellation, it was not cancelled");
        });
    }

    @Test void cancellingTheFutureCancelsAQueuedJob() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            List<String> ran = Collections.synchronizedList(new ArrayList<>());
            Asyncio.run(() -> {
                EventLoop loop = getRunningLoop();
                CountDownLatch release = new CountDownLatch(1);
                Future<Object> first = loop.runInExecutor(pool, () -> { release.await(); ran.add("first"); return null; });
                Future<Object> second = loop.runInExecutor(pool, () -> { ran.add("second"); return null; });
                assertTrue(second.cancel());
                sleep(0);  // the cancel reaches the job through a done callback, as in asyncio
                release.countDown();
                first.await();
                loop.runInExecutor(pool, () -> ran.add("third")).await();  // the pool runs jobs in order
                assertThrows(CancelledError.class, second::await);
            });
            assertEquals(List.of("first", "third"), ran);
        } finally {
            pool.shutdown();
        }
    }

    @Test void cancellingTheAwaitingTaskCancelsTheExecutorFuture() {
        Asyncio.run(() -> {
            CountDownLatch release = new CountDownLatch(1);
            Future<Object> f = getRunningLoop().runInExecutor(null, () -> { release.await(); return "late"; });
            Task<Object> t = createTask(() -> f.await());
            sleep(0);
            t.cancel();
            assertThrows(CancelledError.class, t::await);
            assertTrue(f.isCancelled());
            release.countDown();
        });
    }

    // ---- shutdownDefaultExecutor ----

    @Test void shutdownDefaultExecutorAwaitedFromATask() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Asyncio.run(() -> {
                EventLoop loop = getRunningLoop();
                assertEquals(1, (int) toThread(() -> 1));
                Future<Void> shut = loop.shutdownDefaultExecutor();
                assertNull(shut.await());
                IllegalStateException e = assertThrows(IllegalStateException.class,
                        () -> loop.runInExecutor(null, () -> 1));
                assertEquals("Executor shutdown has been called", e.getMessage());
                assertEquals(2, loop.runInExecutor(pool, () -> 2).await(), "other executors still work");
                assertNull(loop.shutdownDefaultExecutor().await(), "a second call is harmless");
            });
        } finally {
            pool.shutdown();
        }
    }

    @Test void shutdownDefaultExecutorWaitsForRunningJobs() {
        Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            CountDownLatch release = new CountDownLatch(1);
            AtomicReference<String> job = new AtomicReference<>("running");
            loop.runInExecutor(null, () -> { release.await(); job.set("finished"); return null; });
            Future<Void> shut = loop.shutdownDefaultExecutor();
            sleep(0);
            assertFalse(shut.isDone());
            release.countDown();
            shut.await();
            assertEquals("finished", job.get());
        });
    }

    // ---- wrapFuture and toCompletableFuture ----

    @Test void wrapCompletableFutureResultAndException() {
        Asyncio.run(() -> {
            CompletableFuture<String> cf = new CompletableFuture<>();
            Future<String> f = wrapFuture(cf);
            assertSame(getRunningLoop(), f.getLoop());
            startThread(() -> cf.complete("done"));
            assertEquals("done", f.await());

            IOException boom = new IOException("boom");
            CompletableFuture<String> failed = CompletableFuture.supplyAsync(() -> { throw new CompletionException(boom); });
            assertSame(boom, assertThrows(IOException.class, () -> wrapFuture(failed).await()));

            CompletableFuture<String> dependent = failed.thenApply(s -> s + "!");  // CompletionException(boom) inside
            assertSame(boom, assertThrows(IOException.class, () -> wrapFuture(dependent).await()));
        });
    }

    @Test void wrapCompletableFutureCancellationBothWays() {
        Asyncio.run(() -> {
            CompletableFuture<String> cf = new CompletableFuture<>();
            Future<String> f = wrapFuture(cf);
            toThread(() -> cf.cancel(true));
            assertThrows(CancelledError.class, f::await);
            assertTrue(f.isCancelled());

            CompletableFuture<String> dependent = new CompletableFuture<String>().thenApply(s -> s);
            Future<String> fd = wrapFuture(dependent);
            CompletableFuture<String> upstream = new CompletableFuture<>();
            Future<String> fu = wrapFuture(upstream.thenApply(s -> s));
            upstream.cancel(true);
            assertThrows(CancelledError.class, fu::await, "a cancelled upstream reaches us as CompletionException(CancellationException)");
            assertFalse(fu.isCancelled(), "the dependent stage was not cancelled itself");

            CompletableFuture<String> other = new CompletableFuture<>();
            Future<String> fo = wrapFuture(other);
            assertTrue(fo.cancel());
            assertTrue(fd.cancel());
            sleep(0);  // done callbacks run one iteration later
            assertTrue(other.isCancelled(), "cancelling the asyncio future cancels the CompletableFuture");
            assertTrue(dependent.isCancelled());
        });
    }

    @Test void wrapJdkFutureBothWays() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Asyncio.run(() -> {
                java.util.concurrent.Future<String> ok = pool.submit(() -> "pooled");
                assertEquals("pooled", wrapFuture(ok).await());

                IOException boom = new IOException("boom");
                java.util.concurrent.Future<String> bad = pool.submit(() -> { throw boom; });
                assertSame(boom, assertThrows(IOException.class, () -> wrapFuture(bad).await()));

                FutureTask<String> never = new FutureTask<>(() -> "never");
                Future<String> fn = wrapFuture(never);
                toThread(() -> never.cancel(false));
                assertThrows(CancelledError.class, fn::await);

                FutureTask<String> pending = new FutureTask<>(() -> "pending");
                Future<String> fp = wrapFuture(pending);
                assertTrue(fp.cancel());
                sleep(0);
                assertTrue(pending.isCancelled(), "cancelling the asyncio future cancels the JDK future");
            });
        } finally {
            pool.shutdown();
        }
    }

    @Test void wrapFutureOutsideALoop() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> wrapFuture(new CompletableFuture<>()));
        assertEquals("There is no current event loop in thread '" + Thread.currentThread().getName() + "'.", e.getMessage());
        assertThrows(IllegalStateException.class, () -> wrapFuture(new FutureTask<>(() -> 1)));
    }

    @Test void wrapFutureOnAnExplicitLoop() throws Exception {
        EventLoop loop = newEventLoop();
        try {
            CompletableFuture<Integer> cf = new CompletableFuture<>();
            Future<Integer> f = wrapFuture(cf, loop);
            assertSame(loop, f.getLoop());
            cf.complete(7);
            assertEquals(7, loop.runUntilComplete(f));
        } finally {
            loop.close();
        }
    }

    @Test void toCompletableFutureBothWays() {
        Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            Future<String> f = loop.createFuture();
            CompletableFuture<String> cf = f.toCompletableFuture();
            loop.callSoon(() -> f.setResult("v"));
            assertEquals("v", toThread(() -> cf.get()));

            Future<String> g = loop.createFuture();
            CompletableFuture<String> cg = g.toCompletableFuture();
            assertTrue(toThread(() -> cg.cancel(false)));
            sleep(0);
            assertTrue(g.isCancelled(), "cancelling the CompletableFuture cancels the future");

            Future<String> h = loop.createFuture();
            CompletableFuture<String> ch = h.toCompletableFuture();
            h.cancel();
            Throwable e = toThread(() -> {
                try { ch.get(); return null; } catch (CancellationException x) { return x; }
            });
            assertInstanceOf(CancellationException.class, e);
            // ...and a CancellationException escaping a worker becomes CancelledError
            assertThrows(CancelledError.class, () -> toThread(() -> ch.get()));
        });
    }

    // ---- debug mode ----

    @Test void debugModeRefusesCallSoonFromAForeignThread() {
        Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            Throwable e = toThread(() -> {
                try {
                    loop.callSoon(() -> { });
                    return null;
                } catch (IllegalStateException x) {
                    return x;
                }
            });
            assertInstanceOf(IllegalStateException.class, e);
            assertEquals("Non-thread-safe operation invoked on an event loop other than the current one", e.getMessage());
            Future<String> ok = loop.createFuture();
            toThread(() -> loop.callSoonThreadsafe(() -> ok.setResult("threadsafe is fine")));
            assertEquals("threadsafe is fine", ok.await());
        }, true);
    }
}
