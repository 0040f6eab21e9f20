package io.jasyncio.conformance;

import io.jasyncio.Asyncio;
import io.jasyncio.CancelledError;
import io.jasyncio.Coroutine;
import io.jasyncio.EventLoop;
import io.jasyncio.ExceptionGroup;
import io.jasyncio.Future;
import io.jasyncio.ReturnWhen;
import io.jasyncio.Task;
import io.jasyncio.TaskGroup;
import io.jasyncio.Timeout;
import io.jasyncio.VoidCoroutine;
import io.jasyncio.WaitResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static io.jasyncio.Asyncio.*;
import static io.jasyncio.conformance.Trace.print;

/** Ports of conformance programs 06–10 and w01–w10: gather, wait, wait_for, timeouts, TaskGroup, shield, as_completed. */
@org.junit.jupiter.api.Timeout(20)
class WaitingConformanceTest {

    /**
     * Some traces hang on timers 1 ms apart (09_taskgroup): a cold JVM's first task steps (class
     * loading, first parks) can take that long, so run the same machinery once before them.
     */
    @BeforeAll static void warmUp() {
        for (int round = 0; round < 3; round++) {
            Asyncio.run(() -> taskGroup(tg -> {
                for (int i = 0; i < 5; i++) tg.createTask(() -> sleep(0.001));
                return gather(createTask(() -> sleep(0)), createTask(() -> sleep(0))).await();
            }));
        }
    }

    static Coroutine<Integer> child06(int n) {
        return () -> {
            try {
                sleep(n);
                return n;
            } catch (CancelledError e) {
                print("child", n, "cancelled");
                throw e;
            }
        };
    }

    @Test void gatherCancel06() {
        Trace.check("06_gather_cancel", () -> Asyncio.run(() -> {
            Future<List<Integer>> g = gather(child06(0), child06(1), child06(2));
            sleep(0.01);
            g.cancel();
            try {
                g.await();
            } catch (CancelledError e) {
                print("gather cancelled");
            }
        }));
    }

    static Coroutine<Double> ok(double d) { return () -> { sleep(d); return d; }; }

    static Coroutine<Double> bad(double d) {
        return () -> { sleep(d); throw new java.util.NoSuchElementException("k"); };
    }

    @Test void waitFirstException07() {
        Trace.check("07_wait_first_exception", () -> Asyncio.run(() -> {
            List<Task<Double>> ts = List.of(createTask(ok(0.05)), createTask(bad(0.01)), createTask(ok(0.005)));
            WaitResult<Task<Double>> r = Asyncio.wait(ts, ReturnWhen.FIRST_EXCEPTION);
            print("done", r.done().size(), "pending", r.pending().size());
            Task<Double> slow = createTask(ok(1));
            r = Asyncio.wait(List.of(slow), 0.01);
            print("timeout: done", r.done().size(), "pending", r.pending().size(), "cancelled", slow.isCancelled());
            slow.cancel();
            for (Task<Double> t : ts) if (!t.isDone()) t.cancel();
        }));
    }

    @Test void waitFor08() {
        Trace.check("08_wait_for", () -> Asyncio.run(() -> {
            try {
                waitFor(() -> {
                    try {
                        sleep(1);
                    } catch (CancelledError e) {
                        print("slow saw cancel");
                        throw e;
                    }
                }, 0.01);
            } catch (TimeoutException e) {
                print("timed out");
            }
            print(waitFor(() -> sleep(0, "in time"), 1));
            try {
                waitFor(() -> { throw new ArithmeticException("zero"); }, 1);
            } catch (ArithmeticException e) {
                print("passed through", e.getMessage());
            }
        }));
    }

    // Timers a few microseconds apart must fall in one loop iteration, as they do in CPython;
    // the portable runtime's slow task switches can pull them apart (tag "timing").
    @Tag("timing")
    @Test void taskGroup09() {
        Trace.check("09_taskgroup", () -> Asyncio.run(() -> {
            List<Task<Integer>> ts = taskGroup(tg -> {
                List<Task<Integer>> list = new ArrayList<>();
                for (int n = 0; n < 5; n++) {
                    int k = n;
                    list.add(tg.createTask(() -> {
                        sleep(0.001 * (5 - k));
                        print("done", k);
                        return k * k;
                    }));
                }
                print("body finished");
                return list;
            });
            print(ts.stream().map(Task::result).toList());
        }));
    }

