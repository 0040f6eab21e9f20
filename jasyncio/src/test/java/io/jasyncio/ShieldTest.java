package io.jasyncio;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.jasyncio.Asyncio.*;
import static org.junit.jupiter.api.Assertions.*;

/** {@link Asyncio#shield}. */
@org.junit.jupiter.api.Timeout(20)
class ShieldTest {

    @Test void resultAndExceptionPassThrough() {
        Asyncio.run(() -> {
            assertEquals("r", shield(() -> { sleep(0); return "r"; }).await());
            IllegalStateException boom = new IllegalStateException("boom");
            Future<Object> s = shield(createTask(() -> { sleep(0); throw boom; }));
            assertSame(boom, assertThrows(IllegalStateException.class, s::await));
        });
    }

    @Test void doneArgumentIsReturnedItself() {
        Asyncio.run(() -> {
            Future<String> f = getRunningLoop().createFuture();
            f.setResult("x");
            assertSame(f, shield(f));
            Future<String> p = getRunningLoop().createFuture();
            assertNotSame(p, shield(p));
            p.cancel();
        });
    }

    @Test void cancellingTheOuterLeavesTheInner() {
        Asyncio.run(() -> {
            Task<String> inner = createTask(() -> { sleep(0.01); return "inner"; });
            Future<String> outer = shield(inner);
            assertTrue(outer.cancel());
            assertThrows(CancelledError.class, outer::await);
            assertFalse(inner.isCancelled());
            assertEquals("inner", inner.await());
        });
    }

    @Test void cancellingTheAwaitingTaskLeavesTheInner() {
        Asyncio.run(() -> {
            Task<String> inner = createTask(() -> { sleep(0.01); return "inner"; });
            Task<String> waiter = createTask(() -> shield(inner).await());
            sleep(0);
            waiter.cancel();
            assertThrows(CancelledError.class, waiter::await);
            assertEquals("inner", inner.await());
        });
    }

    @Test void cancelledInnerCancelsTheOuter() {
        Asyncio.run(() -> {
            Task<String> inner = createTask(() -> { sleep(1); return "never"; });
            Future<String> outer = shield(inner);
            sleep(0);
            inner.cancel();
            assertThrows(CancelledError.class, outer::await);
            assertTrue(outer.isCancelled());
        });
    }

    @Test void outerCompletesOneHopAfterTheInner() {
        Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            List<String> log = new ArrayList<>();
            Future<Integer> f = loop.createFuture();
            Future<Integer> s = shield(f);
            createTask(() -> { s.await(); log.add("shield"); });
            createTask(() -> { f.await(); log.add("direct"); });
            sleep(0);
            f.setResult(1);
            for (int i = 0; i < 3; i++) { log.add("" + i); sleep(0); }
            assertEquals(List.of("0", "direct", "1", "shield", "2"), log);
        });
    }

    @Test void voidCoroutineAndNoLoop() {
        Asyncio.run(() -> assertNull(shield(() -> sleep(0)).await()));
        var e = assertThrows(IllegalStateException.class, () -> shield(() -> 1));
        assertTrue(e.getMessage().startsWith("There is no current event loop in thread '"), e.getMessage());
    }
}
