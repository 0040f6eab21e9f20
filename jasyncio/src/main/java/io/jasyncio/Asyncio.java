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
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
        Object s = BaseEventLoop.LOOP_STATE.get();
        if (s instanceof TaskRunner r) return r.task;
        if (s instanceof BaseEventLoop l) return l.currentTask;
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
            task.addDoneCallback(t -> {
                if (t.isCancelled()) cf.cancel(false);
                else if (t.exception() != null) cf.completeExceptionally(t.exception());
                else cf.complete(t.result());
            });
            cf.whenComplete((v, e) -> {
                if (cf.isCancelled() && !loop.isClosed()) loop.callSoonThreadsafe(() -> task.cancel());
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
        cf.whenComplete((v, e) -> {
            l.callSoonFromThread(() -> {
                if (out.isDone()) return;
                Throwable cause = e instanceof CompletionException ce && ce.getCause() != null ? ce.getCause() : e;
                if (cf.isCancelled()) out.cancel();
                else if (cause == null) out.setResult(v);
                else out.setException(ChainedFuture.convert(cause));
            });
        });
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

}
