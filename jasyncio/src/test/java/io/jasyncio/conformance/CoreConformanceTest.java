package io.jasyncio.conformance;

import io.jasyncio.Asyncio;
import io.jasyncio.CancelledError;
import io.jasyncio.EventLoop;
import io.jasyncio.Future;
import io.jasyncio.Task;
import io.jasyncio.TimerHandle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static io.jasyncio.Asyncio.*;
import static io.jasyncio.conformance.Trace.print;

/** Ports of conformance programs 01–05: tasks, loop iterations, timers, callbacks, cancellation. */
@Timeout(10)
class CoreConformanceTest {

    static String count(String tag, int n) {
        for (int i = 0; i < n; i++) print(tag, i);
        return tag;
    }

    @Test void createTaskOrder01() {
        Trace.check("01_create_task_order", () -> Asyncio.run(() -> {
            Task<String> t = createTask(() -> count("task", 2));
            print("created");
            String r = count("coro", 2);
            print("coro returned", r, "task done?", t.isDone());
            sleep(0);
            print("after sleep(0) task done?", t.isDone(), t.result());
        }));
    }

    @Test void callSoonIterations02() {
        Trace.check("02_call_soon_iterations", () -> Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            class Cb {
                void cb(int n) {
                    print("cb", n);
                    if (n < 3) loop.callSoon(() -> cb(n + 1));
                }
            }
            Cb c = new Cb();
            loop.callSoon(() -> c.cb(1));
            java.util.function.Function<String, io.jasyncio.VoidCoroutine> t = name -> () -> {
                for (int i = 0; i < 3; i++) {
                    print(name, i);
                    sleep(0);
                }
            };
            gather(t.apply("A"), t.apply("B")).await();
        }));
    }

    @Test void timers03() {
        Trace.check("03_timers", () -> Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            double base = loop.time();
            Object[][] plan = {{"c", 0.03}, {"a", 0.01}, {"b1", 0.02}, {"b2", 0.02}};
            for (Object[] p : plan) loop.callAt(base + (double) p[1], () -> print("fire", p[0]));
            TimerHandle h = loop.callLater(0.015, () -> print("never"));
            print("when is absolute:", h.when() > base);
            h.cancel();
            sleep(0.05);
        }));
    }

    @Test void futureCallbacks04() {
        Trace.check("04_future_callbacks", () -> Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            Future<String> f = loop.createFuture();
            f.addDoneCallback(fut -> print("cb1", fut.result()));
            f.addDoneCallback(fut -> print("cb2"));
            f.setResult("v");
            print("set_result returned");
            sleep(0);
            f.addDoneCallback(fut -> print("late cb"));
            print("late added");
            sleep(0);
            print("cancel done future:", f.cancel());
        }));
    }

    @Test void cancelSemantics05() {
        Trace.check("05_cancel_semantics", () -> Asyncio.run(() -> {
            Task<Void> t = createTask(() -> {
                try {
                    print("worker waits");
                    sleep(1);
                } finally {
                    print("worker cleanup");
                }
            });
            sleep(0);
            print("cancel returned", t.cancel("enough"));
            print("cancelled yet?", t.isCancelled());
            try {
                t.await();
            } catch (CancelledError e) {
                print("main saw CancelledError", "('" + e.getMessage() + "',)");
            }
            print("cancelled now?", t.isCancelled(), "cancel again:", t.cancel());
        }));
    }
}
