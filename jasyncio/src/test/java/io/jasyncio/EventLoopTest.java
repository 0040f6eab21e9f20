package io.jasyncio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.*;

/** asyncio's loop rules: iterations, timers, thread-safe calls, the exception handler, bad input. */
@Timeout(10)
class EventLoopTest {
    EventLoop loop;
    final List<String> trace = new ArrayList<>();

    @BeforeEach void setUp() { loop = Asyncio.newEventLoop(); }

    @AfterEach void tearDown() { loop.close(); }

    @Test void callbacksScheduledDuringAnIterationRunInTheNext() {
        loop.callSoon(() -> {
            trace.add("a");
            loop.callSoon(() -> { trace.add("c"); loop.stop(); });
        });
        loop.callSoon(() -> trace.add("b"));
        loop.runForever();
        assertEquals(List.of("a", "b", "c"), trace);
    }

    @Test void stopFinishesTheCurrentBatchOnly() {
        loop.callSoon(() -> { trace.add("1"); loop.stop(); });
        loop.callSoon(() -> { trace.add("2"); loop.callSoon(() -> trace.add("next run")); });
        loop.runForever();
        assertEquals(List.of("1", "2"), trace);
        loop.callSoon(loop::stop);
        loop.runForever();
        assertEquals(List.of("1", "2", "next run"), trace);
    }

    @Test void equalDeadlinesRunInSchedulingOrderAndNegativeDelaysRunSoon() {
        double when = loop.time() + 0.01;
        for (String s : List.of("x", "y", "z")) loop.callAt(when, () -> trace.add(s));
        loop.callLater(-5, () -> trace.add("negative"));
        loop.callLater(0.02, loop::stop);
        loop.runForever();
        assertEquals(List.of("negative", "x", "y", "z"), trace);
    }

    @Test void timerWhenIsExactAndCancelledTimersNeverFire() {
        TimerHandle h = loop.callAt(12345678.9, () -> trace.add("never"));
        assertEquals(12345678.9, h.when());
        assertEquals("<TimerHandle when=12345678.9 " + io.jasyncio.internal.Callables.name(h.callback) + ">", h.toString());
        h.cancel();
        assertTrue(h.isCancelled());
        assertEquals("<TimerHandle cancelled when=12345678.9>", h.toString());
        loop.callLater(Duration.ofMillis(5), loop::stop);
        loop.runForever();
        assertTrue(trace.isEmpty());
    }

