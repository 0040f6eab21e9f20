package io.jasyncio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static io.jasyncio.Asyncio.*;
import static org.junit.jupiter.api.Assertions.*;

/** {@link Asyncio#wait}, {@link ReturnWhen} and {@link WaitResult}. */
@org.junit.jupiter.api.Timeout(20)
class WaitTest {

    static Coroutine<String> after(double d, String v) { return () -> { sleep(d); return v; }; }

    @Test void allCompletedReturnsTheVeryObjects() {
        Asyncio.run(() -> {
            Task<String> a = createTask(after(0.01, "a")), b = createTask(after(0.02, "b"));
            WaitResult<Task<String>> r = Asyncio.wait(List.of(a, b));
            assertEquals(List.of(a, b), new ArrayList<>(r.done()));
            assertTrue(r.pending().isEmpty());
            assertSame(a, r.done().iterator().next());
        });
    }

    @Test void firstCompleted() {
        Asyncio.run(() -> {
            Task<String> slow = createTask(after(1, "slow")), fast = createTask(after(0.01, "fast"));
            WaitResult<Task<String>> r = Asyncio.wait(List.of(slow, fast), ReturnWhen.FIRST_COMPLETED);
            assertEquals(Set.of(fast), r.done());
            assertEquals(Set.of(slow), r.pending());
            assertFalse(slow.isCancelled());
            slow.cancel();
        });
    }

    @Test void firstExceptionWithAndWithoutFailure() {
        Asyncio.run(() -> {
            Task<String> slow = createTask(after(1, "slow"));
            Task<String> bad = createTask(() -> { sleep(0.01); throw new IllegalStateException("x"); });
            WaitResult<Task<String>> r = Asyncio.wait(List.of(slow, bad), ReturnWhen.FIRST_EXCEPTION);
            assertEquals(Set.of(bad), r.done());
            assertEquals(Set.of(slow), r.pending());
            slow.cancel();
            Task<String> a = createTask(after(0.01, "a")), b = createTask(after(0.02, "b"));
            r = Asyncio.wait(List.of(a, b), ReturnWhen.FIRST_EXCEPTION);
            assertEquals(Set.of(a, b), r.done(), "no failure: waits for all");
        });
    }

    @Test void firstExceptionIgnoresCancellation() {
        Asyncio.run(() -> {
            Task<String> c = createTask(after(1, "c")), d = createTask(after(0.02, "d"));
            sleep(0);
            c.cancel();
            WaitResult<Task<String>> r = Asyncio.wait(List.of(c, d), ReturnWhen.FIRST_EXCEPTION);
            assertEquals(Set.of(c, d), r.done());
        });
    }

    @Test void timeoutNeitherThrowsNorCancels() {
        Asyncio.run(() -> {
            Task<String> slow = createTask(after(1, "slow"));
            WaitResult<Task<String>> r = Asyncio.wait(List.of(slow), 0.01);
            assertTrue(r.done().isEmpty());
            assertEquals(Set.of(slow), r.pending());
            assertFalse(slow.isDone());
            r = Asyncio.wait(List.of(slow), Duration.ofMillis(10), ReturnWhen.FIRST_COMPLETED);
            assertEquals(Set.of(slow), r.pending());
            r = Asyncio.wait(List.of(slow), Duration.ofMillis(1));
            assertEquals(Set.of(slow), r.pending());
            r = Asyncio.wait(List.of(slow), 0.001, ReturnWhen.ALL_COMPLETED);
            assertEquals(Set.of(slow), r.pending());
            slow.cancel();
        });
    }

    @Test void nullTimeoutWaitsForever() {
        Asyncio.run(() -> {
            Task<String> t = createTask(after(0.01, "t"));
            assertEquals(Set.of(t), Asyncio.wait(List.of(t), (Duration) null, ReturnWhen.ALL_COMPLETED).done());
        });
    }

    @Test void duplicatesAreOne() {
        Asyncio.run(() -> {
            Task<String> t = createTask(after(0, "t"));
            WaitResult<Task<String>> r = Asyncio.wait(List.of(t, t));
            assertEquals(1, r.done().size());
        });
    }

    @Test void argumentErrors() {
        Asyncio.run(() -> {
            var e = assertThrows(IllegalArgumentException.class, () -> Asyncio.wait(List.<Future<?>>of()));
            assertEquals("Set of Tasks/Futures is empty.", e.getMessage());
            Future<Object> f = getRunningLoop().createFuture();
            e = assertThrows(IllegalArgumentException.class, () -> Asyncio.wait(List.of(f), (ReturnWhen) null));
            assertEquals("Invalid return_when value: None", e.getMessage());
            @SuppressWarnings({"unchecked", "rawtypes"})
            Collection<Future<?>> sneaky = (Collection) List.of(f, (Coroutine<Integer>) () -> 1);
            e = assertThrows(IllegalArgumentException.class, () -> Asyncio.wait(sneaky));
            assertEquals("Passing coroutines is forbidden, use tasks explicitly.", e.getMessage());
            assertThrows(NullPointerException.class, () -> Asyncio.wait((Collection<Future<?>>) null));
            f.cancel();
        });
        var e = assertThrows(IllegalStateException.class, () -> Asyncio.wait(List.of(new Future<>(Asyncio.newEventLoop()))));
        assertEquals("no running event loop", e.getMessage());
    }

    @Test void doneFuturesStillGoThroughTheCallback() {
        Asyncio.run(() -> {
            List<String> log = new ArrayList<>();
            Future<Integer> f = getRunningLoop().createFuture();
            f.setResult(1);
            createTask(() -> { for (int i = 0; i < 3; i++) { log.add("" + i); sleep(0); } });
            sleep(0);
            Asyncio.wait(List.of(f));
            log.add("wait");
            sleep(0);
            sleep(0);
            assertEquals(List.of("0", "1", "2", "wait"), log);  // the callback, then the wake-up (CPython 3.12 agrees)
        });
    }

    @Test void cancellingTheWaiterLeavesTheFuturesAndRemovesCallbacks() {
        Asyncio.run(() -> {
            Future<Integer> f = getRunningLoop().createFuture();
            Task<Object> w = createTask(() -> Asyncio.wait(List.of(f)));
            sleep(0);
            assertTrue(f.toString().contains("_on_completion"), f.toString());
            w.cancel();
            assertThrows(CancelledError.class, w::await);
            assertFalse(f.isDone());
            assertEquals("<Future pending>", f.toString());
        });
    }
}
