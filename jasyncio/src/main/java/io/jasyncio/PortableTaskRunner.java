package io.jasyncio;

import java.util.concurrent.locks.LockSupport;

/**
 * The portable runtime, for JVMs where a virtual thread cannot be given the loop as scheduler
 * (no {@code --add-opens}). The task runs on an ordinary virtual thread; a baton passes the loop
 * role between the loop thread and the task's thread, so that exactly one of them runs at a time
 * and every ordering guarantee holds. A blocking JDK call inside the task holds the loop, as in
 * CPython.
 */
final class PortableTaskRunner extends TaskRunner {
    private static final Thread.Builder BUILDER = Thread.ofVirtual().name("jasyncio-task");
    private Thread thread;
    private boolean started;
    /** True while the task's thread holds the baton; the loop thread waits for it to turn false. */
    private volatile boolean taskTurn;
    private volatile Thread loopWaiter;

    PortableTaskRunner(Task<?> task) { super(task); }

    @Override void start() {
        thread = BUILDER.unstarted(this);
        loop.makeReady(this);
    }

    @Override void runStep() {
        loop.mounted = thread;
        loop.currentTask = task;
        loopWaiter = Thread.currentThread();
        taskTurn = true;
        if (!started) {
            started = true;
            thread.start();
        } else {
            LockSupport.unpark(thread);
        }
        boolean interrupted = false;
        while (taskTurn) {
            LockSupport.park(this);
            if (Thread.interrupted()) interrupted = true;
        }
        loop.mounted = null;
        loop.currentTask = null;
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** Gives the baton back to the loop and waits until the loop hands it over again. */
    private void handBackAndWait() {
        taskTurn = false;
        LockSupport.unpark(loopWaiter);
        boolean interrupted = false;
        while (!taskTurn) {
            LockSupport.park(this);
            if (Thread.interrupted()) interrupted = true;
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    @Override void suspend() {
        do handBackAndWait(); while (!woken);
        woken = false;
    }

    @Override void wake() {
        woken = true;
        loop.makeReady(this);
    }

    @Override void yieldOnce() {
        loop.makeReady(this);
        handBackAndWait();
    }

    @Override void bodyEnded() {
        taskTurn = false;
        LockSupport.unpark(loopWaiter);
    }

    @Override void cancelRequested() {
        // While this task runs a JDK call it holds the loop: no one on the loop can cancel it.
    }

    @Override StackTraceElement[] stackTrace() {
        return thread == null ? new StackTraceElement[0] : thread.getStackTrace();
    }
}