    @Test void timeoutBlock10() {
        Trace.check("10_timeout_block", () -> Asyncio.run(() -> {
            Timeout[] cm = new Timeout[1];
            try {
                timeout(0.01, c -> {
                    cm[0] = c;
                    sleep(1);
                    print("not reached");
                    return null;
                });
            } catch (TimeoutException e) {
                print("timeout raised; expired:", cm[0].expired());
            }
            Timeout cm2 = timeout(1, c -> { sleep(0); return c; });
            print("finished in time; expired:", cm2.expired());
        }));
    }

    // ---- w01..w10: recorded from our own programs ----

    @Test void waitForInlineHops() {
        Trace.check("w01_wait_for_inline_hops", () -> Asyncio.run(() -> {
            List<String> log = new ArrayList<>();
            Coroutine<String> inner = () -> {
                log.add("inner in " + ((Task<?>) currentTask()).getName());
                sleep(0);
                return "r";
            };
            EventLoop loop = getRunningLoop();
            currentTask().setName("main");
            Task<Void> t = createTask(() -> {
                for (int i = 0; i < 8; i++) {
                    log.add(String.valueOf(i));
                    sleep(0);
                }
            }, "ticker");
            sleep(0);
            log.add("inline " + waitFor(inner, 1));
            log.add("no timeout " + waitFor(inner, (java.time.Duration) null));
            Future<String> f = loop.createFuture();
            loop.callSoon(() -> f.setResult("f"));
            log.add("future " + waitFor(f, 1));
            Task<String> t2 = createTask(inner, "child");
            log.add("task " + waitFor(t2, 1));
            t.await();
            print(String.join(" ", log));
        }));
    }

    @Test void waitForZeroTimeout() {
        Trace.check("w02_wait_for_zero_timeout", () -> Asyncio.run(() -> {
            boolean[] started = {false};
            Coroutine<Integer> func = () -> { started[0] = true; return 1; };
            try {
                waitFor(func, 0);
            } catch (TimeoutException e) {
                print("timeout; started:", started[0], "cause is CancelledError:", e.getCause() instanceof CancelledError);
            }
            Task<Integer> t = createTask(func);
            sleep(0);
            print("done task:", waitFor(t, 0));
            Task<Void> t2 = createTask(() -> {
                try {
                    sleep(1);
                } finally {
                    print("slow cleanup");
                }
            });
            sleep(0);
            try {
                waitFor(t2, -1);
            } catch (TimeoutException e) {
                print("pending task cancelled:", t2.isCancelled());
            }
            Task<String> t3 = createTask(() -> {
                try {
                    sleep(1);
                    return null;
                } catch (CancelledError e) {
                    return "kept";
                }
            });
            sleep(0);
            print("stubborn:", waitFor(t3, 0));
            print("cancelling:", currentTask().cancelling());
        }));
    }

