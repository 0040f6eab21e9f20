package io.jasyncio;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.jasyncio.Asyncio.*;
import static org.junit.jupiter.api.Assertions.*;

/** Event: CPython's EventTests. */
@org.junit.jupiter.api.Timeout(10)
class EventTest {

    @Test void repr() {
        Asyncio.run(() -> {
            Event ev = new Event();
            assertEquals("<Event [unset]>", ev.toString());
            Task<Void> t = createTask(ev::await);
            sleep(0);
            assertEquals("<Event [unset, waiters:1]>", ev.toString());
            ev.set();
            assertEquals("<Event [set, waiters:1]>", ev.toString(), "woken waiters leave when they run");
            t.await();
            assertEquals("<Event [set]>", ev.toString());
        });
    }

    @Test void setWakesAllWaitersOneIterationLater() {
        Asyncio.run(() -> {
            Event ev = new Event();
            assertFalse(ev.isSet());
            List<Integer> result = new ArrayList<>();
            List<Task<Void>> ts = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                int n = i;
                ts.add(createTask(() -> { ev.await(); result.add(n); }));
            }
            sleep(0);
            assertEquals(List.of(), result);
            ev.set();
            assertEquals(List.of(), result);
            assertTrue(ev.isSet());
            sleep(0);
            assertEquals(List.of(1, 2, 3), result);
            for (Task<Void> t : ts) assertTrue(t.isDone());
        });
    }

    @Test void awaitOnSetEventDoesNotYield() {
        Asyncio.run(() -> {
            Event ev = new Event();
            ev.set();
            List<String> trace = new ArrayList<>();
            createTask(() -> { trace.add("other"); });
            ev.await();
            trace.add("passed");
            sleep(0);
            assertEquals(List.of("passed", "other"), trace);
        });
    }

    @Test void cancelledWaiterLeaves() {
        Asyncio.run(() -> {
            Event ev = new Event();
            Task<Void> t = createTask(ev::await);
            getRunningLoop().callSoon(() -> t.cancel());
            assertThrows(CancelledError.class, t::await);
            assertEquals("<Event [unset]>", ev.toString());
        });
    }

    @Test void clear() {
        Event ev = new Event();
        assertFalse(ev.isSet());
        ev.set();
        assertTrue(ev.isSet());
        ev.clear();
        assertFalse(ev.isSet());
    }

    @Test void clearAfterSetStillWakesWaiters() {
        // CPython test_clear_with_waiters: set() then clear() before the waiter runs.
        Asyncio.run(() -> {
            Event ev = new Event();
            List<Integer> result = new ArrayList<>();
            Task<Void> t = createTask(() -> { ev.await(); result.add(1); });
            sleep(0);
            ev.set();
            ev.clear();
            assertFalse(ev.isSet());
            ev.set();
            ev.set();
            assertEquals("<Event [set, waiters:1]>", ev.toString());
            sleep(0);
            assertEquals(List.of(1), result);
            assertTrue(t.isDone());
        });
    }

    @Test void boundToFirstLoopThatWaits() {
        Event ev = new Event();
        Asyncio.run(() -> {
            Task<Void> t = createTask(ev::await);
            sleep(0);
            ev.set();
            t.await();
        });
        ev.clear();
        Asyncio.run(() -> {
            IllegalStateException e = assertThrows(IllegalStateException.class, ev::await);
            assertEquals("<Event [unset]> is bound to a different event loop", e.getMessage());
        });
    }
}