    @Test void manyCancelledTimersAreCompacted() {
        List<TimerHandle> hs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) hs.add(loop.callLater(10 + i, () -> trace.add("no")));
        hs.forEach(Handle::cancel);
        loop.callSoon(loop::stop);
        loop.runForever();
        assertTrue(trace.isEmpty());
    }

    @Test void handleCancelAfterRunStillReportsCancelled() {
        Handle h = loop.callSoon(() -> trace.add("ran"));
        loop.callSoon(loop::stop);
        loop.runForever();
        h.cancel();
        assertTrue(h.isCancelled());
        assertEquals(List.of("ran"), trace);
    }

    @Test void threadsafeCallWakesABlockedLoop() throws Exception {
        CountDownLatch blocked = new CountDownLatch(1);
        loop.callSoon(blocked::countDown);
        Thread other = new Thread(() -> {
            try { blocked.await(); } catch (InterruptedException e) { return; }
            loop.callSoonThreadsafe(() -> { trace.add("from thread"); loop.stop(); });
        });
        other.start();
        loop.runForever();   // would block forever without the wake-up: no timers are pending
        other.join();
        assertEquals(List.of("from thread"), trace);
    }

    @Test void threadsafeCallOnTheLoopThreadKeepsFifoWithCallSoon() {
        loop.callSoon(() -> {
            loop.callSoon(() -> trace.add("x"));
            loop.callSoonThreadsafe(() -> trace.add("y"));
            loop.callSoon(() -> { trace.add("z"); loop.stop(); });
        });
        loop.runForever();
        assertEquals(List.of("x", "y", "z"), trace);
    }

    @Test void aThrowingCallbackGoesToTheHandlerAndTheLoopGoesOn() {
        AtomicReference<Map<String, Object>> seen = new AtomicReference<>();
        ExceptionHandler handler = (l, ctx) -> seen.set(ctx);
        loop.setExceptionHandler(handler);
        assertSame(handler, loop.getExceptionHandler());
        RuntimeException boom = new RuntimeException("boom");
        Handle h = loop.callSoon(() -> { throw boom; });
        loop.callSoon(() -> { trace.add("after"); loop.stop(); });
        loop.runForever();
        assertEquals(List.of("after"), trace);
        assertEquals(java.util.Set.of("message", "exception", "handle"), seen.get().keySet());
        assertSame(boom, seen.get().get("exception"));
        assertSame(h, seen.get().get("handle"));
        assertTrue(((String) seen.get().get("message")).startsWith("Exception in callback "));
        loop.setExceptionHandler(null);
        assertNull(loop.getExceptionHandler());
    }

    @Test void anErrorFromACallbackLeavesTheLoop() {
        loop.callSoon(() -> { throw new OutOfMemoryError("fake"); });
        OutOfMemoryError e = assertThrows(OutOfMemoryError.class, loop::runForever);
        assertEquals("fake", e.getMessage());
        assertFalse(loop.isRunning());
    }

    @Test void badInputIsRefusedAndTheLoopKeepsItsState() {
        assertThrows(IllegalArgumentException.class, () -> loop.callLater(Double.NaN, () -> {}));
        assertThrows(IllegalArgumentException.class, () -> loop.callAt(Double.NaN, () -> {}));
        assertThrows(NullPointerException.class, () -> loop.callSoon(null));
        loop.callSoon(loop::stop);
        loop.runForever();
        loop.close();
        loop.close();   // twice is fine
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> loop.callSoon(() -> {}));
        assertEquals("Event loop is closed", e.getMessage());
        assertEquals("Event loop is closed",
                assertThrows(IllegalStateException.class, loop::runForever).getMessage());
    }

    @Test void runningTwiceIsAnError() {
        AtomicReference<Throwable> err = new AtomicReference<>();
        loop.callSoon(() -> {
            try { loop.runForever(); } catch (Throwable t) { err.set(t); }
            loop.stop();
        });
        loop.runForever();
        assertEquals("This event loop is already running", err.get().getMessage());
    }

    @Test void runUntilCompleteReturnsTheResultAndRefusesAStoppedFuture() {
        assertEquals(42, loop.runUntilComplete(() -> { Asyncio.sleep(0.001); return 42; }));
        Future<Integer> never = loop.createFuture();
        loop.callSoon(loop::stop);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> loop.runUntilComplete(never));
        assertEquals("Event loop stopped before Future completed.", e.getMessage());
    }

    @Test void runUntilCompleteRethrowsTheExceptionUnchanged() {
        java.io.IOException io = new java.io.IOException("disk");
        Throwable t = assertThrows(java.io.IOException.class, () -> loop.runUntilComplete(() -> { throw io; }));
        assertSame(io, t);
    }

    @Test void closingARunningLoopIsAnError() {
        AtomicReference<Throwable> err = new AtomicReference<>();
        loop.callSoon(() -> {
            try { loop.close(); } catch (Throwable t) { err.set(t); }
            loop.stop();
        });
        loop.runForever();
        assertEquals("Cannot close a running event loop", err.get().getMessage());
    }

    @Test void debugModeRefusesCallSoonFromAnotherThread() throws Exception {
        loop.setDebug(true);
        assertTrue(loop.isDebug());
        AtomicReference<Throwable> err = new AtomicReference<>();
        CountDownLatch running = new CountDownLatch(1);
        loop.callSoon(running::countDown);
        Thread other = new Thread(() -> {
            try { running.await(); } catch (InterruptedException e) { return; }
            try { loop.callSoon(() -> {}); } catch (Throwable t) { err.set(t); }
            loop.callSoonThreadsafe(loop::stop);
        });
        other.start();
        loop.runForever();
        other.join();
        assertEquals("Non-thread-safe operation invoked on an event loop other than the current one",
                err.get().getMessage());
    }

    @Test void timeIsMonotonicSeconds() {
        double a = loop.time();
        double b = loop.time();
        assertTrue(b >= a);
    }
}
