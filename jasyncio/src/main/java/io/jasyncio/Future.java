package io.jasyncio;

import io.jasyncio.internal.Callables;
import io.jasyncio.internal.Repr;
import io.jasyncio.internal.Throwing;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * asyncio's {@code Future}: a result that will be set later, on one event loop. Not thread-safe:
 * use it from its loop (other threads go through {@link EventLoop#callSoonThreadsafe}).
 *
 * <p>Done callbacks run through {@code callSoon}, in the order they were added, never inline.
 * A task awaiting the future resumes one loop iteration after the future completes.
 *
 * <pre>{@code
 * Asyncio.run(() -> {
 *     Future<String> f = Asyncio.getRunningLoop().createFuture();
 *     Asyncio.getRunningLoop().callLater(0.1, () -> f.setResult("ready"));
 *     return f.await();
 * });
 * }</pre>
 *
 * @param <T> the result type
 */
public non-sealed class Future<T> implements Awaitable<T> {
    static final int PENDING = 0, CANCELLED = 1, FINISHED = 2;

    final BaseEventLoop loop;
    int state = PENDING;
    private T result;
    private Throwable exception;
    String cancelMessage;
    /** The CancelledError that ended a task, handed out once by the next result()/await(). */
    CancelledError cancelledExc;
    boolean logTraceback;

    /** Done callbacks: {@link DoneCallback}s and waiting {@link TaskRunner}s, in order. */
    private Object callbacks;  // null, one entry, or an ArrayList of entries

    /** A future on the running event loop. */
    public Future() { this(BaseEventLoop.runningOrCurrentFor("Future")); }

    /** A future on {@code loop}. */
    public Future(EventLoop loop) { this((BaseEventLoop) loop); }

    Future(BaseEventLoop loop) { this.loop = loop; }

    /**
     * A done callback, registered and scheduled as one object: firing it queues this very handle,
     * so completing a future allocates nothing per callback.
     */
    private static final class DoneCallback extends Handle implements Runnable {
        final Consumer<Object> fn;
        final Future<?> future;

        DoneCallback(Future<?> future, Consumer<Object> fn, Object context) {
            super(future.loop, null, context);
            this.fn = fn;
            this.future = future;
            this.callback = this;
        }

        @Override public void run() { fn.accept(future); }

        @Override Object named() { return fn; }
    }

    // ---- state ----

    /** Whether the future has a result, an exception, or was cancelled. */
    public final boolean isDone() { return state != PENDING; }

    /** Whether the future was cancelled. */
    public final boolean isCancelled() { return state == CANCELLED; }

    /** The loop the future belongs to. */
    public final EventLoop getLoop() { return loop; }

    /**
     * The result; rethrows the exception the future holds (unchanged, checked or not).
     *
     * @throws CancelledError if the future was cancelled
     * @throws InvalidStateException ("Result is not set.") if it is still pending
     */
    public final T result() {
        if (state == CANCELLED) throw makeCancelledError();
        if (state != FINISHED) throw new InvalidStateException("Result is not set.");
        logTraceback = false;
        if (exception != null) throw Throwing.sneaky(exception);
        return result;
    }

    /**
     * The exception the future holds, or null when it has a result.
     *
     * @throws CancelledError if the future was cancelled
     * @throws InvalidStateException ("Exception is not set.") if it is still pending
     */
    public final Throwable exception() {
        if (state == CANCELLED) throw makeCancelledError();
        if (state != FINISHED) throw new InvalidStateException("Exception is not set.");
        logTraceback = false;
        return exception;
    }

    /** asyncio's {@code _make_cancelled_error}: the task's own CancelledError once, then new ones. */
    final CancelledError makeCancelledError() {
        if (cancelledExc != null) {
            CancelledError e = cancelledExc;
            cancelledExc = null;
            return e;
        }
        return cancelMessage == null ? new CancelledError() : new CancelledError(cancelMessage);
    }

    /** Whether result() would throw a CancelledError: cancelled, or failed with one. */
    final boolean endsInCancelledError() {
        return state == CANCELLED || exception instanceof CancelledError;
    }

    /** Cancels the future: false if it is already done. Callbacks are scheduled. */
    public boolean cancel() { return cancel(null); }

    /** Cancels the future with a message that the {@link CancelledError} will carry. */
    public boolean cancel(String msg) {
        return cancelFuture(msg);
    }

    /** {@code Future.cancel} itself, which {@link Task#cancel(String)} overrides. */
    final boolean cancelFuture(String msg) {
        logTraceback = false;
        if (state != PENDING) return false;
        state = CANCELLED;
        cancelMessage = msg;
        scheduleCallbacks();
        return true;
    }

    /**
     * Marks the future done with {@code value}.
     *
     * @throws InvalidStateException ("invalid state") if it is already done
     */
    public void setResult(T value) {
        if (state != PENDING) throw new InvalidStateException("invalid state");
        completeResult(value);
    }

    /**
     * Marks the future done with an exception, which {@link #result()} and {@link #await()} rethrow.
     *
     * @throws InvalidStateException ("invalid state") if it is already done
     * @throws NullPointerException if {@code exc} is null
     */
    public void setException(Throwable exc) {
        if (state != PENDING) throw new InvalidStateException("invalid state");
        completeException(java.util.Objects.requireNonNull(exc, "exception"));
    }

    final void completeResult(T value) {
        result = value;
        state = FINISHED;
        scheduleCallbacks();
    }

    final void completeException(Throwable exc) {
        exception = exc;
        state = FINISHED;
        logTraceback = true;
        loop.trackUnretrieved(this);
        scheduleCallbacks();
    }

    /** Sets the result unless the future is done already (a cancelled sleep, say). */
    final void setResultUnlessDone(T value) {
        if (state == PENDING) completeResult(value);
    }

    // ---- callbacks ----

    /** Calls {@code fn(this)} through {@code callSoon} when the future is done (at once if it is). */
    public final void addDoneCallback(Consumer<? super Future<T>> fn) {
        addDoneCallback(fn, null);
    }

    /** As {@link #addDoneCallback(Consumer)}, running {@code fn} in {@code context}. */
    public final void addDoneCallback(Consumer<? super Future<T>> fn, Context context) {
        java.util.Objects.requireNonNull(fn, "fn");
        addCallback(fn, context != null ? context : Context.snapshot());
    }

    /**
     * The library's own done callbacks: they set no context variables, so they run in the loop's
     * current context instead of a copy made for each.
     */
    final void addDoneCallbackInternal(Consumer<? super Future<T>> fn) {
        addCallback(fn, null);
    }

    @SuppressWarnings("unchecked")
    private void addCallback(Consumer<? super Future<T>> fn, Object ctx) {
        DoneCallback d = new DoneCallback(this, (Consumer<Object>) (Consumer<?>) fn, ctx);
        if (state != PENDING) loop.scheduleHandle(d); else addEntry(d);
    }

    /** Removes every registration of {@code fn} (compared by identity); returns how many. */
    public final int removeDoneCallback(Consumer<? super Future<T>> fn) {
        if (callbacks == null) return 0;
        if (callbacks instanceof ArrayList<?> list) {
            int before = list.size();
            list.removeIf(e -> e instanceof DoneCallback d && d.fn == fn);
            return before - list.size();
        }
        if (callbacks instanceof DoneCallback d && d.fn == fn) { callbacks = null; return 1; }
        return 0;
    }

    /** Whether {@code e} is registered as an entry (identity). */
    final boolean hasEntry(Object e) {
        Object c = callbacks;
        if (c == e) return true;
        if (c instanceof ArrayList<?> list) {
            for (Object x : list) if (x == e) return true;
        }
        return false;
    }

    /** A gather waiting for this child: told in callback order (see GatheringFuture.childCompleted). */
    final void addGatherer(GatheringFuture g) { addEntry(g); }

    /** A task's wake-up: fired in callback order, it puts the task on the ready queue. */
    final void addWaiter(TaskRunner r) { addEntry(r); }


    @SuppressWarnings("unchecked")
    private void addEntry(Object e) {
        Object c = callbacks;
        if (c == null) callbacks = e;
        else if (c instanceof ArrayList<?> list) ((ArrayList<Object>) list).add(e);
        else {
            ArrayList<Object> list = new ArrayList<>(4);
            list.add(c);
            list.add(e);
            callbacks = list;
        }
    }

    /** asyncio's {@code __schedule_callbacks}: each callback is {@code call_soon}ed, in order. */
    private void scheduleCallbacks() {
        Object c = callbacks;
        if (c == null) return;
        callbacks = null;
        if (c instanceof ArrayList<?> list) {
            for (Object e : list) fire(e);
        } else {
            fire(c);
        }
    }

    private void fire(Object e) {
        if (e instanceof TaskRunner r) {
            r.wake();
        } else if (e instanceof GatheringFuture g) {
            g.childCompleted(this, false);
        } else {
            loop.scheduleHandle((DoneCallback) e);
        }
    }

    // ---- await ----

    /**
     * Waits for the future inside a task: returns its result, rethrows its exception unchanged,
     * or throws {@link CancelledError}. Returns at once, without yielding, if the future is done.
     *
     * @throws IllegalStateException when called outside a task while the future is pending
     */
    @Override
    public final T await() {
        if (state == PENDING) TaskRunner.requireCurrent(this).awaitFuture(this);
        return result();
    }

    /**
     * A {@link CompletableFuture} completed with this future's outcome, for code on other threads.
     * Cancelling it cancels this future (through the loop).
     */
    public final CompletableFuture<T> toCompletableFuture() {
        CompletableFuture<T> cf = new CompletableFuture<>() {
            @Override public boolean cancel(boolean mayInterrupt) {
                boolean r = super.cancel(mayInterrupt);
                if (r) loop.callSoonFromThread(() -> Future.this.cancel());
                return r;
            }
        };
        if (isDone()) copyOutcomeTo(cf);
        else addDoneCallback(f -> f.copyOutcomeTo(cf));
        return cf;
    }

    /** Completes {@code cf} as this done future ended: cancelled, failed, or with its result. */
    final void copyOutcomeTo(CompletableFuture<? super T> cf) {
        if (state == CANCELLED) cf.cancel(false);
        else if (exception != null) { logTraceback = false; cf.completeExceptionally(exception); }
        else cf.complete(result);
    }

    // ---- repr ----

    List<String> reprInfo() {
        List<String> info = new ArrayList<>(4);
        info.add(state == PENDING ? "pending" : state == CANCELLED ? "cancelled" : "finished");
        if (state == FINISHED) {
            info.add(exception != null ? "exception=" + Repr.ofException(exception) : "result=" + Repr.of(result));
        }
        Object c = callbacks;
        if (c != null) {
            List<String> names = new ArrayList<>();
            if (c instanceof ArrayList<?> list) for (Object e : list) names.add(entryName(e));
            else names.add(entryName(c));
            String cb;
            if (names.size() <= 2) cb = String.join(", ", names);
            else cb = names.get(0) + ", <" + (names.size() - 2) + " more>, " + names.get(names.size() - 1);
            info.add("cb=[" + cb + "]");
        }
        return info;
    }

    private static String entryName(Object e) {
        if (e instanceof TaskRunner) return "Task.task_wakeup()";
        if (e instanceof GatheringFuture) return "gather._done_callback()";
        return Callables.name(((DoneCallback) e).fn) + "()";
    }

    String className() { return "Future"; }

    @Override public String toString() {
        return "<" + className() + " " + String.join(" ", reprInfo()) + ">";
    }
}
