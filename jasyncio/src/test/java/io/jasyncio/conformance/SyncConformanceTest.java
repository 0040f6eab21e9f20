package io.jasyncio.conformance;

import io.jasyncio.Asyncio;
import io.jasyncio.Barrier;
import io.jasyncio.CancelledError;
import io.jasyncio.Condition;
import io.jasyncio.Lock;
import io.jasyncio.Queue;
import io.jasyncio.QueueFullException;
import io.jasyncio.QueueShutDownException;
import io.jasyncio.Semaphore;
import io.jasyncio.Task;
import io.jasyncio.VoidCoroutine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static io.jasyncio.Asyncio.*;
import static io.jasyncio.conformance.Trace.print;

/** Ports of conformance program 11 and of the sync area's own programs s01–s06. */
@Timeout(10)
class SyncConformanceTest {

    @Test void lockQueue11() {
        Trace.check("11_lock_queue", () -> Asyncio.run(() -> {
            Lock lock = new Lock();
            lock.acquire();
            List<Integer> order = new ArrayList<>();
            List<Task<Void>> ts = new ArrayList<>();
            for (int i : new int[] {3, 1, 2}) ts.add(createTask(() -> lock.with(() -> { order.add(i); })));
            sleep(0);
            lock.release();
            gather(ts, false).await();
            print("lock order", order, "locked", lock.locked());
            Queue<Integer> q = new Queue<>(1);
            VoidCoroutine prod = () -> {
                for (int i = 0; i < 3; i++) {
                    q.put(i);
                    print("put", i, "size", q.qsize());
                }
            };
            VoidCoroutine cons = () -> {
                for (int k = 0; k < 3; k++) {
                    int i = q.get();
                    print("get", i);
                    q.taskDone();
                }
            };
            gather(prod, cons).await();
            q.join();
            print("joined, empty:", q.empty());
        }));
    }

    @Test void lockNoHandoffS01() {
        Trace.check("s01_lock_no_handoff", () -> Asyncio.run(() -> {
            Lock lock = new Lock();
            List<String> order = new ArrayList<>();
            lock.acquire();
            java.util.function.Function<String, VoidCoroutine> waiter = name -> () -> {
                lock.acquire();
                order.add(name);
                print(name, "acquired, locked:", lock.locked());
                sleep(0);
                lock.release();
            };
            Task<Void> a = createTask(waiter.apply("a"));
            Task<Void> b = createTask(waiter.apply("b"));
            sleep(0);
            print("waiting:", lock);
            lock.release();
            print("after release:", lock.locked(), lock);
            Task<Void> c = createTask(waiter.apply("c"));
            lock.acquire();
            order.add("main");
            print("main re-acquired, locked:", lock.locked());
            lock.release();
            gather(a, b, c).await();
            print("order", order, lock);
        }));
    }

    @Test void conditionWakeAfterReleaseS02() {
        Trace.check("s02_condition_wake_after_release", () -> Asyncio.run(() -> {
            Condition cond = new Condition();
            List<Task<Void>> ts = new ArrayList<>();
            for (String n : new String[] {"w1", "w2", "w3"}) {
                ts.add(createTask(() -> cond.with(() -> {
                    print(n, "waits");
                    cond.await();
                    print(n, "woke, locked:", cond.locked());
                })));
            }
            sleep(0);
            print(cond);
            cond.with(() -> {
                cond.signal(2);
                print("notified 2, still holding:", cond);
                for (int i = 0; i < 3; i++) sleep(0);
                print("after 3 yields:", cond);
            });
            print("released");
            sleep(0);
            print("one iteration later:", cond);
            for (int i = 0; i < 3; i++) sleep(0);
            cond.with(cond::signalAll);
            gather(ts, false).await();
            print("done", cond);
        }));
    }

