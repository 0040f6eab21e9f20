package io.jasyncio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.*;

/** ContextVar and Token; ported from CPython's Lib/test/test_context.py (ContextTest) where it applies. */
@Timeout(10)
class ContextVarTest {

    /** CPython's {@code isolated_context}: run the test body in a fresh, empty context. */
    private static void isolated(Runnable body) { new Context().run(body); }

    @Test void contextVarNew1() {
        assertThrows(NullPointerException.class, () -> new ContextVar<String>(null));
        ContextVar<Object> c = new ContextVar<>("aaa");
        assertEquals("aaa", c.name());
        assertNotEquals("aaa".hashCode(), c.hashCode());
    }

    @Test void contextVarRepr1() {
        isolated(() -> {
            assertEquals("<ContextVar name='a'>", new ContextVar<>("a").toString());
            assertEquals("<ContextVar name='a' default=123>", new ContextVar<>("a", 123).toString());
            assertEquals("<ContextVar name='a' default=None>", new ContextVar<>("a", null).toString());
            assertEquals("<ContextVar name='a' default='x'>", new ContextVar<>("a", "x").toString());

            List<Object> lst = new ArrayList<>();
            ContextVar<Object> c = new ContextVar<>("a", lst);
            lst.add(c);
            assertTrue(c.toString().contains("..."), c.toString());
            assertEquals("<ContextVar name='a' default=[<ContextVar name='a' default=...>]>", c.toString());

            Token<Object> t = c.set(1);
            assertTrue(t.toString().contains(c.toString()));
            assertFalse(t.toString().contains(" used "));
            c.reset(t);
            assertTrue(t.toString().contains(" used "));
        });
    }

    @Test void tokenRepr1() {
        isolated(() -> {
            ContextVar<Integer> c = new ContextVar<>("a");
            Token<Integer> tok = c.set(1);
            assertEquals("<Token var=<ContextVar name='a'>>", tok.toString());
            c.reset(tok);
            assertEquals("<Token used var=<ContextVar name='a'>>", tok.toString());
            assertEquals("<Token.MISSING>", Token.MISSING.toString());
        });
    }

    @Test void getset1() {
        isolated(() -> {
            ContextVar<Object> c = new ContextVar<>("c");
            NoSuchElementException e = assertThrows(NoSuchElementException.class, c::get);
            assertEquals("<ContextVar name='c'>", e.getMessage());
            assertNull(c.get(null));

            Token<Object> t0 = c.set(42);
            assertEquals(42, c.get());
            assertEquals(42, c.get(null));
            assertSame(Token.MISSING, t0.oldValue());
            assertSame(c, t0.var());

            Token<Object> t = c.set("spam");
            assertEquals("spam", c.get());
            assertEquals("spam", c.get(null));
            assertEquals(42, t.oldValue());
            c.reset(t);
            assertEquals(42, c.get());
            assertEquals(42, c.get(null));

            c.set("spam2");
            IllegalStateException used = assertThrows(IllegalStateException.class, () -> c.reset(t));
            assertEquals("<Token used var=<ContextVar name='c'>> has already been used once", used.getMessage());
            assertEquals("spam2", c.get());

            Context ctx1 = Context.copyContext();
            assertTrue(ctx1.containsKey(c));

            c.reset(t0);
            assertThrows(IllegalStateException.class, () -> c.reset(t0));
            assertNull(c.get(null));

            assertTrue(ctx1.containsKey(c));
            assertEquals("spam2", ctx1.get(c));
            assertEquals("spam2", ctx1.get(c, "aa"));
            assertEquals(1, ctx1.size());
            assertEquals(List.of(Map.entry(c, "spam2")), new ArrayList<>(ctx1.entrySet()));
            assertEquals(List.of("spam2"), new ArrayList<>(ctx1.values()));
            assertEquals(List.of(c), new ArrayList<>(ctx1.keySet()));

            Context ctx2 = Context.copyContext();
            assertFalse(ctx2.containsKey(c));
            assertNull(ctx2.get(c));
            assertEquals("aa", ctx2.get(c, "aa"));
            assertEquals(0, ctx2.size());
            assertTrue(ctx2.keySet().isEmpty());
        });
    }

