package io.jasyncio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static io.jasyncio.Asyncio.*;
import static org.junit.jupiter.api.Assertions.*;

/** asyncio's Task rules (after CPython's test_tasks). */
@Timeout(10)
class TaskTest {

    @Test void namesComeFromOneCounter() {
        Asyncio.run(() -> {
            Task<?> a = createTask(() -> null);
            Task<?> b = createTask(() -> null);
            long na = Long.parseLong(a.getName().substring(5));
            assertEquals("Task-" + (na + 1), b.getName());
            Task<?> c = createTask(() -> null, "custom");
            assertEquals("custom", c.getName());
            c.setName("renamed");
            assertEquals("renamed", c.getName());
            Task<?> d = createTask(() -> null, null, null);
            assertTrue(d.getName().startsWith("Task-"));
        });
    }

    @Test void aTaskCancelledBeforeItStartsNeverRunsItsBody() {
        AtomicBoolean ran = new AtomicBoolean();
        Asyncio.run(() -> {
            Task<Void> t = createTask(() -> ran.set(true));
            assertTrue(t.cancel());
            assertEquals(1, t.cancelling());
            assertThrows(CancelledError.class, t::await);
            assertTrue(t.isCancelled());
        });
        assertFalse(ran.get());
    }

    @Test void aTaskMayCatchCancellationAndGoOn() {
        Asyncio.run(() -> {
            Task<String> t = createTask(() -> {
                try {
                    sleep(10);
                    return "slept";
                } catch (CancelledError e) {
                    return "caught " + e.getMessage();
                }
            });
            sleep(0);
            t.cancel("why");
            assertEquals("caught why", t.await());
            assertFalse(t.isCancelled());
            assertEquals(1, t.cancelling());
            assertEquals(0, t.uncancel());
            assertEquals(0, t.uncancel());
        });
    }

    @Test void cancellingATaskCancelsTheTaskItAwaits() {
        List<String> trace = new ArrayList<>();
        Asyncio.run(() -> {
            Task<Void> inner = createTask(() -> {
                try { sleep(10); } catch (CancelledError e) { trace.add("inner cancelled"); throw e; }
            });
            Task<Void> outer = createTask(() -> {
                try { inner.await(); } catch (CancelledError e) { trace.add("outer cancelled"); throw e; }
            });
            sleep(0);
            outer.cancel();
            assertThrows(CancelledError.class, outer::await);
            assertTrue(inner.isCancelled());
        });
        assertEquals(List.of("inner cancelled", "outer cancelled"), trace);
    }

    @Test void secondCancelWithoutMessageErasesTheFirstUnlessParkedOnAFuture() {
        Asyncio.run(() -> {
            // Not started yet: the message is erased.
            Task<Void> t1 = createTask(() -> sleep(10));
            t1.cancel("first");
            t1.cancel();
            assertNull(assertThrows(CancelledError.class, t1::await).getMessage());
            // Parked on a future: the future already carries the first message.
            Task<Void> t2 = createTask(() -> sleep(10));
            sleep(0);
            t2.cancel("first");
            t2.cancel();
            assertEquals(2, t2.cancelling());
            assertEquals("first", assertThrows(CancelledError.class, t2::await).getMessage());
        });
    }

    @Test void cancelAfterDoneReturnsFalse() {
        Asyncio.run(() -> {
            Task<Integer> t = createTask(() -> 1);
            assertEquals(1, t.await());
            assertFalse(t.cancel());
            assertEquals(0, t.cancelling());
        });
    }

    @Test void theAwaiterSeesTheSameExceptionObjectCheckedOrNot() {
        java.io.IOException io = new java.io.IOException("io");
        Asyncio.run(() -> {
            Task<Void> t = createTask(() -> { throw io; });
            try {
                t.await();
                fail();
            } catch (Exception e) {
                assertSame(io, e);
            }
            assertSame(io, t.exception());
        });
    }

