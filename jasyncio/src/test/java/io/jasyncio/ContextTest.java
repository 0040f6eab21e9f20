package io.jasyncio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.*;

/** Context; ported from CPython's Lib/test/test_context.py (ContextTest, AsyncContextTest) where it applies. */
@Timeout(10)
class ContextTest {

    private static void isolated(Runnable body) { new Context().run(body); }

    @Test void contextNewIsEmpty() {
        Context ctx = new Context();
        assertEquals(0, ctx.size());
        assertTrue(ctx.isEmpty());
        assertEquals("<Context object>", ctx.toString());
    }

    @Test void nonVariableKeysAreSimplyAbsent() {
        // CPython raises TypeError ("ContextVar key was expected"); a Java Map answers null/false.
        Context ctx = new Context();
        assertNull(ctx.get((Object) 1));
        assertFalse(ctx.containsKey(1));
    }

    @Test void getContext1() {
        assertInstanceOf(Context.class, Context.copyContext());
    }

    @Test void run2ReturnsTheBodysValue() {
        Context ctx = new Context();
        assertEquals("bar", ctx.run(() -> "bar"));
        Object none = ctx.run(() -> null);
        assertNull(none);
    }

    @Test void run3RethrowsUnchanged() {
        Context ctx = new Context();
        ArithmeticException boom = new ArithmeticException("/ by zero");
        assertSame(boom, assertThrows(ArithmeticException.class, () -> ctx.run((Runnable) () -> { throw boom; })));
        Exception checked = new java.io.IOException("checked");
        assertSame(checked, assertThrows(java.io.IOException.class, () -> ctx.run(() -> { throw checked; })));
        // and the context can be entered again afterwards
        assertEquals(1, ctx.run(() -> 1));
    }

    @Test void run4() {
        isolated(() -> {
            Context ctx1 = new Context(), ctx2 = new Context();
            ContextVar<String> var = new ContextVar<>("var");
            Context returned = ctx1.run(() -> {
                assertNull(var.get(null));
                var.set("spam");
                ctx2.run(() -> assertNull(var.get(null)));
                assertEquals("spam", var.get(null));
                Context cur = Context.copyContext();
                assertEquals(1, cur.size());
                assertEquals("spam", cur.get(var));
                return cur;
            });
            assertEquals(ctx1, returned);
            assertNotSame(ctx1, returned);
            assertEquals("spam", returned.get(var));
            assertTrue(returned.containsKey(var));
        });
    }

    @Test void run5ValueSetBeforeAFailureStaysInThatContext() {
        isolated(() -> {
            Context ctx = new Context();
            ContextVar<String> var = new ContextVar<>("var");
            assertThrows(ArithmeticException.class, () -> ctx.run((Runnable) () -> {
                assertNull(var.get(null));
                var.set("spam");
                throw new ArithmeticException();
            }));
            assertNull(var.get(null));
            assertEquals("spam", ctx.get(var));
        });
    }

    @Test void run6() {
        Context ctx = new Context();
        ContextVar<Integer> c = new ContextVar<>("a", 0);
        ctx.run(() -> {
            assertEquals(0, c.get());
            assertNull(ctx.get(c));
            c.set(42);
            assertEquals(42, c.get());
            assertEquals(42, ctx.get(c));
        });
    }

