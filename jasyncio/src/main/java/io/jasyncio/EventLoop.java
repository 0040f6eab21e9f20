package io.jasyncio;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * asyncio's event loop ({@code AbstractEventLoop}): one thread runs callbacks, timers, I/O and
 * task steps, one at a time. Loop methods are asyncio's in camelCase. Not thread-safe except
 * {@link #callSoonThreadsafe(Runnable)} and {@link #stop()}.
 *
 * <pre>{@code
 * EventLoop loop = Asyncio.newEventLoop();
 * loop.callLater(0.1, loop::stop);
 * loop.callSoon(() -> System.out.println("first"));
 * loop.runForever();
 * loop.close();
 * }</pre>
 */
public interface EventLoop extends AutoCloseable {
    // ---- running and stopping ----

    /** Runs until {@link #stop()} is called. */
    void runForever();

    /** Runs until {@code future} is done; returns its result or rethrows its exception. */
    <T> T runUntilComplete(Awaitable<T> future);

    /** Wraps {@code coro} in a task and runs until it is done. */
    <T> T runUntilComplete(Coroutine<T> coro);

    /** Wraps {@code coro} in a task and runs until it is done. */
    Void runUntilComplete(VoidCoroutine coro);

    /** Stops the loop after the callbacks of the current iteration. Any thread. */
    void stop();

    /** Whether the loop is running. */
    boolean isRunning();

    /** Whether the loop was closed. */
    boolean isClosed();

    /**
     * Closes the loop: pending callbacks are dropped, the default executor is shut down without
     * waiting. Safe to call twice.
     *
     * @throws IllegalStateException ("Cannot close a running event loop")
     */
    @Override void close();

    // ---- scheduling callbacks ----

    /** Monotonic loop time, in seconds. */
    double time();

    /** Runs {@code callback} in the next iteration, in the current context. */
    Handle callSoon(Runnable callback);

    /** Runs {@code callback} in the next iteration, in {@code context}. */
    Handle callSoon(Runnable callback, Context context);

    /** {@link #callSoon(Runnable)} from any thread; wakes the loop. */
    Handle callSoonThreadsafe(Runnable callback);

    /** {@link #callSoon(Runnable, Context)} from any thread; wakes the loop. */
    Handle callSoonThreadsafe(Runnable callback, Context context);

    /** Runs {@code callback} after {@code delay} seconds (negative: as soon as possible). */
    TimerHandle callLater(double delay, Runnable callback);

    /** Runs {@code callback} after {@code delay}. */
    TimerHandle callLater(Duration delay, Runnable callback);

    /** Runs {@code callback} after {@code delay} seconds, in {@code context}. */
    TimerHandle callLater(double delay, Runnable callback, Context context);

    /** Runs {@code callback} at loop time {@code when}. */
    TimerHandle callAt(double when, Runnable callback);

    /** Runs {@code callback} at loop time {@code when}, in {@code context}. */
    TimerHandle callAt(double when, Runnable callback, Context context);

    // ---- futures and tasks ----

    /** A new future on this loop. */
    <T> Future<T> createFuture();

    /** Schedules {@code coro} as a task; it starts when the caller yields. */
    <T> Task<T> createTask(Coroutine<T> coro);

    /** Schedules {@code coro} as a task named {@code name} (null: {@code Task-N}). */
    <T> Task<T> createTask(Coroutine<T> coro, String name);

    /** Schedules {@code coro} as a task named {@code name}, running in {@code context}. */
    <T> Task<T> createTask(Coroutine<T> coro, String name, Context context);

    /** Schedules {@code coro} as a task. */
    Task<Void> createTask(VoidCoroutine coro);

    /** Schedules {@code coro} as a task named {@code name}. */
    Task<Void> createTask(VoidCoroutine coro, String name);

    /** Schedules {@code coro} as a task named {@code name}, running in {@code context}. */
    Task<Void> createTask(VoidCoroutine coro, String name, Context context);

    // ---- executors ----

    /**
     * Runs {@code func} on {@code executor} (null: the loop's default thread pool) and returns a
     * future of its result (asyncio's {@code run_in_executor}). The function runs in the worker
     * thread's own context, not the caller's ({@code Asyncio.toThread} copies it). The default
     * pool's workers are platform threads named {@code asyncio_N}: they never inherit the loop as
     * scheduler, so CPU-bound or blocking work there runs in parallel with the loop.
     *
     * <p>Cancelling the future cancels the job if it has not started; a running job is not
     * interrupted (asyncio does the same). A JDK {@link java.util.concurrent.CancellationException}
     * out of the job makes the future cancelled ({@link CancelledError}).
     *
     * @throws IllegalStateException ("Executor shutdown has been called") for a null executor
     *     after {@link #shutdownDefaultExecutor()}
     */
    <T> Future<T> runInExecutor(Executor executor, Callable<T> func);

    /** Replaces the default executor of {@link #runInExecutor}. */
    void setDefaultExecutor(ExecutorService executor);

    /** Shuts the default executor down; the future is done when its threads have finished. */
    Future<Void> shutdownDefaultExecutor();

    // ---- errors and debugging ----

    /** Sets the handler for errors the loop catches; null restores the default. */
    void setExceptionHandler(ExceptionHandler handler);

    /** The handler set, or null while the default is in use. */
    ExceptionHandler getExceptionHandler();

    /** The default handler: logs the context at ERROR on the {@code io.jasyncio} logger. */
    void defaultExceptionHandler(Map<String, Object> context);

    /** Hands {@code context} to the exception handler. */
    void callExceptionHandler(Map<String, Object> context);

    /** Debug mode: thread checks, slow-callback warnings. */
    void setDebug(boolean enabled);

    /** Whether debug mode is on. */
    boolean isDebug();

    /** In debug mode, callbacks slower than this many seconds are logged (default 0.1). */
    void setSlowCallbackDuration(double seconds);

    /** The slow-callback threshold, in seconds. */
    double getSlowCallbackDuration();
}
