package io.jasyncio;

import io.jasyncio.internal.Throwing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * asyncio's {@code TaskGroup}: tasks started inside a block that ends only when all of them are
 * done, made by {@link Asyncio#taskGroup(Body)}.
 *
 * <p>The first child that fails with an exception cancels the other children and the block's own
 * code; the block then throws an {@link ExceptionGroup} of every child failure (and of the
 * block's own exception, last). Child errors have priority over a cancellation of the task from
 * outside: with no child failure, that {@link CancelledError} propagates. An {@link Error}
 * (other than {@code CancelledError}) from a child or the block is rethrown alone, ungrouped,
 * after the children are done.
 *
 * <pre>{@code
 * List<Task<Integer>> ts = new ArrayList<>();
 * Asyncio.taskGroup(tg -> {
 *     for (int i = 0; i < 3; i++) { int n = i; ts.add(tg.createTask(() -> n * n)); }
 *     return null;
 * });
 * // every task is done here
 * }</pre>
 */
public final class TaskGroup {
    /**
     * The body of a task group block ({@code async with asyncio.TaskGroup() as tg:}).
     *
     * @param <T> what the block returns
     */
    @FunctionalInterface
    public interface Body<T> {
        /** Runs the block; {@code tg} starts the group's tasks. */
        T run(TaskGroup tg) throws Exception;
    }

    private boolean entered;
    private boolean exiting;
    private boolean aborting;
    private BaseEventLoop loop;
    private Task<?> parentTask;
    private boolean parentCancelRequested;
    /** The children not done yet, in creation order. */
    private final Set<Task<?>> tasks = new LinkedHashSet<>();
    private List<Throwable> errors = new ArrayList<>();
    private Throwable baseError;
    private Future<Boolean> onCompletedFut;
    private final Consumer<Future<?>> onTaskDone = this::onTaskDone;

    TaskGroup() {}

    /** Runs {@code body} as the group's block: asyncio's {@code async with} (enter, body, exit). */
    <T> T run(Body<T> body) {
        enter();
        T value = null;
        Throwable exc = null;
        try {
            value = body.run(this);
        } catch (Throwable e) {
            exc = e;
        }
        exit(exc);
        if (exc != null) throw Throwing.sneaky(exc);  // __aexit__ did not replace it
        return value;
    }

    // ---- creating tasks ----

    /**
     * Starts {@code coro} as a task of this group.
     *
     * @throws IllegalStateException ("TaskGroup ... is finished", "TaskGroup ... is shutting
     *         down") once the group has ended or is cancelling its tasks
     */
    public <T> Task<T> createTask(Coroutine<T> coro) { return createTask(coro, null, null); }

    /** {@link #createTask(Coroutine)} with a task name (null: {@code Task-N}). */
    public <T> Task<T> createTask(Coroutine<T> coro, String name) { return createTask(coro, name, null); }

    /** {@link #createTask(Coroutine)} with a name and a context to run in (null: a copy of the current one). */
    public <T> Task<T> createTask(Coroutine<T> coro, String name, Context context) {
        if (!entered) throw new IllegalStateException("TaskGroup " + this + " has not been entered");
        if (exiting && tasks.isEmpty()) throw new IllegalStateException("TaskGroup " + this + " is finished");
        if (aborting) throw new IllegalStateException("TaskGroup " + this + " is shutting down");
        // As asyncio 3.12: the task takes a Task-N number first, then its name.
        Task<T> task = loop.createTask(coro, null, context);
        if (name != null) task.setName(name);
        tasks.add(task);
        task.addDoneCallbackInternal(onTaskDone);
        return task;
    }

    /** {@link #createTask(Coroutine)} for a body without a result. */
    public Task<Void> createTask(VoidCoroutine coro) { return createTask(coro.asCoroutine(), null, null); }

    /** {@link #createTask(Coroutine, String)} for a body without a result. */
    public Task<Void> createTask(VoidCoroutine coro, String name) { return createTask(coro.asCoroutine(), name, null); }

    /** {@link #createTask(Coroutine, String, Context)} for a body without a result. */
    public Task<Void> createTask(VoidCoroutine coro, String name, Context context) {
        return createTask(coro.asCoroutine(), name, context);
    }

    // ---- the block's edges ----

    private void enter() {
        if (entered) throw new IllegalStateException("TaskGroup " + this + " has already been entered");
        loop = (BaseEventLoop) Asyncio.getRunningLoop();
        parentTask = Asyncio.currentTask(loop);
        if (parentTask == null) {
            throw new IllegalStateException("TaskGroup " + this + " cannot determine the parent task");
        }
        entered = true;
    }

    /** asyncio's {@code __aexit__}: waits for the children, then throws what the group ends with. */
    private void exit(Throwable exc) {
        exiting = true;
        if (exc != null && isBaseError(exc) && baseError == null) baseError = exc;
        boolean bodyCancelled = exc != null && exc.getClass() == CancelledError.class;
        Throwable propagateCancellation = bodyCancelled ? exc : null;
        if (parentCancelRequested) {
            // We cancelled the parent ourselves: take that cancellation back.
            if (parentTask.uncancel() == 0) propagateCancellation = null;
        }
        if (exc != null && !aborting) abort();  // the body failed or the parent is being cancelled

        // A loop: the completion future may be cancelled repeatedly while we wait.
        while (!tasks.isEmpty()) {
            if (onCompletedFut == null) onCompletedFut = loop.createFuture();
            try {
                onCompletedFut.await();
            } catch (CancelledError ex) {
                if (!aborting) {
                    // The parent task is cancelled from outside while children still run.
                    propagateCancellation = ex;
                    abort();
                }
            }
            onCompletedFut = null;
        }

        if (baseError != null) throw Throwing.sneaky(baseError);
        // Child errors have priority over a cancellation.
        if (propagateCancellation != null && errors.isEmpty()) throw Throwing.sneaky(propagateCancellation);
        if (exc != null && !bodyCancelled) errors.add(exc);
        if (!errors.isEmpty()) {
            List<Throwable> es = errors;
            errors = null;  // as asyncio: the group no longer holds them
            throw new ExceptionGroup("unhandled errors in a TaskGroup", es);
        }
    }

    /** asyncio's {@code _is_base_error}: an Error that is not a cancellation (KeyboardInterrupt, SystemExit). */
    private static boolean isBaseError(Throwable e) {
        return e instanceof Error && !(e instanceof CancelledError);
    }

    private void abort() {
        aborting = true;
        for (Task<?> t : tasks) {
            if (!t.isDone()) t.cancel();
        }
    }

    private void onTaskDone(Future<?> f) {
        Task<?> task = (Task<?>) f;
        tasks.remove(task);
        if (onCompletedFut != null && tasks.isEmpty() && !onCompletedFut.isDone()) onCompletedFut.setResult(true);
        if (task.isCancelled()) return;
        Throwable exc = task.exception();
        if (exc == null) return;
        if (errors != null) errors.add(exc);
        if (isBaseError(exc) && baseError == null) baseError = exc;
        if (parentTask.isDone()) {
            Map<String, Object> ctx = new LinkedHashMap<>();
            ctx.put("message", "Task " + task + " has errored out but its parent task " + parentTask + " is already completed");
            ctx.put("exception", exc);
            ctx.put("task", task);
            loop.callExceptionHandler(ctx);
            return;
        }
        if (!aborting && !parentCancelRequested) {
            // Cancel the block's own code too, and remember to take that cancellation back at exit.
            abort();
            parentCancelRequested = true;
            parentTask.cancel();
        }
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder("<TaskGroup");
        if (!tasks.isEmpty()) sb.append(" tasks=").append(tasks.size());
        if (errors != null && !errors.isEmpty()) sb.append(" errors=").append(errors.size());
        if (aborting) sb.append(" cancelling");
        else if (entered) sb.append(" entered");
        return sb.append('>').toString();
    }
}
