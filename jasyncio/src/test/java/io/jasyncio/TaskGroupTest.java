package io.jasyncio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

import static io.jasyncio.Asyncio.*;
import static org.junit.jupiter.api.Assertions.*;

/** {@link TaskGroup}, {@link Asyncio#taskGroup} and {@link ExceptionGroup}; cases from CPython's test_taskgroups.py. */
@org.junit.jupiter.api.Timeout(20)
class TaskGroupTest {

    /** Plays KeyboardInterrupt: an Error that is not a cancellation. */
    static final class Fatal extends Error {
        Fatal() { super("fatal"); }
    }

    static Set<Class<?>> types(ExceptionGroup eg) {
        return eg.exceptions().stream().map(Object::getClass).collect(Collectors.toSet());
    }

    static Coroutine<Void> crashAfter(double t) {
        return () -> { sleep(t); throw new IllegalArgumentException(String.valueOf(t)); };
    }

    @Test void childrenResultsAndBodyValue() {   // test_taskgroup_01
        Asyncio.run(() -> {
            List<Task<Integer>> ts = new ArrayList<>();
            String v = taskGroup(tg -> {
                ts.add(tg.createTask(() -> { sleep(0.01); return 42; }));
                ts.add(tg.createTask(() -> { sleep(0.02); return 11; }));
                return "body";
            });
            assertEquals("body", v);
            assertEquals(42, ts.get(0).result());
            assertEquals(11, ts.get(1).result());
        });
    }

    @Test void childFailureCancelsSiblingsAndBody() {   // test_cancel_children_on_child_error
        Asyncio.run(() -> {
            int[] cancelled = {0};
            boolean[] bodyCancelled = {false};
            ExceptionGroup eg = assertThrows(ExceptionGroup.class, () -> taskGroup(tg -> {
                for (int i = 0; i < 5; i++) {
                    tg.createTask(() -> {
                        try { sleep(10); } catch (CancelledError e) { cancelled[0]++; throw e; }
                    });
                }
                tg.createTask(crashAfter(0.01));
                try { sleep(10); } catch (CancelledError e) { bodyCancelled[0] = true; throw e; }
                return null;
            }));
            assertSame(ExceptionGroup.class, eg.getClass());
            assertEquals(Set.of(IllegalArgumentException.class), types(eg));
            assertEquals("unhandled errors in a TaskGroup (1 sub-exception)", eg.getMessage());
            assertEquals("unhandled errors in a TaskGroup", eg.message());
            assertNull(eg.getCause());
            assertEquals(5, cancelled[0]);
            assertTrue(bodyCancelled[0]);
            assertEquals(0, currentTask().cancelling(), "the group took its own cancel back");
            sleep(0.001);  // the task is usable again
        });
    }

    @Test void cancellationFromOutside() {   // test_cancellation, test_taskgroup_22
        Asyncio.run(() -> {
            int[] cancelled = {0};
            Task<Object> r = createTask(() -> taskGroup(tg -> {
                for (int i = 0; i < 3; i++) {
                    tg.createTask(() -> { try { sleep(10); } catch (CancelledError e) { cancelled[0]++; throw e; } });
                }
                return null;
            }));
            sleep(0.01);
            r.cancel();
            assertThrows(CancelledError.class, r::await);
            assertTrue(r.isCancelled());
            assertEquals(3, cancelled[0]);
        });
    }

    @Test void bodyErrorIsGroupedAfterChildren() {   // test_taskgroup_08/09
        Asyncio.run(() -> {
            int[] cancelled = {0};
            ExceptionGroup eg = assertThrows(ExceptionGroup.class, () -> taskGroup(tg -> {
                for (int i = 0; i < 5; i++) {
                    tg.createTask(() -> { try { sleep(10); } catch (CancelledError e) { cancelled[0]++; throw e; } });
                }
                sleep(0.01);
                throw new ArithmeticException("/ by zero");
            }));
            assertEquals(Set.of(ArithmeticException.class), types(eg));
            assertEquals(5, cancelled[0]);
        });
    }

