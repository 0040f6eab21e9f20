package io.jasyncio;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;

/**
 * asyncio's module-level functions: {@code asyncio.run} is {@code Asyncio.run}, and so on. Most
 * are meant to be called inside a task (a coroutine run by the loop).
 *
 * <pre>{@code
 * import static io.jasyncio.Asyncio.*;
 *
 * int r = Asyncio.run(() -> {
 *     Task<Integer> t = createTask(() -> { sleep(0.1); return 21; });
 *     System.out.println("Hello Coroutine World");
 *     return 2 * t.await();
 * });
 * }</pre>
 */
public final class Asyncio {
    private Asyncio() {}

    // ---- running ----

    /**
     * asyncio's {@code run}: runs {@code main} on a new event loop and returns its result (or
     * rethrows its exception unchanged); then cancels the tasks still pending, waits for them,
     * shuts the default executor down and closes the loop.
     *
     * @throws IllegalStateException ("asyncio.run() cannot be called from a running event loop")
     */
    public static <T> T run(Coroutine<T> main) { return run(main, null); }

    /** {@link #run(Coroutine)} with the loop's debug mode set. */
    public static <T> T run(Coroutine<T> main, boolean debug) { return run(main, Boolean.valueOf(debug)); }

    /** {@link #run(Coroutine)} for a body without a result. */
    public static Void run(VoidCoroutine main) { return run(main.asCoroutine(), null); }

    /** {@link #run(Coroutine)} for a body without a result, with the loop's debug mode set. */
    public static Void run(VoidCoroutine main, boolean debug) { return run(main.asCoroutine(), Boolean.valueOf(debug)); }

    private static <T> T run(Coroutine<T> main, Boolean debug) {
        if (BaseEventLoop.runningLoop() != null) {
            throw new IllegalStateException("asyncio.run() cannot be called from a running event loop");
        }
        try (Runner runner = new Runner(debug)) {
            return runner.run(main);
        }
    }

    /** A new event loop (a {@link SelectorEventLoop}); close it when done. */
    public static EventLoop newEventLoop() { return new SelectorEventLoop(); }

    /**
     * The loop running in this thread (inside a task: the task's loop).
     *
     * @throws IllegalStateException ("no running event loop") outside a loop
     */
    public static EventLoop getRunningLoop() {
        BaseEventLoop l = BaseEventLoop.runningLoop();
        if (l == null) throw new IllegalStateException("no running event loop");
        return l;
    }

    // ---- tasks ----

    /** Schedules {@code coro} as a task on the running loop; it starts when the caller yields. */
    public static <T> Task<T> createTask(Coroutine<T> coro) { return createTask(coro, null, null); }

    /** {@link #createTask(Coroutine)} with a name (null: {@code Task-N}). */
    public static <T> Task<T> createTask(Coroutine<T> coro, String name) { return createTask(coro, name, null); }

    /** {@link #createTask(Coroutine)} with a name and the context to run in (null: a copy of the current). */
    public static <T> Task<T> createTask(Coroutine<T> coro, String name, Context context) {
        return ((BaseEventLoop) getRunningLoop()).createTask(coro, name, context);
    }

    /** Schedules a body without a result as a task. */
    public static Task<Void> createTask(VoidCoroutine coro) { return createTask(coro.asCoroutine(), null, null); }

    /** Schedules a body without a result as a named task. */
    public static Task<Void> createTask(VoidCoroutine coro, String name) { return createTask(coro.asCoroutine(), name, null); }

    /** Schedules a body without a result as a named task in {@code context}. */
    public static Task<Void> createTask(VoidCoroutine coro, String name, Context context) {
        return createTask(coro.asCoroutine(), name, context);
    }

    /** The task running now, or null in a plain callback. */
    public static Task<?> currentTask() {
        TaskRunner r = TaskRunner.current();
        if (r != null) return r.task;
        BaseEventLoop l = BaseEventLoop.runningLoop();
        if (l != null) return l.currentTask;
        throw new IllegalStateException("no running event loop");
    }

