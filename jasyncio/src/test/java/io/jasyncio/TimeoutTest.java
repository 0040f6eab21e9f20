package io.jasyncio;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static io.jasyncio.Asyncio.*;
import static org.junit.jupiter.api.Assertions.*;

/** {@link Timeout}, {@link Asyncio#timeout} and {@link Asyncio#timeoutAt}; cases from CPython's test_timeouts.py. */
@org.junit.jupiter.api.Timeout(20)
class TimeoutTest {

    /** Holds the loop for {@code seconds}, as CPython's blocking {@code time.sleep} does (in both runtimes). */
    static void busy(double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) Thread.onSpinWait();
    }

    @Test void timeoutBasic() {
        Asyncio.run(() -> {
            Timeout[] cm = new Timeout[1];
            TimeoutException e = assertThrows(TimeoutException.class, () -> timeout(0.01, c -> { cm[0] = c; sleep(10); return null; }));
            assertTrue(cm[0].expired());
            assertNull(e.getMessage());
            assertSame(CancelledError.class, e.getCause().getClass(), "cause is the CancelledError (raise ... from)");
            assertEquals("<Timeout [expired]>", cm[0].toString());
        });
    }

    @Test void timeoutAtBasic() {
        Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            double deadline = loop.time() + 0.01;
            Timeout[] cm = new Timeout[1];
            assertThrows(TimeoutException.class, () -> timeoutAt(deadline, c -> { cm[0] = c; sleep(10); return null; }));
            assertTrue(cm[0].expired());
            assertEquals(deadline, cm[0].when());
        });
    }

    @Test void nestedTimeoutsBothExpire() {
        Asyncio.run(() -> {
            // One deadline for both, as CPython's test_nested_timeouts: both expire in one iteration.
            double deadline = getRunningLoop().time() + 0.01;
            Timeout[] cm = new Timeout[2];
            assertThrows(TimeoutException.class, () -> timeoutAt(deadline, a -> {
                cm[0] = a;
                return timeoutAt(deadline, b -> { cm[1] = b; sleep(10); return null; });
            }));
            assertTrue(cm[0].expired());
            assertTrue(cm[1].expired());
            assertEquals(0, currentTask().cancelling());
        });
    }

    @Test void waiterCancelledFromOutsideIsNotATimeout() {
        Asyncio.run(() -> {
            Timeout[] cm = new Timeout[1];
            Task<Object> t = createTask(() -> timeout(10, c -> { cm[0] = c; sleep(1); return null; }));
            sleep(0);
            t.cancel();
            assertThrows(CancelledError.class, t::await);
            assertFalse(cm[0].expired());
        });
    }

    @Test void timeoutNotCalled() {
        Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            double t0 = loop.time();
            Timeout cm = timeout(10, c -> { sleep(0.01); return c; });
            assertFalse(cm.expired());
            assertTrue(cm.when() >= t0 + 10 && cm.when() < loop.time() + 10);
            assertEquals("<Timeout [finished]>", cm.toString());
        });
    }

    @Test void disabledTimeouts() {
        Asyncio.run(() -> {
            Timeout cm = timeout((java.time.Duration) null, c -> { assertNull(c.when()); sleep(0.01); return c; });
            assertFalse(cm.expired());
            assertNull(cm.when());
            Timeout cm2 = timeoutAt((Double) null, c -> { sleep(0.01); return c; });
            assertFalse(cm2.expired());
        });
    }

    @Test void durationForm() {
        Asyncio.run(() -> {
            assertEquals("v", timeout(java.time.Duration.ofSeconds(5), c -> "v"));
            assertThrows(TimeoutException.class, () -> timeout(java.time.Duration.ofMillis(5), c -> { sleep(10); return null; }));
        });
    }

    @Test void zeroTimeouts() {
        Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            double t0 = loop.time();
            assertThrows(TimeoutException.class, () -> timeout(0, c -> { sleep(10); return null; }));
            assertTrue(loop.time() - t0 < 5);
            assertThrows(TimeoutException.class, () -> timeout(0, c -> { sleep(0); return null; }));
            assertThrows(TimeoutException.class, () -> timeoutAt(loop.time() - 100, c -> { sleep(0); return null; }));
        });
    }

    @Test void foreignExceptionPassed() {
        Asyncio.run(() -> {
            Timeout[] cm = new Timeout[1];
            var e = assertThrows(java.util.NoSuchElementException.class,
                    () -> timeout(10, c -> { cm[0] = c; throw new java.util.NoSuchElementException("k"); }));
            assertEquals("k", e.getMessage());
            assertFalse(cm[0].expired());
        });
    }

    @Test void foreignExceptionOnTimeout() {
        Asyncio.run(() -> {
            Timeout[] cm = new Timeout[1];
            assertThrows(ArithmeticException.class, () -> timeout(0.01, c -> {
                cm[0] = c;
                try {
                    sleep(1);
                } catch (CancelledError e) {
                    throw new ArithmeticException("/ by zero");
                }
                return null;
            }));
            assertTrue(cm[0].expired());
            assertEquals(0, currentTask().cancelling());
        });
    }

    @Test void foreignCancelDoesNotTimeoutIfNotExpired() {
        Asyncio.run(() -> {
            Timeout[] cm = new Timeout[1];
            assertThrows(CancelledError.class, () -> timeout(10, c -> {
                cm[0] = c;
                currentTask().cancel();
                sleep(10);
                return null;
            }));
            assertFalse(cm[0].expired());
            currentTask().uncancel();
        });
    }

    @Test void outerTaskIsNotCancelled() {
        Asyncio.run(() -> {
            Task<Void> t = createTask(() -> {
                assertThrows(TimeoutException.class, () -> timeout(0.001, c -> { sleep(10); return null; }));
                sleep(0.01);  // still cancellable normally, and not cancelled
            });
            t.await();
            assertFalse(t.isCancelled());
            assertEquals(0, t.cancelling());
        });
    }

    // In CPython's versions of the next two tests the inner block's assertRaises(TimeoutError) is
    // never satisfied: the inner block lets the CancelledError through (it did not expire, or
    // another cancellation is pending) and only the outer block converts it.

    @Test void nestedTimeoutsConcurrent() {
        Asyncio.run(() -> {
            Timeout[] inner = new Timeout[1];
            assertThrows(TimeoutException.class, () -> timeout(0.002, a -> timeout(0.1, b -> {
                inner[0] = b;
                busy(0.01);   // only the outer deadline passes
                sleep(1);
                return null;
            })));
            assertFalse(inner[0].expired());
            assertEquals(0, currentTask().cancelling());
        });
    }

    @Test void nestedTimeoutsLoopBusy() {
        Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            double t0 = loop.time();
            Timeout[] inner = new Timeout[1];
            assertThrows(TimeoutException.class, () -> timeout(0.1, a -> {
                timeout(0.01, b -> {
                    inner[0] = b;
                    busy(0.1);   // both deadlines pass: both cancel the task
                    sleep(1);
                    return null;
                });
                fail("the inner block passes the outer cancellation on");
                return null;
            }));
            assertTrue(inner[0].expired());
            assertTrue(loop.time() - t0 <= 1);
            assertEquals(0, currentTask().cancelling());
        });
    }

    @Test void reschedule() {
        Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            Timeout cm = timeout(0.01, c -> {
                double d = loop.time() + 10;
                c.reschedule(d);
                assertEquals(d, c.when());
                sleep(0.05);  // the first deadline would have fired
                c.reschedule(d + 1.0);
                assertEquals(d + 1, c.when());
                c.reschedule((Double) null);
                assertNull(c.when());
                return c;
            });
            assertFalse(cm.expired());
            var e = assertThrows(IllegalStateException.class, () -> cm.reschedule(1.0));
            assertEquals("Cannot change state of finished Timeout", e.getMessage());
        });
    }

    @Test void rescheduleArmsAndFires() {
        Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            Timeout[] cm = new Timeout[1];
            assertThrows(TimeoutException.class, () -> timeoutAt((Double) null, c -> {
                cm[0] = c;
                c.reschedule(loop.time() + 0.01);
                sleep(10);
                return null;
            }));
            var e = assertThrows(IllegalStateException.class, () -> cm[0].reschedule(null));
            assertEquals("Cannot change state of expired Timeout", e.getMessage());
        });
    }

    @Test void rescheduleWhileExpiring() {
        Asyncio.run(() -> {
            String[] msg = new String[1];
            assertThrows(TimeoutException.class, () -> timeout(0, c -> {
                try {
                    sleep(10);
                } catch (CancelledError ce) {
                    assertTrue(c.expired());
                    assertEquals("<Timeout [expiring]>", c.toString());
                    msg[0] = assertThrows(IllegalStateException.class, () -> c.reschedule(5.0)).getMessage();
                    throw ce;
                }
                return null;
            }));
            assertEquals("Cannot change state of expiring Timeout", msg[0]);
        });
    }

    @Test void reprs() {
        Asyncio.run(() -> {
            timeoutAt((Double) null, c -> {
                assertEquals("<Timeout [active] when=None>", c.toString());
                c.reschedule(12345678.9);
                assertEquals("<Timeout [active] when=12345678.9>", c.toString());
                c.reschedule(10000000.12351);
                assertEquals("<Timeout [active] when=10000000.124>", c.toString());
                c.reschedule(100.0);
                assertEquals("<Timeout [active] when=100.0>", c.toString());
                return null;
            });
        });
    }

    @Test void nestedTimeoutInFinally() {
        Asyncio.run(() -> {
            assertThrows(TimeoutException.class, () -> timeout(0.01, a -> {
                try {
                    sleep(1);
                } finally {
                    assertThrows(TimeoutException.class, () -> timeout(0.01, b -> { sleep(10); return null; }));
                }
                return null;
            }));
        });
    }

    @Test void timeoutAfterCancellation() {
        Asyncio.run(() -> {
            try {
                currentTask().cancel();
                sleep(1);
            } catch (CancelledError e) {
                // swallowed: cancelling() stays 1
            } finally {
                assertThrows(TimeoutException.class, () -> timeout(0.0, c -> { sleep(1); return null; }));
            }
            assertEquals(1, currentTask().cancelling());
            currentTask().uncancel();
        });
    }

    @Test void cancelInTimeoutAfterCancellation() {
        Asyncio.run(() -> {
            try {
                currentTask().cancel();
                sleep(1);
            } catch (CancelledError e) {
                // swallowed
            } finally {
                assertThrows(CancelledError.class, () -> timeout(1.0, c -> {
                    currentTask().cancel();
                    sleep(2);
                    return null;
                }));
            }
            currentTask().uncancel();
            currentTask().uncancel();
        });
    }

    @Test void outsideATask() {
        var e = assertThrows(IllegalStateException.class, () -> Asyncio.timeout(1, c -> null));
        assertEquals("no running event loop", e.getMessage());
        Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            Future<String> msg = loop.createFuture();
            loop.callSoon(() -> {
                try {
                    Asyncio.timeoutAt(1e9, c -> null);
                } catch (Exception ex) {
                    msg.setResult(ex.getMessage());
                }
            });
            assertEquals("Timeout should be used inside a task", msg.await());
        });
    }

    @Test void interruptedBlockingCallCountsAsCancellation() {
        Assumptions.assumeTrue(io.jasyncio.internal.LoopScheduledThreads.isAvailable(), "fast runtime only");
        Asyncio.run(() -> {
            TimeoutException e = assertThrows(TimeoutException.class, () -> timeout(0.01, c -> {
                Thread.sleep(10_000);   // a blocking JDK call: the timeout interrupts it
                return null;
            }));
            assertInstanceOf(InterruptedException.class, e.getCause());
        });
    }
}