    @Test void childErrorsComeBeforeTheBodyError() {
        Asyncio.run(() -> {
            ExceptionGroup eg = assertThrows(ExceptionGroup.class, () -> taskGroup(tg -> {
                tg.createTask(crashAfter(0.01));
                try {
                    sleep(10);
                } catch (CancelledError e) {
                    throw new ArithmeticException("body");
                }
                return null;
            }));
            assertEquals(2, eg.exceptions().size());
            assertInstanceOf(IllegalArgumentException.class, eg.exceptions().get(0));
            assertEquals("body", eg.exceptions().get(1).getMessage());
            assertEquals("unhandled errors in a TaskGroup (2 sub-exceptions)", eg.getMessage());
        });
    }

    @Test void nestedGroupsCancelledFromOutside() {   // test_taskgroup_12
        Asyncio.run(() -> {
            Task<Object> r = createTask(() -> taskGroup(g1 -> {
                g1.createTask(() -> sleep(10));
                return taskGroup(g2 -> {
                    for (int i = 0; i < 5; i++) {
                        g2.createTask(() -> { try { sleep(10); } finally { throw new ArithmeticException(); } });
                    }
                    sleep(10);
                    return null;
                });
            }));
            sleep(0.05);
            assertFalse(r.isDone());
            r.cancel();
            ExceptionGroup eg = assertThrows(ExceptionGroup.class, r::await);
            assertEquals(Set.of(ExceptionGroup.class), types(eg));
            assertEquals(Set.of(ArithmeticException.class), types((ExceptionGroup) eg.exceptions().get(0)));
        });
    }

    @Test void outerChildFailsFirst() {   // test_taskgroup_13
        Asyncio.run(() -> {
            ExceptionGroup eg = assertThrows(ExceptionGroup.class, () -> taskGroup(g1 -> {
                g1.createTask(crashAfter(0.01));
                return taskGroup(g2 -> { g2.createTask(crashAfter(10)); return null; });
            }));
            assertEquals(Set.of(IllegalArgumentException.class), types(eg));
        });
    }

    @Test void innerChildFailsFirst() {   // test_taskgroup_14
        Asyncio.run(() -> {
            ExceptionGroup eg = assertThrows(ExceptionGroup.class, () -> taskGroup(g1 -> {
                g1.createTask(crashAfter(10));
                return taskGroup(g2 -> { g2.createTask(crashAfter(0.01)); return null; });
            }));
            assertEquals(Set.of(ExceptionGroup.class), types(eg));
            assertEquals(Set.of(IllegalArgumentException.class), types((ExceptionGroup) eg.exceptions().get(0)));
        });
    }

    @Test void childErrorHasPriorityOverOutsideCancel() {
        Asyncio.run(() -> {
            Task<Object> r = createTask(() -> taskGroup(tg -> {
                tg.createTask(() -> {
                    try { sleep(10); } catch (CancelledError e) { throw new IllegalStateException("on cancel"); }
                });
                sleep(10);
                return null;
            }));
            sleep(0.01);
            r.cancel();
            ExceptionGroup eg = assertThrows(ExceptionGroup.class, r::await);
            assertEquals("on cancel", eg.exceptions().get(0).getMessage());
            assertFalse(r.isCancelled());
        });
    }

    @Test void errorFromTheBodyIsRethrownAloneAfterTheChildren() {   // test_taskgroup_20
        Asyncio.run(() -> {
            boolean[] childCancelled = {false};
            Fatal f = assertThrows(Fatal.class, () -> taskGroup(tg -> {
                tg.createTask(crashAfter(0.01));
                tg.createTask(() -> { try { sleep(10); } catch (CancelledError e) { childCancelled[0] = true; throw e; } });
                try {
                    sleep(10);
                } finally {
                    throw new Fatal();
                }
            }));
            assertEquals("fatal", f.getMessage());
            assertTrue(childCancelled[0]);
        });
    }

    @Test void errorFromAChildLeavesTheLoop() {
        // Like KeyboardInterrupt in asyncio: a child's Error propagates out of the loop and run().
        Fatal f = assertThrows(Fatal.class, () -> Asyncio.run(() -> taskGroup(tg -> {
            tg.createTask(() -> { sleep(0); throw new Fatal(); });
            sleep(10);
            return null;
        })));
        assertEquals("fatal", f.getMessage());
    }

    @Test void childrenMayCreateTasksInTheGroup() {   // test_taskgroup_24, 25
        Asyncio.run(() -> {
            int[] n = {0};
            taskGroup(g -> {
                g.createTask(() -> {
                    sleep(0.01);
                    g.createTask(() -> { sleep(0.01); n[0]++; });
                    g.createTask(() -> { sleep(0.02); n[0]++; });
                });
                return null;
            });
            assertEquals(2, n[0]);
        });
    }