    /** The task {@code loop} is running now (null loop: the running loop), or null. */
    public static Task<?> currentTask(EventLoop loop) {
        if (loop == null) return currentTask();
        BaseEventLoop l = (BaseEventLoop) loop;
        if (BaseEventLoop.runningLoop() == l) return currentTask();
        return l.currentTask;
    }

    /** The running loop's tasks that are not done yet. */
    public static Set<Task<?>> allTasks() { return ((BaseEventLoop) getRunningLoop()).pendingTasks(); }

    /** {@code loop}'s tasks that are not done yet (null: the running loop's). */
    public static Set<Task<?>> allTasks(EventLoop loop) {
        return loop == null ? allTasks() : ((BaseEventLoop) loop).pendingTasks();
    }

    /** A future for {@code aw}: the future itself. */
    public static <T> Future<T> ensureFuture(Awaitable<T> aw) { return (Future<T>) aw; }

    /** A future for {@code aw} on {@code loop}; a future of another loop is refused. */
    public static <T> Future<T> ensureFuture(Awaitable<T> aw, EventLoop loop) {
        Future<T> f = (Future<T>) aw;
        if (loop != null && f.loop != loop) {
            throw new IllegalArgumentException("The future belongs to a different loop than the one specified as the loop argument");
        }
        return f;
    }

    /** A task running {@code coro} on the running loop. */
    public static <T> Task<T> ensureFuture(Coroutine<T> coro) { return createTask(coro); }

    /** A task running {@code coro} on {@code loop} (null: the running loop). */
    public static <T> Task<T> ensureFuture(Coroutine<T> coro, EventLoop loop) {
        return loop == null ? createTask(coro) : loop.createTask(coro);
    }

    /** A task running {@code coro} on the running loop. */
    public static Task<Void> ensureFuture(VoidCoroutine coro) { return createTask(coro); }

    /** A task running {@code coro} on {@code loop} (null: the running loop). */
    public static Task<Void> ensureFuture(VoidCoroutine coro, EventLoop loop) {
        return ensureFuture(coro.asCoroutine(), loop);
    }

    /** ensure_future for the mixed arguments of gather and friends; null loop: any. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Future<?> ensureFutureOn(Object arg, BaseEventLoop loop) {
        if (arg instanceof Future<?> f) {
            if (loop != null && f.loop != loop) {
                throw new IllegalArgumentException("The future belongs to a different loop than the one specified as the loop argument");
            }
            return f;
        }
        BaseEventLoop l = loop != null ? loop : BaseEventLoop.runningOrCurrentFor("ensure_future");
        if (arg instanceof Coroutine c) return l.createTask(c);
        if (arg instanceof VoidCoroutine v) return l.createTask(v);
        if (arg == null) throw new NullPointerException("awaitable");
        throw new IllegalArgumentException("An asyncio.Future, a coroutine or an awaitable is required");
    }

    // ---- sleeping ----

    /** Suspends the current task for {@code delay} seconds; {@code sleep(0)} yields exactly once. */
    public static void sleep(double delay) { sleep(delay, null); }

    /** Suspends the current task for {@code delay}. */
    public static void sleep(Duration delay) { sleep(BaseEventLoop.seconds(delay), null); }

    /** Suspends the current task for {@code delay}, then returns {@code result}. */
    public static <T> T sleep(Duration delay, T result) { return sleep(BaseEventLoop.seconds(delay), result); }

    /** Suspends the current task for {@code delay} seconds, then returns {@code result}. */
    public static <T> T sleep(double delay, T result) {
        if (Double.isNaN(delay)) throw new IllegalArgumentException("Invalid delay: NaN (not a number)");
        TaskRunner r = TaskRunner.requireCurrent("sleep()");
        if (delay <= 0) {
            r.sleep0();
            return result;
        }
        Future<T> f = r.loop.createFuture();
        TimerHandle h = r.loop.callLater(delay, new SleepWakeup<>(f, result));
        try {
            return f.await();
        } finally {
            h.cancel();
        }
    }

