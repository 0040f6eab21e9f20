package io.jasyncio.conformance;

import io.jasyncio.Asyncio;
import io.jasyncio.CancelledError;
import io.jasyncio.EventLoop;
import io.jasyncio.Future;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static io.jasyncio.Asyncio.*;
import static io.jasyncio.conformance.Trace.print;

/** Ports of conformance 13 and of the thread programs thr01–thr02 (recorded with CPython 3.12). */
@Timeout(10)
class ThreadsConformanceTest {

    @Test void threadsafe13() {
        Trace.check("13_threadsafe", () -> Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            Future<String> got = loop.createFuture();
            List<Object> seen = Collections.synchronizedList(new ArrayList<>());
            Thread th = new Thread(() -> {
                loop.callSoonThreadsafe(() -> got.setResult("from thread"));
                CompletableFuture<String> cf = runCoroutineThreadsafe(() -> "coroutine result", loop);
                try {
                    seen.add(cf.get(2, TimeUnit.SECONDS));
                } catch (Exception e) {
                    seen.add(e);
                }
            });
            th.start();
            print(got.await());
            print("to_thread", toThread(() -> {
                Thread.sleep(10);
                return 21 * 2;
            }));
            toThread(() -> th.join());
            print("thread got", new ArrayList<>(seen));
        }));
    }

    @Test void threadsafeFifo() {
        Trace.check("thr01_threadsafe_fifo", () -> Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            Future<Void> done = loop.createFuture();
            loop.callSoon(() -> {
                CountDownLatch queued = new CountDownLatch(1);
                new Thread(() -> {
                    loop.callSoonThreadsafe(() -> print("foreign 1"));
                    loop.callSoonThreadsafe(() -> print("foreign 2"));
                    queued.countDown();
                }).start();
                try { queued.await(); } catch (InterruptedException e) { throw new AssertionError(e); }
                loop.callSoon(() -> print("loop x"));
                loop.callSoonThreadsafe(() -> print("loop y"));
                loop.callSoon(() -> print("loop z"));
                loop.callSoon(() -> done.setResult(null));
            });
            done.await();
            print("done");
        }));
    }

    @Test void runCoroutineThreadsafeCancel() {
        Trace.check("thr02_run_coroutine_threadsafe_cancel", () -> Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            Future<Void> started = loop.createFuture();
            Future<String> ended = loop.createFuture();
            io.jasyncio.VoidCoroutine worker = () -> {
                started.setResult(null);
                try {
                    sleep(3600);
                } catch (CancelledError e) {
                    print("worker cancelled");
                    ended.setResult("cancelled");
                    throw e;
                }
            };
            CompletableFuture<Void> cf = toThread(() -> runCoroutineThreadsafe(worker, loop));
            started.await();
            print("cancel returns", toThread(() -> cf.cancel(true)));
            print("worker ended", ended.await());
            print("cf cancelled", cf.isCancelled());

            CompletableFuture<Object> cf2 = toThread(() -> runCoroutineThreadsafe(() -> {
                throw new NoSuchElementException("no such key");
            }, loop));
            print("failing ->", toThread(() -> {
                try {
                    cf2.get(5, TimeUnit.SECONDS);
                    return "no error";
                } catch (ExecutionException e) {
                    return "failed: " + e.getCause().getMessage();
                }
            }));
        }));
    }
}
