package io.jasyncio;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.*;

/** asyncio's Future rules (after CPython's test_futures). */
@Timeout(10)
class FutureTest {
    EventLoop loop;

    @BeforeEach void setUp() { loop = Asyncio.newEventLoop(); }

    @AfterEach void tearDown() { loop.close(); }

    @Test void pendingFutureHasNoResultYet() {
        Future<Integer> f = loop.createFuture();
        assertFalse(f.isDone());
        assertFalse(f.isCancelled());
        assertEquals("Result is not set.", assertThrows(InvalidStateException.class, f::result).getMessage());
        assertEquals("Exception is not set.", assertThrows(InvalidStateException.class, f::exception).getMessage());
        assertEquals("<Future pending>", f.toString());
        assertSame(loop, f.getLoop());
    }

    @Test void resultAndException() {
        Future<Integer> f = loop.createFuture();
        f.setResult(4);
        assertTrue(f.isDone());
        assertEquals(4, f.result());
        assertNull(f.exception());
        assertEquals("<Future finished result=4>", f.toString());
        assertEquals("invalid state", assertThrows(InvalidStateException.class, () -> f.setResult(5)).getMessage());
        assertThrows(InvalidStateException.class, () -> f.setResult(null));
        assertThrows(InvalidStateException.class, () -> f.setException(null));
        assertFalse(f.cancel());

        Future<Integer> g = loop.createFuture();
        Exception boom = new java.io.IOException("boom");
        g.setException(boom);
        assertSame(boom, g.exception());
        assertSame(boom, assertThrows(java.io.IOException.class, g::result));
        assertEquals("<Future finished exception=IOException('boom')>", g.toString());
        Future<Integer> h = loop.createFuture();
        assertThrows(NullPointerException.class, () -> h.setException(null));
    }

    @Test void cancelCarriesTheMessageAndNoCause() {
        Future<String> f = loop.createFuture();
        assertTrue(f.cancel("stop it"));
        assertTrue(f.isCancelled());
        assertTrue(f.isDone());
        assertFalse(f.cancel());
        CancelledError e = assertThrows(CancelledError.class, f::result);
        assertEquals("stop it", e.getMessage());
        assertNull(e.getCause());
        assertEquals("stop it", assertThrows(CancelledError.class, f::exception).getMessage());
        assertEquals("<Future cancelled>", f.toString());
        Future<String> g = loop.createFuture();
        g.cancel();
        assertNull(assertThrows(CancelledError.class, g::result).getMessage());
        assertThrows(InvalidStateException.class, () -> g.setResult("x"));
    }

    @Test void callbacksRunInOrderThroughCallSoonNeverInline() {
        List<String> trace = new ArrayList<>();
        Future<String> f = loop.createFuture();
        Consumer<Future<String>> a = x -> trace.add("a " + x.result());
        Consumer<Future<String>> b = x -> trace.add("b");
        f.addDoneCallback(a);
        f.addDoneCallback(b);
        f.addDoneCallback(a);
        assertEquals(2, f.removeDoneCallback(a));
        assertEquals(0, f.removeDoneCallback(a));
        f.addDoneCallback(a);
        f.setResult("v");
        assertTrue(trace.isEmpty(), "callbacks never run inline");
        loop.callSoon(loop::stop);
        loop.runForever();
        assertEquals(List.of("b", "a v"), trace);
    }

    @Test void reprNamesTheCallbacks() {
        Future<String> f = loop.createFuture();
        f.addDoneCallback(new Consumer<Future<String>>() {
            @Override public void accept(Future<String> x) {}
            @Override public String toString() { return "cb"; }
        });
        assertEquals("<Future pending cb=[cb()]>", f.toString());
    }

    @Test void noRunningLoopMeansNoNewFuture() {
        IllegalStateException e = assertThrows(IllegalStateException.class, Future::new);
        assertEquals("There is no current event loop in thread '" + Thread.currentThread().getName() + "'.", e.getMessage());
    }

    @Test void awaitOutsideATaskIsAClearError() {
        Future<String> f = loop.createFuture();
        IllegalStateException e = assertThrows(IllegalStateException.class, f::await);
        assertTrue(e.getMessage().startsWith("await outside a task"), e.getMessage());
        loop.callSoon(() -> {
            assertThrows(IllegalStateException.class, f::await);   // a plain callback cannot suspend
            f.setResult("done");
            loop.stop();
        });
        loop.runForever();
        assertEquals("done", f.await(), "a done future can be awaited anywhere");
    }

    @Test void toCompletableFutureFollowsTheFuture() throws Exception {
        Future<String> f = loop.createFuture();
        CompletableFuture<String> cf = f.toCompletableFuture();
        loop.callSoon(() -> f.setResult("x"));
        loop.callSoon(loop::stop);
        loop.runForever();
        loop.callSoon(loop::stop);
        loop.runForever();
        assertEquals("x", cf.get());
        Future<String> g = loop.createFuture();
        CompletableFuture<String> cg = g.toCompletableFuture();
        g.setException(new IllegalStateException("bad"));
        loop.callSoon(loop::stop);
        loop.runForever();
        assertEquals("bad", assertThrows(ExecutionException.class, cg::get).getCause().getMessage());
    }

    @Test void futureCreatedOnTheRunningLoop() {
        Future<?> f = loop.runUntilComplete(() -> new Future<Integer>());
        assertSame(loop, f.getLoop());
    }
}