    @Test void getset2ResetWithTokenOfAnotherVar() {
        isolated(() -> {
            ContextVar<Object> v1 = new ContextVar<>("v1"), v2 = new ContextVar<>("v2");
            Token<Object> t1 = v1.set(42);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v2.reset(t1));
            assertEquals("<Token var=<ContextVar name='v1'>> was created by a different ContextVar", e.getMessage());
        });
    }

    @Test void getset3() {
        isolated(() -> {
            ContextVar<Integer> c = new ContextVar<>("c", 42);
            Context ctx = new Context();
            ctx.run(() -> {
                assertEquals(42, c.get());
                assertNull(ctx.get(c));
                assertEquals(-1, ctx.get(c, -1));
                assertFalse(ctx.containsKey(c));
                assertTrue(ctx.keySet().isEmpty());

                Token<Integer> t = c.set(1);
                assertEquals(List.of(c), new ArrayList<>(ctx.keySet()));
                assertEquals(1, ctx.get(c));

                c.reset(t);
                assertTrue(ctx.keySet().isEmpty());
                assertNull(ctx.get(c));
            });
        });
    }

    @Test void getset4ResetInAnotherContext() {
        isolated(() -> {
            ContextVar<Integer> c = new ContextVar<>("c", 42);
            Context ctx = new Context();
            Token<Integer> tok = ctx.run(() -> c.set(1));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.reset(tok));
            assertEquals("<Token var=<ContextVar name='c' default=42>> was created in a different Context", e.getMessage());
            assertFalse(tok.toString().contains("used"), "a refused reset does not use the token");
        });
    }

    @Test void getset5() {
        isolated(() -> {
            ContextVar<List<Integer>> c = new ContextVar<>("c", List.of());
            c.set(new ArrayList<>());
            Context.copyContext().run(() -> {
                c.set(new ArrayList<>());
                c.get().add(42);
                assertEquals(List.of(42), c.get());
            });
            assertEquals(List.of(), c.get());
        });
    }

    @Test void nullDefaultIsADefault() {
        isolated(() -> {
            ContextVar<String> c = new ContextVar<>("c", null);
            assertNull(c.get());
            assertEquals("x", c.get("x"), "get(default) ignores the variable's own default");
            Token<String> t = c.set(null);
            assertNull(c.get("x"), "null is a value");
            assertTrue(Context.copyContext().containsKey(c));
            c.reset(t);
            assertFalse(Context.copyContext().containsKey(c));
        });
    }

    @Test void resetRestoresPreviousValueNotDefault() {
        isolated(() -> {
            ContextVar<String> c = new ContextVar<>("c", "d");
            Token<String> t1 = c.set("one");
            Token<String> t2 = c.set("two");
            assertEquals("one", t2.oldValue());
            c.reset(t2);
            assertEquals("one", c.get());
            c.reset(t1);
            assertEquals("d", c.get());
            assertEquals(0, Context.copyContext().size());
        });
    }

    @Test void threads1EachThreadHasItsOwnValue() throws Exception {
        ContextVar<Integer> cvar = new ContextVar<>("cvar");
        ExecutorService tp = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int n = 0; n < 10; n++) {
                int num = n;
                results.add(tp.submit(() -> {
                    for (int i = 0; i < 1000; i++) {
                        cvar.set(num + i);
                        Thread.yield();
                        assertEquals(num + i, cvar.get());
                    }
                    return num;
                }));
            }
            for (int n = 0; n < 10; n++) assertEquals(n, results.get(n).get());
        } finally {
            tp.shutdown();
        }
    }

    @Test void newPlatformThreadStartsEmpty() throws Exception {
        isolated(() -> {
            ContextVar<String> c = new ContextVar<>("c", "default");
            c.set("parent");
            Object[] seen = new Object[2];
            Thread t = Thread.ofPlatform().start(() -> {
                seen[0] = c.get();
                seen[1] = Context.copyContext().size();
            });
            try { t.join(); } catch (InterruptedException e) { throw new AssertionError(e); }
            assertEquals("default", seen[0]);
            assertEquals(0, seen[1]);
        });
    }
}
