package io.jasyncio;

import java.nio.channels.ClosedByInterruptException;

/**
 * Runs one task's coroutine on its own thread, handing control to and from the loop so that only
 * one of them runs at a time. Two runtimes implement it: {@link LoomTaskRunner} (a virtual thread
 * the loop schedules itself) and {@link PortableTaskRunner} (a JDK virtual thread and a baton).
 *
 * <p>Invariant: the runner is on its loop's ready queue at most once, and only while the task is
 * not running: {@link #start()}, {@link #wake()}, {@link #yieldOnce()} and (fast runtime) the
 * JDK's own wake-ups of a task blocked in a JDK call are the only ways it gets there.
 */
abstract class TaskRunner implements Runnable {
    final Task<?> task;
    final BaseEventLoop loop;
    /** Set by {@link #wake()}: the awaited future is done (guards against spurious wake-ups). */
    boolean woken;
    /** cancel() interrupted the task inside a JDK call; see {@link #settleInterruptCancel()}. */
    boolean interruptedForCancel;
    /** The task thread's current context (see Context.swap). */
    Context currentContext;

    TaskRunner(Task<?> task) {
        this.task = task;
        this.loop = task.loop;
    }

    /** Makes the task ready for its first step. */
    abstract void start();

    /** On the loop thread: runs the task until it suspends or ends. */
    abstract void runStep();

    /** On the task's thread: hands the loop back and returns once {@link #wake()} was called. */
    abstract void suspend();

    /** On the loop thread: the awaited future is done; the task becomes ready. */
    abstract void wake();

    /** On the task's thread: {@code sleep(0)}, back on the ready queue's tail. */
    abstract void yieldOnce();

    /** A cancel() found nothing to cancel: a task blocked in a JDK call must be interrupted. */
    abstract void cancelRequested();

    abstract StackTraceElement[] stackTrace();

    /** The runner of the task running on this thread, or null. */
    static TaskRunner current() {
        Thread t = Thread.currentThread();
        if (!t.isVirtual()) return null;
        // A task's thread runs only while its loop has it mounted (both runtimes).
        for (BaseEventLoop l : BaseEventLoop.running) {
            if (l.mounted == t) {
                Task<?> ct = l.currentTask;
                return ct != null ? ct.runner : null;
            }
        }
        return null;
    }

    /** The current task's runner, for an await on {@code what}; a clear error outside a task. */
    static TaskRunner requireCurrent(Object what) {
        TaskRunner r = current();
        if (r != null) return r;
        if (BaseEventLoop.runningLoop() != null) {
            throw new IllegalStateException("await outside a task: " + what
                    + " is pending and a plain callback cannot suspend (wrap the code in a task)");
        }
        throw new IllegalStateException("await outside a task: " + what + " is pending and thread '"
                + Thread.currentThread().getName() + "' runs no task (only tasks may await)");
    }

    /** The body of the task's thread. */
    @Override public final void run() {
        Context.swap(task.getContext());
        Throwable failure = null;
        Object value = null;
        try {
            if (task.mustCancel) {
                task.mustCancel = false;
                throw task.makeCancelledError();
            }
            value = task.getCoro().call();
        } catch (Throwable t) {
            failure = t;
        }
        finish(value, failure);
        bodyEnded();
    }

    /** On the task's thread, after the task is done: the last hand-back to the loop. */
    void bodyEnded() {}

    @SuppressWarnings("unchecked")
    private <T> void finish(Object value, Throwable failure) {
        ((Task<T>) task).finish((T) value, failure);
    }

    /** asyncio's await of a pending future inside {@code Task.__step}. */
    final void awaitFuture(Future<?> fut) {
        if (fut.loop != loop) {
            throw new IllegalStateException("Task " + task + " got Future " + fut + " attached to a different loop");
        }
        if (fut == task) throw new IllegalStateException("Task cannot await on itself: " + task);
        settleInterruptCancel();
        fut.addWaiter(this);
        task.futWaiter = fut;
        if (task.mustCancel && fut.cancel(task.cancelMessage)) task.mustCancel = false;
        suspend();
        task.futWaiter = null;
        // asyncio's __step keeps a CancelledError coming out of the future (and its message);
        // only another outcome is replaced by the pending cancellation.
        if (task.mustCancel && !fut.endsInCancelledError()) deliverPendingCancel();
        task.mustCancel = false;
    }

    /** asyncio's bare {@code yield}: one trip round the loop. */
    final void sleep0() {
        settleInterruptCancel();
        yieldOnce();
        deliverPendingCancel();
    }

    /**
     * A cancel that interrupted a JDK call was delivered if the call consumed the interrupt (it
     * threw InterruptedException, which the body may catch, as it may catch CancelledError); if
     * the interrupt is still pending, the cancel is still due at this await.
     */
    private void settleInterruptCancel() {
        if (interruptedForCancel) {
            interruptedForCancel = false;
            if (!Thread.interrupted()) task.mustCancel = false;
        }
    }

    private void deliverPendingCancel() {
        if (task.mustCancel) {
            task.mustCancel = false;
            throw task.makeCancelledError();
        }
    }

    static boolean isInterruption(Throwable t) {
        return t instanceof InterruptedException || t instanceof ClosedByInterruptException;
    }
}
