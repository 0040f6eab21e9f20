package io.jasyncio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

import static io.jasyncio.Asyncio.*;
import static org.junit.jupiter.api.Assertions.*;

/** {@link Asyncio#asCompleted}. */
@org.junit.jupiter.api.Timeout(20)
class AsCompletedTest {

    static Coroutine<String> after(double d, String v) { return () -> { sleep(d); return v; }; }

    @Test void completionOrderWithNewFutures() {
        Asyncio.run(() -> {
            List<Task<String>> ts = List.of(createTask(after(0.03, "c")), createTask(after(0.01, "a")), createTask(after(0.02, "b")));
            List<String> got = new ArrayList<>();
            for (Future<String> f : Asyncio.<String>asCompleted(ts)) {
                assertFalse(ts.contains(f), "a new future, not one of the originals");
                got.add(f.await());
            }
            assertEquals(List.of("a", "b", "c"), got);
        });
    }

    @Test void nextReturnsAtOnceAndFuturesFillInOrder() {
        Asyncio.run(() -> {
            Iterator<Future<String>> it = asCompleted(after(0.02, "slow"), after(0.01, "fast")).iterator();
            Future<String> first = it.next(), second = it.next();
            assertFalse(first.isDone());
            assertFalse(it.hasNext());
            assertThrows(NoSuchElementException.class, it::next);
            assertEquals("slow", second.await());
            assertEquals("fast", first.result());
        });
    }

    @Test void sameCoroutineTwiceIsOneTask() {
        Asyncio.run(() -> {
            int before = allTasks().size();
            Coroutine<String> c = after(0, "c");
            Iterable<Future<String>> it = asCompleted(c, c, after(0, "d"));
            assertEquals(before + 2, allTasks().size());
            int n = 0;
            for (Future<String> f : it) { f.await(); n++; }
            assertEquals(2, n);
        });
    }

    @Test void exceptionsPassThrough() {
        Asyncio.run(() -> {
            IllegalStateException boom = new IllegalStateException("boom");
            Task<String> bad = createTask(() -> { throw boom; });
            for (Future<String> f : Asyncio.<String>asCompleted(List.of(bad))) {
                assertSame(boom, assertThrows(IllegalStateException.class, f::await));
            }
        });
    }

    @Test void timeoutThrowsTimeoutExceptionForTheRest() {
        Asyncio.run(() -> {
            Task<String> fast = createTask(after(0.01, "fast")), slow = createTask(after(1, "slow"));
            List<String> got = new ArrayList<>();
            for (Future<String> f : Asyncio.<String>asCompleted(List.of(fast, slow), Duration.ofMillis(50))) {
                try {
                    got.add(f.await());
                } catch (Exception e) {
                    assertInstanceOf(TimeoutException.class, e);
                    got.add("timeout");
                }
            }
            assertEquals(List.of("fast", "timeout"), got);
            assertFalse(slow.isCancelled(), "as_completed never cancels");
            slow.cancel();
        });
    }

    @Test void emptyAndNoLoop() {
        Asyncio.run(() -> assertFalse(Asyncio.<String>asCompleted(List.of(), 1.0).iterator().hasNext()));
        var e = assertThrows(IllegalStateException.class, () -> asCompleted(after(0, "x")));
        assertTrue(e.getMessage().startsWith("There is no current event loop in thread '"), e.getMessage());
    }

    @Test void cancelledOriginalCancelsItsFuture() {
        Asyncio.run(() -> {
            Task<String> t = createTask(after(1, "t"));
            Iterator<Future<String>> it = Asyncio.<String>asCompleted(List.of(t)).iterator();
            Future<String> f = it.next();
            t.cancel();
            assertThrows(CancelledError.class, f::await);
        });
    }
}