    /** asyncio's {@code futures._set_result_unless_cancelled}, as the timer of a sleep. */
    private record SleepWakeup<T>(Future<T> future, T result) implements Runnable {
        @Override public void run() { future.setResultUnlessDone(result); }
        @Override public String toString() { return "_set_result_unless_cancelled"; }
    }

    // ---- gather ----

    /** {@code gather()} of nothing: a done future of an empty list. */
    public static Future<List<Object>> gather() { return castList(GatheringFuture.gather(List.of(), false)); }

    /**
     * Runs the awaitables concurrently; the future's result lists their results in argument
     * order. The first exception is passed on (the others keep running); cancelling the returned
     * future cancels every child.
     */
    @SafeVarargs
    public static <T> Future<List<T>> gather(Awaitable<? extends T>... aws) {
        return castList(GatheringFuture.gather(Arrays.asList(aws), false));
    }

    /** {@link #gather(Awaitable[])} over coroutines, each wrapped in a task. */
    @SafeVarargs
    public static <T> Future<List<T>> gather(Coroutine<? extends T>... coros) {
        return castList(GatheringFuture.gather(Arrays.asList(coros), false));
    }

    /** {@link #gather(Awaitable[])} over coroutines without results. */
    public static Future<List<Void>> gather(VoidCoroutine... coros) {
        return castList(GatheringFuture.gather(Arrays.asList(coros), false));
    }