    @Test void taskNamesAndContext() {   // test_taskgroup_task_name, test_taskgroup_task_context
        ContextVar<String> cvar = new ContextVar<>("cvar", "default");
        Asyncio.run(() -> {
            Context ctx = new Context();
            ctx.run(() -> { cvar.set("in ctx"); });
            Map<String, String> seen = new HashMap<>();
            taskGroup(tg -> {
                Task<Void> a = tg.createTask(() -> sleep(0));
                Task<Void> named = tg.createTask(() -> sleep(0), "named");
                Task<Void> b = tg.createTask(() -> sleep(0));
                assertEquals("named", named.getName());
                long na = Long.parseLong(a.getName().substring(5)), nb = Long.parseLong(b.getName().substring(5));
                assertEquals(na + 2, nb, "asyncio 3.12: a named task still takes a Task-N number");
                tg.createTask(() -> seen.put("ctx", cvar.get()), null, ctx);
                tg.createTask(() -> { seen.put("named ctx", cvar.get()); return null; }, "n2", ctx);
                return null;
            });
            assertEquals(Map.of("ctx", "in ctx", "named ctx", "in ctx"), seen);
            assertEquals("default", cvar.get());
        });
    }

    @Test void noCreateTaskWhenShuttingDownOrFinished() {   // test_taskgroup_no_create_task_after_failure, _finished
        Asyncio.run(() -> {
            String[] msg = new String[1];
            assertThrows(ExceptionGroup.class, () -> taskGroup(tg -> {
                tg.createTask(crashAfter(0));
                try {
                    sleep(10);
                } catch (CancelledError e) {
                    msg[0] = assertThrows(IllegalStateException.class, () -> tg.createTask(() -> 1)).getMessage();
                    throw e;
                }
                return null;
            }));
            assertEquals("TaskGroup <TaskGroup errors=1 cancelling> is shutting down", msg[0]);
            TaskGroup done = taskGroup(tg -> tg);
            var e = assertThrows(IllegalStateException.class, () -> done.createTask(() -> 1));
            assertEquals("TaskGroup <TaskGroup entered> is finished", e.getMessage());
        });
    }

    @Test void reprs() {
        Asyncio.run(() -> {
            taskGroup(tg -> {
                assertEquals("<TaskGroup entered>", tg.toString());
                tg.createTask(() -> sleep(0));
                assertEquals("<TaskGroup tasks=1 entered>", tg.toString());
                return null;
            });
        });
    }

    @Test void withoutParentTaskOrLoop() {   // test_taskgroup_without_parent_task
        Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            Future<String> msg = loop.createFuture();
            loop.callSoon(() -> {
                try {
                    taskGroup(tg -> null);
                } catch (IllegalStateException e) {
                    msg.setResult(e.getMessage());
                }
            });
            assertEquals("TaskGroup <TaskGroup> cannot determine the parent task", msg.await());
        });
        var e = assertThrows(IllegalStateException.class, () -> taskGroup(tg -> null));
        assertEquals("no running event loop", e.getMessage());
    }

    @Test void outsideCancelOfANestedGroupWaitsForChildren() {
        // The group's completion future is cancelled again and again: it keeps waiting.
        Asyncio.run(() -> {
            boolean[] cleaned = {false};
            Task<Object> r = createTask(() -> taskGroup(tg -> {
                tg.createTask(() -> {
                    try { sleep(10); } catch (CancelledError e) { sleep(0.02); cleaned[0] = true; throw e; }
                });
                return null;
            }));
            sleep(0.01);
            r.cancel();
            sleep(0.005);
            r.cancel();
            assertThrows(CancelledError.class, r::await);
            assertTrue(cleaned[0]);
        });
    }

    @Test void exceptionGroupBasics() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ExceptionGroup("m", List.of()));
        assertEquals("second argument (exceptions) must be a non-empty sequence", e.getMessage());
        ExceptionGroup eg = new ExceptionGroup("m", List.of(new RuntimeException("a")));
        assertEquals("m (1 sub-exception)", eg.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> eg.exceptions().add(new RuntimeException()));
    }
}
