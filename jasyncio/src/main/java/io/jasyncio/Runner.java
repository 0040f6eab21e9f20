package io.jasyncio;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * asyncio's {@code Runner}: one event loop for several {@code run} calls, closed with the
 * runner. {@link Asyncio#run(Coroutine)} is a Runner used once.
 *
 * <pre>{@code
 * try (Runner runner = new Runner()) {
 *     runner.run(() -> { Asyncio.sleep(0.1); return null; });
 *     runner.run(() -> "second run, same loop");
 * }
 * }</pre>
 */
public final class Runner implements AutoCloseable {
    private static final int CREATED = 0, INITIALIZED = 1, CLOSED = 2;
    private final Boolean debug;
    private int state = CREATED;
    private BaseEventLoop loop;
    private Context context;

    /** A runner whose loop keeps its default debug mode. */
    public Runner() { this((Boolean) null); }

    /** A runner whose loop has debug mode {@code debug}. */
    public Runner(boolean debug) { this(Boolean.valueOf(debug)); }

    /** What the last {@link #run} threw, so that {@link #close()} does not throw it a second time. */
    private Throwable thrownByRun;

    Runner(Boolean debug) { this.debug = debug; }

    /**
     * Runs {@code coro} as a task on the runner's loop until it is done; returns its result or
     * rethrows its exception unchanged.
     *
     * @throws IllegalStateException ("Runner.run() cannot be called from a running event loop")
     */
    public <T> T run(Coroutine<T> coro) { return run(coro, null); }

    /** {@link #run(Coroutine)} in {@code context} (null: the runner's own). */
    public <T> T run(Coroutine<T> coro, Context context) {
        java.util.Objects.requireNonNull(coro, "coro");
        if (BaseEventLoop.runningLoop() != null) {
            throw new IllegalStateException("Runner.run() cannot be called from a running event loop");
        }
        lazyInit();
        Task<T> task = loop.createTask(coro, null, context != null ? context : this.context);
        try {
            return loop.runUntilComplete(task);
        } catch (Throwable t) {
            thrownByRun = t;
            throw t;
        }
    }

    /** {@link #run(Coroutine)} for a body without a result. */
    public Void run(VoidCoroutine coro) { return run(coro.asCoroutine(), null); }

    /** The runner's loop (created on first use). */
    public EventLoop getLoop() {
        lazyInit();
        return loop;
    }

    private void lazyInit() {
        if (state == CLOSED) throw new IllegalStateException("Runner is closed");
        if (state == INITIALIZED) return;
        loop = new SelectorEventLoop();
        if (debug != null) loop.setDebug(debug);
        context = Context.copyContext();
        state = INITIALIZED;
    }

    /** Cancels what is still pending, waits for it, shuts the executor down and closes the loop. */
    @Override public void close() {
        if (state != INITIALIZED) return;
        try {
            cancelAllTasks();
            loop.runUntilComplete(loop.shutdownDefaultExecutor());
        } catch (Throwable t) {
            // The main task's Error, rethrown as its cleanup ends: run() already threw this very
            // object, and try-with-resources cannot suppress an exception into itself.
            if (t != thrownByRun) throw t;
        } finally {
            loop.close();
            state = CLOSED;
        }
    }

    /** asyncio's {@code runners._cancel_all_tasks}. */
    private void cancelAllTasks() {
        Set<Task<?>> toCancel = loop.pendingTasks();
        if (toCancel.isEmpty()) return;
        for (Task<?> t : toCancel) t.cancel();
        loop.runUntilComplete(GatheringFuture.gather(toCancel, true));
        for (Task<?> t : toCancel) {
            if (t.isCancelled()) continue;
            Throwable e = t.exception();
            if (e != null) {
                Map<String, Object> ctx = new LinkedHashMap<>();
                ctx.put("message", "unhandled exception during asyncio.run() shutdown");
                ctx.put("exception", e);
                ctx.put("task", t);
                loop.callExceptionHandler(ctx);
            }
        }
    }
}