    /**
     * gather over futures, tasks and coroutines mixed; with {@code returnExceptions} a failed
     * child's {@link Throwable} takes its place in the list.
     */
    public static Future<List<Object>> gather(Collection<?> awaitablesOrCoroutines, boolean returnExceptions) {
        return castList(GatheringFuture.gather(awaitablesOrCoroutines, returnExceptions));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Future<List<T>> castList(GatheringFuture f) { return (Future) f; }

    // ---- threads ----

    /**
     * Runs {@code func} on the loop's default executor, in a copy of the current context, and
     * waits for its result (asyncio's {@code to_thread}).
     */
    public static <T> T toThread(Callable<T> func) {
        Objects.requireNonNull(func, "func");
        EventLoop loop = getRunningLoop();
        Context ctx = Context.copyContext();
        return loop.runInExecutor(null, () -> ctx.run(func)).await();
    }

    /** {@link #toThread(Callable)} for an action without a result. */
    public static Void toThread(ThrowingRunnable func) {
        Objects.requireNonNull(func, "func");
        return toThread(() -> { func.run(); return null; });
    }

    /**
     * Submits {@code coro} to {@code loop} from another thread; the returned future completes with
     * the task's outcome, and cancelling it cancels the task.
     */
    public static <T> CompletableFuture<T> runCoroutineThreadsafe(Coroutine<T> coro, EventLoop loop) {
        Objects.requireNonNull(coro, "coro");
        Objects.requireNonNull(loop, "loop");
        CompletableFuture<T> cf = new CompletableFuture<>();
        loop.callSoonThreadsafe(() -> {
            if (cf.isDone()) return;
            Task<T> task;
            try {
                task = loop.createTask(coro);
            } catch (Throwable t) {
                cf.completeExceptionally(t);
                throw t;
            }
            task.addDoneCallback(t -> t.copyOutcomeTo(cf));
            cf.whenComplete((v, e) -> {
                if (cf.isCancelled()) ((BaseEventLoop) loop).callSoonFromThread(() -> task.cancel());
            });
        });
        return cf;
    }

    /** {@link #runCoroutineThreadsafe(Coroutine, EventLoop)} for a body without a result. */
    public static CompletableFuture<Void> runCoroutineThreadsafe(VoidCoroutine coro, EventLoop loop) {
        return runCoroutineThreadsafe(coro.asCoroutine(), loop);
    }

    /** A Future on the running loop that follows {@code cf}; cancelling it cancels {@code cf}. */
    public static <T> Future<T> wrapFuture(CompletableFuture<T> cf) { return wrapFuture(cf, null); }

    /**
     * asyncio's {@code wrap_future}: a Future on {@code loop} (null: the running loop) that
     * follows {@code cf}, one loop iteration after {@code cf} completes. A cancelled {@code cf}
     * cancels it; a {@code CancellationException} that merely fails {@code cf} (a dependent stage
     * of a cancelled one) makes it fail with {@link CancelledError}; cancelling it cancels {@code cf}.
     */
    public static <T> Future<T> wrapFuture(CompletableFuture<T> cf, EventLoop loop) {
        Objects.requireNonNull(cf, "future");
        BaseEventLoop l = loop != null ? (BaseEventLoop) loop : BaseEventLoop.runningOrCurrentFor("wrap_future");
        Future<T> out = l.createFuture();
        out.addDoneCallback(f -> { if (f.isCancelled()) cf.cancel(false); });
        cf.whenComplete((v, e) -> l.callSoonFromThread(() -> ChainedFuture.copyInto(cf, out)));
        return out;
    }

    /**
     * A Future on the running loop that follows a JDK future (waited for on a helper thread).
     * Cancelling it cancels {@code jf} without interrupting it, as asyncio cancels a
     * {@code concurrent.futures.Future}.
     */
    public static <T> Future<T> wrapFuture(java.util.concurrent.Future<T> jf) {
        if (jf instanceof CompletableFuture<T> cf) return wrapFuture(cf, null);
        Objects.requireNonNull(jf, "future");
        BaseEventLoop l = BaseEventLoop.runningOrCurrentFor("wrap_future");
        Future<T> out = l.createFuture();
        out.addDoneCallback(f -> { if (f.isCancelled()) jf.cancel(false); });  // no interrupt, as asyncio
        Watchers.POOL.execute(() -> {
            try {
                jf.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | CancellationException e) {
                // the outcome is copied below
            }
            l.callSoonFromThread(() -> ChainedFuture.copyInto(jf, out));
        });
        return out;
    }

    /** Platform threads that block on JDK futures for {@link #wrapFuture(java.util.concurrent.Future)}. */
    private static final class Watchers {
        static final ExecutorService POOL = Executors.newCachedThreadPool(
                r -> Thread.ofPlatform().daemon(true).name("jasyncio-future-watcher").unstarted(r));
    }

    // ---- waiting ----
    // wait, wait_for, timeouts, TaskGroup, shield, as_completed (asyncio 3.12's tasks.py,
    // timeouts.py, taskgroups.py). Call Asyncio.wait qualified: a static import of it is
    // shadowed by Object.wait.

    /**
     * asyncio's {@code wait(fs)}: waits until every future is done; never cancels anything.
     * Returns the very futures passed in, split into done and pending. Resumes one hop after the
     * last completion (its own done callback on each future).
     *
     * @throws IllegalArgumentException ("Set of Tasks/Futures is empty.") for no futures
     */
    public static <F extends Future<?>> WaitResult<F> wait(Collection<F> fs) {
        return Waiting.wait(fs, null, ReturnWhen.ALL_COMPLETED);
    }

    /**
     * asyncio's {@code wait(fs, return_when=...)}.
     *
     * @throws IllegalArgumentException ("Set of Tasks/Futures is empty.", "Invalid return_when
     *         value: None")
     */
    public static <F extends Future<?>> WaitResult<F> wait(Collection<F> fs, ReturnWhen returnWhen) {
        return Waiting.wait(fs, null, returnWhen);
    }

    /**
     * asyncio's {@code wait(fs, timeout=..., return_when=...)}: past the timeout it returns with
     * the unfinished futures in {@code pending()}, neither cancelling them nor throwing. A null
     * timeout waits as long as it takes.
     */
    public static <F extends Future<?>> WaitResult<F> wait(Collection<F> fs, Duration timeout, ReturnWhen returnWhen) {
        return Waiting.wait(fs, timeout == null ? null : BaseEventLoop.seconds(timeout), returnWhen);
    }

    /** {@link #wait(Collection, Duration, ReturnWhen)} with a timeout in seconds. */
    public static <F extends Future<?>> WaitResult<F> wait(Collection<F> fs, double timeout, ReturnWhen returnWhen) {
        return Waiting.wait(fs, timeout, returnWhen);
    }

    /** {@link #wait(Collection, Duration, ReturnWhen)} until all are done or the timeout passes. */
    public static <F extends Future<?>> WaitResult<F> wait(Collection<F> fs, Duration timeout) {
        return wait(fs, timeout, ReturnWhen.ALL_COMPLETED);
    }

    /** {@link #wait(Collection, Duration, ReturnWhen)} with a timeout in seconds, until all are done. */
    public static <F extends Future<?>> WaitResult<F> wait(Collection<F> fs, double timeout) {
        return Waiting.wait(fs, timeout, ReturnWhen.ALL_COMPLETED);
    }

    /**
     * asyncio 3.12's {@code wait_for(fut, timeout)}: awaits the future or task; past the timeout
     * it cancels it and throws {@link TimeoutException} (whose cause is the
     * {@link CancelledError}). A null timeout never expires. With {@code timeout <= 0} the result
     * is returned only if the future is already done; else it is cancelled, the cancellation is
     * waited for, and {@code TimeoutException} is thrown.
     */
    public static <T> T waitFor(Awaitable<T> aw, Duration timeout) throws TimeoutException {
        return Waiting.waitFor((Future<T>) aw, timeout == null ? null : BaseEventLoop.seconds(timeout));
    }

    /** {@link #waitFor(Awaitable, Duration)} with a timeout in seconds. */
    public static <T> T waitFor(Awaitable<T> aw, double timeout) throws TimeoutException {
        return Waiting.waitFor((Future<T>) aw, timeout);
    }

    /**
     * asyncio 3.12's {@code wait_for(coro, timeout)}: with a positive (or null) timeout the
     * coroutine runs inline in the calling task, inside a {@link Timeout} scope: no new task,
     * the caller's context. With {@code timeout <= 0} it is wrapped in a task that is cancelled
     * before it starts, and {@link TimeoutException} is thrown.
     */
    public static <T> T waitFor(Coroutine<T> coro, Duration timeout) throws TimeoutException {
        return Waiting.waitFor(coro, timeout == null ? null : BaseEventLoop.seconds(timeout));
    }

    /** {@link #waitFor(Coroutine, Duration)} with a timeout in seconds. */
    public static <T> T waitFor(Coroutine<T> coro, double timeout) throws TimeoutException {
        return Waiting.waitFor(coro, timeout);
    }

    /** {@link #waitFor(Coroutine, Duration)} for a body without a result: {@code waitFor(() -> sleep(5), d)}. */
    public static Void waitFor(VoidCoroutine coro, Duration timeout) throws TimeoutException {
        return waitFor(Objects.requireNonNull(coro, "coro").asCoroutine(), timeout);
    }

    /** {@link #waitFor(VoidCoroutine, Duration)} with a timeout in seconds. */
    public static Void waitFor(VoidCoroutine coro, double timeout) throws TimeoutException {
        return waitFor(Objects.requireNonNull(coro, "coro").asCoroutine(), timeout);
    }

    /**
     * asyncio's {@code async with asyncio.timeout(delay) as cm:}: runs {@code body} in the
     * current task and cancels it when {@code delay} has passed; the block then throws
     * {@link TimeoutException}. A null delay never expires (until rescheduled).
     *
     * @throws IllegalStateException ("Timeout should be used inside a task") outside a task
     */
    public static <T> T timeout(Duration delay, Timeout.Body<T> body) throws TimeoutException {
        return timeoutIn(delay == null ? null : BaseEventLoop.seconds(delay), body);
    }

    /** {@link #timeout(Duration, Timeout.Body)} with a delay in seconds. */
    public static <T> T timeout(double delay, Timeout.Body<T> body) throws TimeoutException {
        return timeoutIn(delay, body);
    }

    private static <T> T timeoutIn(Double delay, Timeout.Body<T> body) throws TimeoutException {
        Objects.requireNonNull(body, "body");
        EventLoop loop = getRunningLoop();
        return new Timeout(delay == null ? null : loop.time() + delay).run(body);
    }

    /** asyncio's {@code timeout_at(when)}: {@link #timeout(Duration, Timeout.Body)} until loop time {@code when}. */
    public static <T> T timeoutAt(double when, Timeout.Body<T> body) throws TimeoutException {
        return timeoutAt(Double.valueOf(when), body);
    }

    /** {@link #timeoutAt(double, Timeout.Body)}; a null {@code when} never expires. */
    public static <T> T timeoutAt(Double when, Timeout.Body<T> body) throws TimeoutException {
        return new Timeout(when).run(Objects.requireNonNull(body, "body"));
    }

    /**
     * asyncio's {@code async with asyncio.TaskGroup() as tg:}: runs {@code body} in the current
     * task, then waits for every task it started with {@code tg.createTask}; returns the body's
     * value. See {@link TaskGroup} for failures and cancellation.
     *
     * @throws ExceptionGroup when children (or the body) failed
     */
    public static <T> T taskGroup(TaskGroup.Body<T> body) {
        return new TaskGroup().run(Objects.requireNonNull(body, "body"));
    }

    /**
     * asyncio's {@code shield(aw)}: a future that follows {@code aw} but whose cancellation does
     * not cancel {@code aw} (a done {@code aw} is returned itself). It completes one hop after
     * {@code aw}.
     */
    public static <T> Future<T> shield(Awaitable<T> aw) {
        return Waiting.shield((Future<T>) Objects.requireNonNull(aw, "arg"));
    }

    /** {@link #shield(Awaitable)} of a coroutine, wrapped in a task. */
    public static <T> Future<T> shield(Coroutine<T> coro) {
        return Waiting.shield(BaseEventLoop.runningOrCurrentFor("shield").createTask(Objects.requireNonNull(coro, "arg")));
    }

    /** {@link #shield(Awaitable)} of a coroutine without a result, wrapped in a task. */
    public static Future<Void> shield(VoidCoroutine coro) {
        return shield(Objects.requireNonNull(coro, "arg").asCoroutine());
    }

    /**
     * asyncio's {@code as_completed}: each coroutine wrapped in a task (the same object once);
     * {@code next()} returns at once a new future for the next one to complete.
     */
    @SafeVarargs
    public static <T> Iterable<Future<T>> asCompleted(Coroutine<? extends T>... coros) {
        return new AsCompleted<>(Arrays.asList(coros), null);
    }

    /**
     * asyncio's {@code as_completed(fs)}: an iterable of new futures (not the originals), one per
     * distinct argument, that complete in the order the arguments do (one hop later).
     */
    public static <T> Iterable<Future<T>> asCompleted(Collection<? extends Awaitable<? extends T>> aws) {
        return new AsCompleted<>(aws, null);
    }

    /**
     * {@link #asCompleted(Collection)} with a timeout: past it, awaiting each future not yet
     * completed throws {@link TimeoutException} (undeclared). A null timeout never expires.
     */
    public static <T> Iterable<Future<T>> asCompleted(Collection<? extends Awaitable<? extends T>> aws, Duration timeout) {
        return new AsCompleted<>(aws, timeout == null ? null : BaseEventLoop.seconds(timeout));
    }

    /** {@link #asCompleted(Collection, Duration)} with a timeout in seconds. */
    public static <T> Iterable<Future<T>> asCompleted(Collection<? extends Awaitable<? extends T>> aws, double timeout) {
        return new AsCompleted<>(aws, timeout);
    }
}
