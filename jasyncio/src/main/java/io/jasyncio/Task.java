package io.jasyncio;

import io.jasyncio.internal.Callables;
import io.jasyncio.internal.Repr;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * asyncio's {@code Task}: a coroutine running on the event loop, itself a {@link Future} of the
 * coroutine's result. Each task runs on a virtual thread that only its loop schedules, so code
 * between two awaits runs without interruption, as in asyncio.
 *
 * <pre>{@code
 * Asyncio.run(() -> {
 *     Task<Integer> t = Asyncio.createTask(() -> { Asyncio.sleep(0.1); return 7; }, "worker");
 *     System.out.println(t.getName() + " -> " + t.await());
 * });
 * }</pre>
 *
 * @param <T> the result type
 */
public final class Task<T> extends Future<T> {
    private static final AtomicLong NAME_COUNTER = new AtomicLong();

    private final Coroutine<T> coro;
    private final Context context;
    private String name;
    private final long nameId;
    final TaskRunner runner;

    /** The future this task is parked on (asyncio's {@code _fut_waiter}); null while it runs. */
    Future<?> futWaiter;
    /** A cancel() that found no future to cancel: delivered at the next await point. */
    boolean mustCancel;
    int numCancelsRequested;

    /** The loop's list of pending tasks (intrusive: no hashing per task). */
    Task<?> prevPending, nextPending;

    Task(BaseEventLoop loop, Coroutine<T> coro, String name, Context context) {
        super(loop);
        this.coro = java.util.Objects.requireNonNull(coro, "coro");
        this.context = context != null ? context : Context.copyContext();
        if (name == null) this.nameId = NAME_COUNTER.incrementAndGet(); else { this.nameId = 0; this.name = name; }
        this.runner = loop.runtime.newRunner(this);
        loop.taskCreated(this);
        runner.start();
    }

    /** The task's name: the one given, else {@code Task-N}. */
    public String getName() {
        String n = name;
        if (n == null) name = n = "Task-" + nameId;
        return n;
    }

    /** Renames the task. */
    public void setName(Object value) { this.name = String.valueOf(value); }

    /** The coroutine the task runs. */
    public Coroutine<T> getCoro() { return coro; }

    /** The context the task runs in. */
    public Context getContext() { return context; }

    /**
     * Asks the task to cancel: a {@link CancelledError} is thrown at its await point (now, if it
     * is awaiting; else at its next await). Returns false if the task is done.
     */
    @Override public boolean cancel(String msg) {
        logTraceback = false;
        if (isDone()) return false;
        numCancelsRequested++;
        Future<?> w = futWaiter;
        if (w != null && w.cancel(msg)) return true;
        mustCancel = true;
        cancelMessage = msg;
        runner.cancelRequested();
        return true;
    }

    /** How many cancellations are pending (asyncio 3.11+). */
    public int cancelling() { return numCancelsRequested; }

    /** Takes one pending cancellation back; returns how many remain. */
    public int uncancel() {
        if (numCancelsRequested > 0) numCancelsRequested--;
        return numCancelsRequested;
    }

    /** Tasks get their result from their coroutine. */
    @Override public void setResult(T value) {
        throw new IllegalStateException("Task does not support set_result operation");
    }

    /** Tasks get their exception from their coroutine. */
    @Override public void setException(Throwable exc) {
        throw new IllegalStateException("Task does not support set_exception operation");
    }

    /** The frames of the task's coroutine while it is suspended (most recent call first). */
    public List<StackTraceElement> getStack() {
        if (isDone()) return List.of();
        return List.of(runner.stackTrace());
    }

    /** Prints the task's stack to standard error. */
    public void printStack() { printStack(System.err); }

    /** Prints the task's stack, most recent call last, as asyncio does. */
    public void printStack(PrintStream out) {
        List<StackTraceElement> st = getStack();
        out.println((st.isEmpty() ? "No stack for " : "Stack for ") + this + " (most recent call last):");
        for (int i = st.size() - 1; i >= 0; i--) out.println("  " + st.get(i));
    }

    /** Ends the task as its coroutine ended (called on the loop thread, by the runner). */
    void finish(T value, Throwable failure) {
        futWaiter = null;
        loop.taskDone(this);
        if (failure == null) {
            if (mustCancel) {
                mustCancel = false;
                cancelFuture(cancelMessage);
            } else {
                completeResult(value);
            }
        } else if (failure instanceof CancelledError ce) {
            cancelledExc = ce;
            cancelFuture(null);
        } else if (TaskRunner.isInterruption(failure)) {
            cancelFuture(cancelMessage);
        } else {
            completeException(failure);
            if (failure instanceof Error) loop.propagateFromTask(failure);
        }
    }

    @Override List<String> reprInfo() {
        List<String> info = super.reprInfo();
        if (numCancelsRequested > 0 && !isDone()) info.set(0, "cancelling");
        info.add(1, "name=" + Repr.ofString(getName()));
        if (futWaiter != null) info.add(2, "wait_for=" + futWaiter);
        info.add(2, "coro=<" + Callables.name(coro) + ">");
        return info;
    }

    @Override String className() { return "Task"; }
}