    @Test void barrierLastArrivalFirstS03() {
        Trace.check("s03_barrier_last_first", () -> Asyncio.run(() -> {
            Barrier b = new Barrier(3);
            List<Task<Integer>> ts = new ArrayList<>();
            for (String name : new String[] {"p0", "p1", "p2"}) {
                ts.add(createTask(() -> {
                    print(name, "arrives", b);
                    int i = b.await();
                    print(name, "passes index", i, b);
                    return i;
                }));
            }
            print(gather(ts, false).await());
            print("after", b);
            Task<Void> t = createTask(() -> {
                try {
                    b.await();
                } catch (BrokenBarrierException e) {
                    print("late: broken:", e.getMessage());
                }
            });
            sleep(0);
            print("one waiting", b);
            b.abort();
            t.await();
            print("aborted", b, b.isBroken());
            try {
                b.await();
            } catch (BrokenBarrierException e) {
                print("wait on broken:", e.getMessage());
            }
            b.reset();
            print("reset", b);
        }));
    }

    @Test void queueFullAfterPutWakeS04() {
        Trace.check("s04_queue_full_after_put_wake", () -> Asyncio.run(() -> {
            Queue<String> q = new Queue<>(1);
            Task<Void> g = createTask(() -> {
                String item = q.get();
                print("getter got", item, q);
            });
            sleep(0);
            print("getter waiting:", q);
            q.putNowait("a");
            print("after put:", q, "full:", q.full());
            try {
                q.putNowait("b");
            } catch (QueueFullException e) {
                print("second put_nowait: QueueFull");
            }
            g.await();
            print("after getter ran:", q, "full:", q.full());
            q.putNowait("x");
            Task<Void> p = createTask(() -> {
                q.put("p");
                print("putter put", q);
            });
            sleep(0);
            print("putter waiting:", q);
            print("got", q.getNowait(), q);
            q.putNowait("intruder");
            print("intruder took the slot:", q);
            sleep(0);
            print("putter waits again:", q, p.isDone());
            print("got", q.getNowait());
            p.await();
            print("end", q);
        }));
    }

    @Test void semaphoreCancelledWaiterS05() {
        Trace.check("s05_semaphore_cancelled_waiter", () -> Asyncio.run(() -> {
            Semaphore sem = new Semaphore(1);
            sem.acquire();
            List<String> order = new ArrayList<>();
            java.util.function.Function<String, VoidCoroutine> worker = name -> () -> {
                try {
                    sem.with(() -> {
                        order.add(name);
                        print(name, "in", sem);
                        sleep(0);
                    });
                } catch (CancelledError e) {
                    print(name, "cancelled", sem);
                    throw e;
                }
            };
            Map<String, Task<Void>> ts = new LinkedHashMap<>();
            for (String n : new String[] {"a", "b", "c"}) ts.put(n, createTask(worker.apply(n)));
            sleep(0);
            print("queued", sem);
            sem.release();
            print("released", sem);
            ts.get("a").cancel();
            ts.get("b").cancel();
            Task<Void> d = createTask(worker.apply("d"));
            List<Object> all = new ArrayList<>(ts.values());
            all.add(d);
            List<Object> res = gather(all, true).await();
            List<String> names = new ArrayList<>();
            for (Object r : res) names.add(r == null ? "NoneType" : r.getClass().getSimpleName());
            print(names);
            print("order", order, sem);
        }));
    }

    @Test void queueShutdownS06() {
        Trace.check("s06_queue_shutdown", () -> Asyncio.run(() -> {
            Queue<Integer> q = new Queue<>();
            Task<Void> g = createTask(() -> {
                try {
                    while (true) print("g", "got", q.get());
                } catch (QueueShutDownException e) {
                    print("g", "shut down");
                }
            });
            sleep(0);
            q.putNowait(1);
            q.putNowait(2);
            q.shutdown();
            print("shutdown:", q);
            try {
                q.putNowait(3);
            } catch (QueueShutDownException e) {
                print("put_nowait: QueueShutDown");
            }
            g.await();
            print("drained:", q);
            Queue<String> q2 = new Queue<>(1);
            q2.putNowait("x");
            Task<Void> p = createTask(() -> {
                try {
                    q2.put("y");
                } catch (QueueShutDownException e) {
                    print("putter shut down");
                }
            });
            Task<Void> j = createTask(() -> {
                q2.join();
                print("join returned", q2);
            });
            sleep(0);
            print("before:", q2);
            q2.shutdown(true);
            print("immediate:", q2);
            gather(p, j).await();
            try {
                q2.getNowait();
            } catch (QueueShutDownException e) {
                print("get_nowait: QueueShutDown");
            }
        }));
    }
}