    @Test void currentTaskAndAllTasks() {
        Asyncio.run(() -> {
            Task<?> me = currentTask();
            assertNotNull(me);
            Task<Task<?>> t = createTask(() -> currentTask());
            assertTrue(allTasks().contains(t));
            assertTrue(allTasks().contains(me));
            assertSame(t, t.await());
            assertFalse(allTasks().contains(t));
            AtomicReference<Object> inCallback = new AtomicReference<>("unset");
            Future<Void> done = getRunningLoop().createFuture();
            getRunningLoop().callSoon(() -> { inCallback.set(currentTask()); done.setResult(null); });
            done.await();
            assertNull(inCallback.get());
            assertSame(me, currentTask(getRunningLoop()));
        });
        assertEquals("no running event loop", assertThrows(IllegalStateException.class, Asyncio::currentTask).getMessage());
        assertEquals("no running event loop", assertThrows(IllegalStateException.class, Asyncio::getRunningLoop).getMessage());
    }

    @Test void aTaskCannotAwaitItself() {
        Asyncio.run(() -> {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> currentTask().await());
            assertTrue(e.getMessage().startsWith("Task cannot await on itself: <Task pending name="), e.getMessage());
        });
    }

    @Test void reprReadsLikeAsyncio() {
        Asyncio.run(() -> {
            Coroutine<Integer> coro = new Coroutine<>() {
                @Override public Integer call() throws Exception { sleep(10); return 1; }
                @Override public String toString() { return "work()"; }
            };
            Task<Integer> t = createTask(coro, "w");
            assertEquals("<Task pending name='w' coro=<work()>>", t.toString());
            sleep(0);
            assertTrue(t.toString().startsWith("<Task pending name='w' coro=<work()> wait_for=<Future pending cb=[Task.task_wakeup()]>"), t.toString());
            t.cancel();
            assertTrue(t.toString().startsWith("<Task cancelling name='w'"), t.toString());
            assertThrows(CancelledError.class, t::await);
            assertEquals("<Task cancelled name='w' coro=<work()>>", t.toString());
            Task<Integer> u = createTask(() -> 4, "u");
            u.await();
            assertTrue(u.toString().endsWith(" result=4>"), u.toString());
        });
    }

    @Test void stackOfASuspendedTask() {
        Asyncio.run(() -> {
            Task<Void> t = createTask(() -> sleep(10));
            sleep(0);
            List<StackTraceElement> st = t.getStack();
            assertFalse(st.isEmpty());
            assertTrue(st.stream().anyMatch(e -> e.getMethodName().equals("sleep")), st.toString());
            java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
            t.printStack(new java.io.PrintStream(buf, true));
            assertTrue(buf.toString().startsWith("Stack for <Task pending"), buf.toString());
            t.cancel();
        });
    }

    @Test void tasksDoNotSupportSetResult() {
        Asyncio.run(() -> {
            Task<Integer> t = createTask(() -> 1);
            assertEquals("Task does not support set_result operation",
                    assertThrows(IllegalStateException.class, () -> t.setResult(2)).getMessage());
            assertEquals("Task does not support set_exception operation",
                    assertThrows(IllegalStateException.class, () -> t.setException(new RuntimeException())).getMessage());
            t.await();
        });
    }

    @Test void anUnretrievedExceptionIsReportedWhenTheLoopCloses() {
        List<Map<String, Object>> reported = new ArrayList<>();
        RuntimeException boom = new RuntimeException("boom");
        try (Runner r = new Runner()) {
            r.getLoop().setExceptionHandler((l, ctx) -> reported.add(ctx));
            r.run(() -> {
                createTask(() -> { throw boom; });
                Task<Void> retrieved = createTask(() -> { throw new RuntimeException("seen"); });
                sleep(0);
                sleep(0);
                assertNotNull(retrieved.exception());
            });
        }
        assertEquals(1, reported.size(), reported.toString());
        assertEquals("Task exception was never retrieved", reported.get(0).get("message"));
        assertSame(boom, reported.get(0).get("exception"));
    }

    @Test void awaitingAFutureOfAnotherLoopIsRefused() {
        try (EventLoop other = Asyncio.newEventLoop()) {
            Future<Integer> foreign = other.createFuture();
            Asyncio.run(() -> {
                IllegalStateException e = assertThrows(IllegalStateException.class, foreign::await);
                assertTrue(e.getMessage().contains("attached to a different loop"), e.getMessage());
            });
        }
    }

    @Tag("loom")
    @Test void aBlockingJdkCallParksTheTaskNotTheLoop() {
        SynchronousQueue<String> q = new SynchronousQueue<>();
        String got = Asyncio.run(() -> {
            Task<String> taker = createTask(() -> q.take());
            sleep(0);   // taker is now blocked inside the JDK
            sleep(0.01);  // the loop still runs timers
            Task<Void> giver = createTask(() -> q.put("handed over"));
            String r = taker.await();
            giver.await();
            return r;
        });
        assertEquals("handed over", got);
    }

    @Tag("loom")
    @Test void cancellingATaskBlockedInAJdkCallInterruptsIt() {
        Asyncio.run(() -> {
            SynchronousQueue<String> q = new SynchronousQueue<>();
            Task<String> taker = createTask(() -> q.take());
            sleep(0);
            assertTrue(taker.cancel());
            assertThrows(CancelledError.class, taker::await);
            assertTrue(taker.isCancelled());
        });
    }

    @Tag("loom")
    @Test void anInterruptThatDeliveredACancelIsNotDeliveredTwice() {
        String r = Asyncio.run(() -> {
            SynchronousQueue<String> q = new SynchronousQueue<>();
            Task<String> t = createTask(() -> {
                try {
                    q.take();
                    return "took";
                } catch (InterruptedException e) {
                    sleep(0);          // the cancel was delivered as the interrupt: no second one
                    sleep(0.001);
                    return "went on";
                }
            });
            sleep(0);
            t.cancel();
            return t.await();
        });
        assertEquals("went on", r);
    }

    @Test void runInsideARunningLoopIsRefused() {
        Asyncio.run(() -> {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Asyncio.run(() -> 1));
            assertEquals("asyncio.run() cannot be called from a running event loop", e.getMessage());
        });
    }

    @Test void runFromAVirtualThreadUsesAPlatformLoopThread() throws Exception {
        AtomicReference<Object> out = new AtomicReference<>();
        Thread.ofVirtual().start(() -> out.set(Asyncio.run(() -> { sleep(0.001); return "ok"; }))).join();
        assertEquals("ok", out.get());
    }

    @Test void runCancelsLeftoverTasksAndRunsTheirCleanup() {
        List<String> trace = new ArrayList<>();
        Asyncio.run(() -> {
            createTask(() -> {
                try { sleep(10); } finally { trace.add("cleanup"); }
            });
            sleep(0);
        });
        assertEquals(List.of("cleanup"), trace);
    }

    @Test void anErrorInATaskPropagatesOutOfRun() {
        StackOverflowError err = new StackOverflowError("deep");
        List<String> trace = new ArrayList<>();
        Throwable t = assertThrows(StackOverflowError.class, () -> Asyncio.run(() -> {
            createTask(() -> { try { sleep(10); } finally { trace.add("other cleaned"); } });
            sleep(0);
            throw err;
        }));
        assertSame(err, t);
        assertEquals(List.of("other cleaned"), trace);
    }

    @Test void runnerRunsTwiceOnOneLoopThenRefusesWhenClosed() {
        Runner r = new Runner();
        assertEquals(1, r.run(() -> 1));
        EventLoop l = r.getLoop();
        assertEquals(2, r.run(() -> 2));
        assertSame(l, r.getLoop());
        r.close();
        assertTrue(l.isClosed());
        assertEquals("Runner is closed", assertThrows(IllegalStateException.class, () -> r.run(() -> 3)).getMessage());
    }

    @Test void sleepReturnsItsResultAndRefusesNaN() {
        Asyncio.run(() -> {
            assertEquals("r", sleep(0.001, "r"));
            assertEquals("z", sleep(0, "z"));
            assertEquals("d", sleep(java.time.Duration.ofMillis(1), "d"));
            assertThrows(IllegalArgumentException.class, () -> sleep(Double.NaN));
        });
        assertThrows(IllegalStateException.class, () -> sleep(0));
    }
}