    @Test void run7NestedEntryIsRefused() {
        Context ctx = new Context();
        ctx.run(() -> {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> ctx.run(() -> {}));
            assertEquals("cannot enter context: <Context object> is already entered", e.getMessage());
        });
        ctx.run(() -> {});  // exited: can be entered again
    }

    @Test void concurrentEntryFromAnotherThreadIsRefused() throws Exception {
        Context ctx = new Context();
        CountDownLatch inside = new CountDownLatch(1), release = new CountDownLatch(1);
        Thread t = Thread.ofPlatform().start(() -> ctx.run(() -> {
            inside.countDown();
            try { release.await(); } catch (InterruptedException e) { throw new AssertionError(e); }
        }));
        inside.await();
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> ctx.run(() -> {}));
            assertTrue(e.getMessage().endsWith("is already entered"));
        } finally {
            release.countDown();
            t.join();
        }
        ctx.run(() -> {});
    }

    @Test void copy1() {
        Context ctx1 = new Context();
        ContextVar<Integer> c = new ContextVar<>("c", 42);
        ctx1.run(() -> {
            c.set(10);
            Context ctx2 = ctx1.copy();
            assertEquals(10, ctx2.get(c));
            c.set(20);
            assertEquals(20, ctx1.get(c));
            assertEquals(10, ctx2.get(c));
            ctx2.run(() -> {
                assertEquals(10, c.get());
                c.set(30);
                assertEquals(30, c.get());
            });
            assertEquals(20, ctx1.get(c));
            assertEquals(30, ctx2.get(c));
        });
    }

    @Test void readsLikeAReadOnlyMap() {
        isolated(() -> {
            ContextVar<String> a = new ContextVar<>("a");
            ContextVar<Integer> b = new ContextVar<>("b");
            a.set("x");
            b.set(2);
            Context ctx = Context.copyContext();
            Map<ContextVar<?>, Object> expected = new HashMap<>();
            expected.put(a, "x");
            expected.put(b, 2);
            assertEquals(expected, ctx);
            assertEquals(ctx, expected);
            assertEquals(expected.hashCode(), ctx.hashCode());
            assertEquals(expected.keySet(), ctx.keySet());
            assertEquals(new java.util.HashSet<>(expected.values()), new java.util.HashSet<>(ctx.values()));
            assertTrue(ctx.entrySet().contains(Map.entry(a, "x")));
            assertFalse(ctx.entrySet().contains(Map.entry(a, "y")));
            assertTrue(ctx.containsValue(2));
            assertEquals("x", ctx.getOrDefault(a, "d"));

            assertThrows(UnsupportedOperationException.class, () -> ctx.put(a, "y"));
            assertThrows(UnsupportedOperationException.class, () -> ctx.remove(a));
            assertThrows(UnsupportedOperationException.class, ctx::clear);
            assertThrows(UnsupportedOperationException.class, () -> ctx.putIfAbsent(a, "y"));
            assertThrows(UnsupportedOperationException.class, () -> ctx.merge(a, "y", (p, q) -> q));
            assertThrows(UnsupportedOperationException.class, () -> ctx.keySet().remove(a));
            assertThrows(UnsupportedOperationException.class, () -> ctx.entrySet().iterator().remove());
            assertEquals(expected, ctx);
        });
    }

    @Test void equalsByContents() {
        ContextVar<String> v = new ContextVar<>("v");
        Context c1 = new Context(), c2 = new Context();
        assertEquals(c1, c2);
        c1.run(() -> v.set("x"));
        assertNotEquals(c1, c2);
        c2.run(() -> v.set("x"));
        assertEquals(c1, c2);
        assertEquals(c1.hashCode(), c2.hashCode());
        c2.run(() -> v.set("y"));
        assertNotEquals(c1, c2);
    }

    @Test void viewsFollowTheContextIteratorsWalkASnapshot() {
        ContextVar<String> v = new ContextVar<>("v"), w = new ContextVar<>("w");
        Context ctx = new Context();
        var keys = ctx.keySet();
        ctx.run(() -> v.set("x"));
        assertEquals(java.util.Set.of(v), keys, "a view follows the context");
        var it = ctx.keySet().iterator();
        ctx.run(() -> w.set("y"));
        assertSame(v, it.next());
        assertFalse(it.hasNext(), "an iterator walks the contents at its creation");
        assertEquals(2, keys.size());
    }

    @Test void copyIsCheapAndIndependent() {
        // copies share the trie: many copies of a big context are cheap, and each changes on its own
        List<ContextVar<Integer>> vars = new ArrayList<>();
        for (int i = 0; i < 1000; i++) vars.add(new ContextVar<>("v" + i));
        Context big = new Context();
        big.run(() -> { for (int i = 0; i < vars.size(); i++) vars.get(i).set(i); });
        List<Context> copies = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) copies.add(big.copy());
        copies.get(5).run(() -> vars.get(7).set(-7));
        assertEquals(-7, copies.get(5).get(vars.get(7)));
        assertEquals(7, copies.get(6).get(vars.get(7)));
        assertEquals(7, big.get(vars.get(7)));
        assertEquals(1000, copies.get(9999).size());
    }

    @Test void asyncioIndependentContexts() {
        ContextVar<String> cvar = new ContextVar<>("cvar", "A");
        Asyncio.run(() -> {
            Future<Void> updated1 = Asyncio.getRunningLoop().createFuture();
            Future<Void> updated2 = Asyncio.getRunningLoop().createFuture();
            Task<Void> task1 = Asyncio.createTask(() -> {
                assertEquals("A", cvar.get());
                Asyncio.sleep(0);
                cvar.set("B");
                Asyncio.sleep(0);
                updated1.setResult(null);
                updated2.await();
                assertEquals("B", cvar.get());
            });
            Task<Void> task2 = Asyncio.createTask(() -> {
                updated1.await();
                assertEquals("A", cvar.get());
                Asyncio.sleep(0);
                cvar.set("C");
                Asyncio.sleep(0);
                updated2.setResult(null);
                Asyncio.sleep(0);
                assertEquals("C", cvar.get());
            });
            Asyncio.gather(task1, task2).await();
            assertEquals("A", cvar.get());
        });
    }

    @Test void taskContextIsACopyAtCreation() {
        ContextVar<String> v = new ContextVar<>("v", "none");
        Asyncio.run(() -> {
            v.set("before");
            Task<String> t = Asyncio.createTask(() -> v.get());
            v.set("after");
            assertEquals("before", t.await());
            assertEquals("before", t.getContext().get(v));
            Context mine = new Context();
            mine.run(() -> v.set("given"));
            Task<String> t2 = Asyncio.createTask(() -> { String s = v.get(); v.set("changed"); return s; }, null, mine);
            assertEquals("given", t2.await());
            assertSame(mine, t2.getContext());
            assertEquals("changed", mine.get(v));
            assertEquals("after", v.get());
        });
    }
}
