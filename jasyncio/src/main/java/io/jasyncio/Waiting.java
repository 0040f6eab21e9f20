package io.jasyncio;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The machinery behind {@link Asyncio#wait}, {@link Asyncio#waitFor} and {@link Asyncio#shield}
 * (asyncio's {@code tasks._wait}, {@code wait_for}, {@code _cancel_and_wait}, {@code shield}).
 */
final class Waiting {
    private Waiting() {}

    // ---- wait ----

    /** asyncio's {@code wait}: argument checks in asyncio's order, then {@code _wait}. */
    static <F extends Future<?>> WaitResult<F> wait(Collection<F> fs, Double timeout, ReturnWhen returnWhen) {
        Objects.requireNonNull(fs, "fs");
        if (fs.isEmpty()) throw new IllegalArgumentException("Set of Tasks/Futures is empty.");
        if (returnWhen == null) throw new IllegalArgumentException("Invalid return_when value: None");
        for (Object f : fs) {
            if (f instanceof Coroutine<?> || f instanceof VoidCoroutine) {
                throw new IllegalArgumentException("Passing coroutines is forbidden, use tasks explicitly.");
            }
            Objects.requireNonNull(f, "future");
        }
        Set<F> set = new LinkedHashSet<>(fs);
        BaseEventLoop loop = (BaseEventLoop) Asyncio.getRunningLoop();
        return waitImpl(set, timeout, returnWhen, loop);
    }

    /** asyncio's {@code _wait}: its own done callback on each future releases one waiter (one hop). */
    private static <F extends Future<?>> WaitResult<F> waitImpl(Set<F> fs, Double timeout, ReturnWhen returnWhen,
                                                                BaseEventLoop loop) {
        Future<Void> waiter = loop.createFuture();
        TimerHandle timeoutHandle = timeout == null ? null : loop.callLater(timeout, new ReleaseWaiter(waiter));
        Consumer<Future<?>> onCompletion = new Consumer<>() {
            int counter = fs.size();

            @Override public void accept(Future<?> f) {
                counter--;
                if (counter <= 0 || returnWhen == ReturnWhen.FIRST_COMPLETED
                        || (returnWhen == ReturnWhen.FIRST_EXCEPTION && !f.isCancelled() && f.exception() != null)) {
                    if (timeoutHandle != null) timeoutHandle.cancel();
                    waiter.setResultUnlessDone(null);
                }
            }

            @Override public String toString() { return "_on_completion"; }
        };
        for (F f : fs) addCallback(f, onCompletion);
        try {
            waiter.await();
        } finally {
            if (timeoutHandle != null) timeoutHandle.cancel();
            for (F f : fs) removeCallback(f, onCompletion);
        }
        Set<F> done = new LinkedHashSet<>(), pending = new LinkedHashSet<>();
        for (F f : fs) (f.isDone() ? done : pending).add(f);
        return new WaitResult<>(done, pending);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void addCallback(Future<?> f, Consumer<Future<?>> cb) { ((Future) f).addDoneCallbackInternal(cb); }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void removeCallback(Future<?> f, Consumer<Future<?>> cb) { ((Future) f).removeDoneCallback(cb); }

    /** asyncio's {@code _release_waiter}. */
    private record ReleaseWaiter(Future<Void> waiter) implements Runnable, Consumer<Future<?>> {
        @Override public void run() { waiter.setResultUnlessDone(null); }
        @Override public void accept(Future<?> ignored) { run(); }
        @Override public String toString() { return "_release_waiter"; }
    }

    // ---- wait_for ----

    /** asyncio 3.12's {@code wait_for} of a future or task: awaited under a timeout scope. */
    static <T> T waitFor(Future<T> fut, Double timeout) throws TimeoutException {
        Objects.requireNonNull(fut, "fut");
        if (timeout != null && timeout <= 0) return waitNoTime(fut);
        return scope(timeout).run(cm -> fut.await());
    }

    /** asyncio 3.12's {@code wait_for} of a coroutine: inline in the calling task, no new task. */
    static <T> T waitFor(Coroutine<T> coro, Double timeout) throws TimeoutException {
        Objects.requireNonNull(coro, "coro");
        if (timeout != null && timeout <= 0) {
            return waitNoTime(BaseEventLoop.runningOrCurrentFor("ensure_future").createTask(coro));
        }
        return scope(timeout).run(cm -> coro.call());
    }

    private static Timeout scope(Double timeout) {
        EventLoop loop = Asyncio.getRunningLoop();
        return new Timeout(timeout == null ? null : loop.time() + timeout);
    }

    /** {@code wait_for} with {@code timeout <= 0}: the result if done, else cancel, wait, time out. */
    private static <T> T waitNoTime(Future<T> fut) throws TimeoutException {
        if (fut.isDone()) return fut.result();
        cancelAndWait(fut);
        try {
            return fut.result();
        } catch (CancelledError exc) {
            TimeoutException te = new TimeoutException();
            te.initCause(exc);
            throw te;
        }
    }

    /** asyncio's {@code _cancel_and_wait}: waits on a waiter, not on fut, to stay cancellable. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void cancelAndWait(Future<?> fut) {
        Future<Void> waiter = fut.loop.createFuture();
        Consumer<Future<?>> cb = new ReleaseWaiter(waiter);
        ((Future) fut).addDoneCallbackInternal(cb);
        try {
            fut.cancel();
            waiter.await();
        } finally {
            ((Future) fut).removeDoneCallback(cb);
        }
    }

    // ---- shield ----

    /**
     * asyncio's {@code shield}: an outer future that follows {@code inner} (one hop later);
     * cancelling the outer one leaves {@code inner} running.
     */
    static <T> Future<T> shield(Future<T> inner) {
        if (inner.isDone()) return inner;
        Future<T> outer = inner.loop.createFuture();
        Consumer<Future<T>> innerDone = new Consumer<>() {
            @Override public void accept(Future<T> in) {
                if (outer.isCancelled()) {
                    if (!in.isCancelled()) in.exception();  // mark the inner outcome retrieved
                    return;
                }
                if (in.isCancelled()) {
                    outer.cancel();
                } else {
                    Throwable exc = in.exception();
                    if (exc != null) outer.setException(exc); else outer.setResult(in.result());
                }
            }

            @Override public String toString() { return "_inner_done_callback"; }
        };
        inner.addDoneCallbackInternal(innerDone);
        outer.addDoneCallbackInternal(o -> { if (!inner.isDone()) inner.removeDoneCallback(innerDone); });
        return outer;
    }
}