    @Test void timeoutReschedule() {
        Trace.check("w03_timeout_reschedule", () -> Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            Timeout[] cm = new Timeout[1];
            try {
                timeoutAt((Double) null, c -> {
                    cm[0] = c;
                    print(c.toString(), c.when());
                    c.reschedule(loop.time() + 0.01);
                    print("armed:", c.when() != null);
                    sleep(1);
                    return null;
                });
            } catch (TimeoutException e) {
                print("expired:", cm[0].expired(), cm[0].toString());
            }
            try {
                cm[0].reschedule(null);
            } catch (IllegalStateException e) {
                print("RuntimeError:", e.getMessage());
            }
            Timeout c2 = timeout(0.01, c -> {
                c.reschedule(null);
                sleep(0.02);
                return c;
            });
            print("disarmed:", c2.expired(), c2.toString(), c2.when());
            try {
                c2.reschedule(1.0);
            } catch (IllegalStateException e) {
                print("RuntimeError:", e.getMessage());
            }
            try {
                timeout(10, c -> {
                    cm[0] = c;
                    c.reschedule(loop.time() - 1);
                    print("past deadline, expired yet:", c.expired());
                    sleep(0);
                    print("not reached");
                    return null;
                });
            } catch (TimeoutException e) {
                print("fired at the next iteration:", cm[0].expired());
            }
            print("cancelling:", currentTask().cancelling());
        }));
    }

    @Test void nestedTimeouts() {
        Trace.check("w04_nested_timeouts", () -> Asyncio.run(() -> {
            Timeout[] cm = new Timeout[2];
            try {
                timeout(0.05, outer -> {
                    cm[0] = outer;
                    try {
                        timeout(0.01, inner -> { cm[1] = inner; sleep(1); return null; });
                    } catch (TimeoutException e) {
                        print("inner timeout:", cm[1].expired(), "outer expired:", outer.expired());
                    }
                    sleep(1);
                    return null;
                });
            } catch (TimeoutException e) {
                print("outer timeout:", cm[0].expired());
            }
            try {
                timeout(0.01, outer -> {
                    cm[0] = outer;
                    try {
                        timeout(1, inner -> { cm[1] = inner; sleep(1); return null; });
                    } catch (CancelledError e) {
                        print("inner passes CancelledError on; inner expired:", cm[1].expired(), cm[1].toString());
                        throw e;
                    }
                    return null;
                });
            } catch (TimeoutException e) {
                print("outer converts:", cm[0].expired());
            }
            // Both deadlines must be microseconds apart, as in CPython: link the lambdas first.
            Timeout.Body<Object> innerBody = b -> { cm[1] = b; sleep(1); return null; };
            Timeout.Body<Object> outerBody = a -> { cm[0] = a; return timeout(0.01, innerBody); };
            try {
                timeout(0.01, outerBody);
            } catch (TimeoutException e) {
                print("same deadline: inner expired", cm[1].expired(), "outer expired", cm[0].expired());
            }
            print("cancelling:", currentTask().cancelling());
        }));
    }

    /** {@code sleeper(n)}; {@code label} is n as Python prints it. */
    static VoidCoroutine sleeper(String label) {
        double n = Double.parseDouble(label);
        return () -> {
            try {
                sleep(n);
                print("sleeper", label, "done");
            } catch (CancelledError e) {
                print("sleeper", label, "cancelled");
                throw e;
            }
        };
    }

    static Coroutine<Void> fail(double d, String msg) {
        return () -> { sleep(d); throw new IllegalArgumentException(msg); };
    }

    static String messages(ExceptionGroup eg) {
        return eg.exceptions().stream().map(Throwable::getMessage).collect(Collectors.joining(", "));
    }

    // Timers a few microseconds apart must fall in one loop iteration, as they do in CPython;
    // the portable runtime's slow task switches can pull them apart (tag "timing").
    @Tag("timing")
    @Test void taskGroupChildFailure() {
        Trace.check("w05_taskgroup_child_failure", () -> Asyncio.run(() -> {
            try {
                taskGroup(tg -> {
                    tg.createTask(sleeper("1"));
                    tg.createTask(fail(0.01, "bad"));
                    tg.createTask(sleeper("2"));
                    try {
                        sleep(1);
                    } catch (CancelledError e) {
                        print("body cancelled");
                        throw e;
                    }
                    return null;
                });
            } catch (ExceptionGroup eg) {
                print(eg.getMessage(), "|", eg.exceptions().get(0).getMessage());
            }
            print("cancelling:", currentTask().cancelling());
            try {
                taskGroup(tg -> {
                    tg.createTask(fail(0.01, "one"));
                    tg.createTask(fail(0.01, "two"));
                    tg.createTask(sleeper("0.005"));
                    return null;
                });
            } catch (ExceptionGroup eg) {
                print(eg.getMessage(), "|", messages(eg));
            }
            try {
                taskGroup(tg -> {
                    tg.createTask(sleeper("1"));
                    throw new IllegalArgumentException("body failed");
                });
            } catch (ExceptionGroup eg) {
                print(eg.getMessage(), "|", eg.exceptions().get(0).getMessage());
            }
        }));
    }

    static VoidCoroutine child(boolean fail) {
        return () -> {
            try {
                sleep(1);
            } catch (CancelledError e) {
                if (fail) throw new IllegalArgumentException("child failed on cancel");
                throw e;
            }
        };
    }

    static Coroutine<Void> runner(boolean fail) {
        return () -> taskGroup(tg -> {
            tg.createTask(child(fail));
            sleep(1);
            return null;
        });
    }

    @Test void taskGroupCancelPriority() {
        Trace.check("w06_taskgroup_cancel_priority", () -> Asyncio.run(() -> {
            Task<Void> t = createTask(runner(false));
            sleep(0.01);
            t.cancel();
            try {
                t.await();
            } catch (CancelledError e) {
                print("no child error: CancelledError; task cancelled:", t.isCancelled());
            }
            Task<Void> t2 = createTask(runner(true));
            sleep(0.01);
            t2.cancel();
            try {
                t2.await();
            } catch (ExceptionGroup eg) {
                print("child error wins:", eg.getMessage(), "|", eg.exceptions().get(0).getMessage(),
                        "| task cancelled:", t2.isCancelled());
            }
            TaskGroup done = taskGroup(tg -> tg);
            try {
                done.createTask(child(false));
            } catch (IllegalStateException e) {
                print(e.getMessage());
            }
            try {
                taskGroup(tg -> {
                    tg.createTask(() -> { throw new IllegalArgumentException("crash"); });
                    tg.createTask(child(false));
                    try {
                        sleep(1);
                    } catch (CancelledError e) {
                        try {
                            tg.createTask(child(false));
                        } catch (IllegalStateException ise) {
                            print(ise.getMessage());
                        }
                        throw e;
                    }
                    return null;
                });
            } catch (ExceptionGroup eg) {
                print(eg.getMessage());
            }
        }));
    }

    static Coroutine<String> inner(String tag) {
        return () -> {
            try {
                sleep(0.02);
                print(tag, "finished");
                return tag + " result";
            } catch (CancelledError e) {
                print(tag, "cancelled");
                throw e;
            }
        };
    }

    @Test void shieldProgram() {
        Trace.check("w07_shield", () -> Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            Task<String> t = createTask(inner("a"));
            Future<String> outer = shield(t);
            print("outer is the task:", outer == t);
            sleep(0);
            print("cancel outer:", outer.cancel());
            try {
                outer.await();
            } catch (CancelledError e) {
                print("outer cancelled:", outer.isCancelled(), "inner cancelled:", t.isCancelled());
            }
            print(t.await());
            print("shield of a done task is the task:", shield(t) == t);

            Task<String> t2 = createTask(inner("b"));
            Task<String> w = createTask(() -> shield(t2).await());
            sleep(0);
            w.cancel();
            try {
                w.await();
            } catch (CancelledError e) {
                print("waiter cancelled; inner done:", t2.isDone());
            }
            print(t2.await());

            Task<String> t3 = createTask(inner("c"));
            Future<String> s = shield(t3);
            sleep(0);
            t3.cancel();
            try {
                s.await();
            } catch (CancelledError e) {
                print("inner cancelled -> outer cancelled:", s.isCancelled());
            }

            List<String> log = new ArrayList<>();
            Future<Integer> f = loop.createFuture();
            Future<Integer> s2 = shield(f);
            createTask(() -> { s2.await(); log.add("shield waiter"); });
            createTask(() -> { f.await(); log.add("direct waiter"); });
            sleep(0);
            f.setResult(1);
            for (int i = 0; i < 4; i++) {
                log.add(String.valueOf(i));
                sleep(0);
            }
            print(String.join(" ", log));
        }));
    }

    static Coroutine<String> d(double n, String v) { return () -> { sleep(n); return v; }; }

    @Test void asCompletedOrder() {
        Trace.check("w08_as_completed_order", () -> Asyncio.run(() -> {
            Coroutine<String> c = d(0.02, "b");
            int n = 0;
            for (Future<String> f : asCompleted(d(0.03, "c"), d(0.01, "a"), c, c)) {
                print(f.await());
                n++;
            }
            print("items:", n);
            List<Task<String>> fs = List.of(createTask(d(0.01, "x")),
                    createTask(() -> { sleep(0.005); throw new IllegalArgumentException("boom"); }),
                    createTask(d(1, "y")));
            for (Future<String> f : Asyncio.<String>asCompleted(fs, 0.05)) {
                try {
                    print(f.await());
                } catch (Exception e) {
                    if (e instanceof IllegalArgumentException) print("error:", e.getMessage());
                    else if (e instanceof TimeoutException) print("timeout; slow task cancelled:", fs.get(2).isCancelled());
                    else throw e;
                }
            }
            fs.get(2).cancel();
        }));
    }

    static Coroutine<Object> okv(Object v, double d) { return () -> { sleep(d); return v; }; }

    static Coroutine<Object> badv(String msg, double d) {
        return () -> { sleep(d); throw new IllegalArgumentException(msg); };
    }

    @Test void gatherExceptions() {
        Trace.check("w09_gather_exceptions", () -> Asyncio.run(() -> {
            Task<Object> victim = createTask(okv(4, 1));
            Future<List<Object>> g = gather(List.of(okv(1, 0), badv("v", 0), okv(3, 0), victim), true);
            sleep(0);
            victim.cancel();
            List<Object> r = g.await();
            print(r.get(0), "error:", ((Throwable) r.get(1)).getMessage(), r.get(2), "cancelled child:",
                    r.get(3) instanceof CancelledError, "('" + ((Throwable) r.get(3)).getMessage() + "',)");
            Task<Object> slow = createTask(okv("slow", 0.1));
            try {
                gather(List.of(badv("first", 0.001), slow), false).await();
            } catch (IllegalArgumentException e) {
                print("raised:", e.getMessage(), "slow still running:", !slow.isDone());
            }
            print("slow:", slow.await());
            Future<List<Object>> g2 = gather(okv(1, 1), okv(2, 1));
            sleep(0);
            print("cancel:", g2.cancel("stop"));
            try {
                g2.await();
            } catch (CancelledError e) {
                print("CancelledError", "('" + e.getMessage() + "',)", "cancelled():", g2.isCancelled(), "done():", g2.isDone());
            }
            Task<Object> t1 = createTask(okv(1, 1));
            Future<List<Object>> g3 = gather(List.of(t1, okv(2, 0)), false);
            sleep(0);
            t1.cancel();
            try {
                g3.await();
            } catch (CancelledError e) {
                print("child cancelled alone -> CancelledError", e.getMessage() == null ? "()" : e.getMessage(),
                        "cancelled():", g3.isCancelled());
            }
            print(gather().await());
        }));
    }

    @Test void waitHops() {
        Trace.check("w10_wait_hops", () -> Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            Future<Integer> f1 = loop.createFuture();
            Future<Integer> f2 = loop.createFuture();
            List<String> log = new ArrayList<>();
            createTask(() -> {
                WaitResult<Future<Integer>> r = Asyncio.wait(List.of(f1, f2), ReturnWhen.FIRST_COMPLETED);
                log.add("wait returned done=f1:" + Trace.str(r.done().equals(Set.of(f1)))
                        + " pending=f2:" + Trace.str(r.pending().equals(Set.of(f2))));
            });
            createTask(() -> { f1.await(); log.add("direct"); });
            sleep(0);
            f1.setResult(1);
            for (int i = 0; i < 4; i++) {
                log.add(String.valueOf(i));
                sleep(0);
            }
            print(String.join(" ", log));
            print("f2 untouched:", !f2.isDone());
            f2.setResult(2);
            WaitResult<Future<Integer>> r = Asyncio.wait(List.of(f1, f2));
            print("all:", r.done().size(), r.pending().size());
            try {
                Asyncio.wait(List.<Future<Integer>>of());
            } catch (IllegalArgumentException e) {
                print("ValueError:", e.getMessage());
            }
            try {
                Asyncio.wait(List.of(f1), (ReturnWhen) null);
            } catch (IllegalArgumentException e) {
                print("ValueError:", e.getMessage());
            }
        }));
    }
}
