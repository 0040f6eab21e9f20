package io.jasyncio;

import io.jasyncio.internal.LoopScheduledThreads;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.LockSupport;

/**
 * The fast runtime: the task's virtual thread has the loop as its scheduler. When the JDK makes
 * the thread runnable (start, unpark, yield) it hands the continuation to {@link #execute}, which
 * puts this runner on the loop's ready queue; the loop thread then runs the continuation itself.
 * Parking the thread returns control to the loop: a task switch costs no OS thread switch.
 */
final class LoomTaskRunner extends TaskRunner implements Executor {
    private Thread thread;
    private Runnable cont;
    private boolean inSuspend;

    LoomTaskRunner(Task<?> task) { super(task); }

    @Override void start() {
        thread = LoopScheduledThreads.newThread(this, "", this);
        thread.start();
    }

    /** The JDK's scheduler hook: called on start, unpark and yield, from any thread. */
    @Override public void execute(Runnable r) {
        if (r != cont) {
            if (cont != null) {
                // A virtual thread started inside the task inherited the loop as its scheduler.
                loop.runForeignContinuation(r);
                return;
            }
            cont = r;
        }
        loop.makeReady(this);
    }

    @Override void runStep() {
        loop.mounted = thread;
        loop.currentTask = task;
        try {
            cont.run();
        } finally {
            loop.mounted = null;
            loop.currentTask = null;
        }
    }

    @Override void suspend() {
        boolean interrupted = false;
        inSuspend = true;
        while (!woken) {
            LockSupport.park(this);
            if (Thread.interrupted()) interrupted = true;
        }
        inSuspend = false;
        woken = false;
        if (interrupted) thread.interrupt();
    }

    @Override void wake() {
        woken = true;
        LockSupport.unpark(thread);
    }

    @Override void yieldOnce() {
        Thread.yield();
    }

    @Override void cancelRequested() {
        Thread t = thread;
        if (t == null || t == Thread.currentThread() || inSuspend) return;
        Thread.State s = t.getState();
        if (s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING || s == Thread.State.BLOCKED) {
            t.interrupt();
        }
    }

    @Override StackTraceElement[] stackTrace() {
        return thread == null ? new StackTraceElement[0] : thread.getStackTrace();
    }
}
