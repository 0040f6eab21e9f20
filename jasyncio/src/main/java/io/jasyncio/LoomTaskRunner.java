package io.jasyncio;

import java.util.concurrent.locks.LockSupport;

/**
 * The fast runtime: the task runs on a virtual thread ({@link LoomWorker}) whose scheduler is
 * the loop. Parking the thread returns control to the loop; when the JDK makes it runnable again
 * (our unpark, a JDK wake-up, {@code Thread.yield()}) the runner lands on the loop's ready queue
 * and the loop thread runs the continuation itself. A task switch costs no OS thread switch.
 *
 * <p>The task gets a worker at its first step, not at creation, so a task that is created and
 * cancelled before it runs never touches a thread.
 */
final class LoomTaskRunner extends TaskRunner {
    LoomWorker worker;
    private boolean inSuspend;

    LoomTaskRunner(Task<?> task) { super(task); }

    @Override void start() {
        loop.makeReady(this);
    }

    @Override void runStep() {
        LoomWorker w = worker;
        if (w == null) {
            w = loop.idleWorkers.take(loop);
            worker = w;
            w.assign(this);
        }
        loop.mounted = w.thread;
        loop.currentTask = task;
        try {
            w.cont.run();
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
        if (interrupted) Thread.currentThread().interrupt();
    }

    @Override void wake() {
        woken = true;
        LockSupport.unpark(worker.thread);
    }

    @Override void yieldOnce() {
        Thread.yield();
    }

    @Override void cancelRequested() {
        LoomWorker w = worker;
        if (w == null || w.thread == Thread.currentThread() || inSuspend) return;
        Thread.State s = w.thread.getState();
        if (s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING || s == Thread.State.BLOCKED) {
            interruptedForCancel = true;
            w.thread.interrupt();
        }
    }

    @Override StackTraceElement[] stackTrace() {
        LoomWorker w = worker;
        return w == null ? new StackTraceElement[0] : w.thread.getStackTrace();
    }
}
