package io.jasyncio;

import io.jasyncio.internal.LoopScheduledThreads;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.LockSupport;

/**
 * A pooled virtual thread of the fast runtime that runs one task body after another. Reusing the
 * thread spares each task the creation, start and termination of a virtual thread (and the JDK's
 * thread-container bookkeeping); a task that finishes without suspending costs two continuation
 * switches.
 *
 * <p>The loop is the thread's scheduler: when the JDK makes the thread runnable it calls
 * {@link #execute}, which queues the current task's runner on the loop — except when the loop
 * itself is handing the worker a new task ({@link #assign}), where the continuation is run at once.
 */
final class LoomWorker implements Executor, Runnable {
    private final BaseEventLoop loop;
    final Thread thread;
    /** The JDK's continuation runnable for {@link #thread}: always the same object. */
    Runnable cont;
    /** The task being run, or null while idle. */
    private LoomTaskRunner current;
    private boolean startInline;
    private boolean retired;

    LoomWorker(BaseEventLoop loop) {
        this.loop = loop;
        this.thread = LoopScheduledThreads.newThread(this, "", this);
    }

    /** On the loop: gives this idle (or new) worker a task; its continuation is then ready to run. */
    void assign(LoomTaskRunner runner) {
        current = runner;
        startInline = true;
        if (cont == null) thread.start(); else LockSupport.unpark(thread);
        // execute() has been called synchronously by start()/unpark() and kept the continuation.
    }

    /** On the loop, at close: ends an idle worker's thread. */
    void retire() {
        retired = true;
        startInline = true;
        LockSupport.unpark(thread);
        cont.run();
    }

    /** The JDK's scheduler hook: the thread became runnable (start, unpark, yield). Any thread. */
    @Override public void execute(Runnable r) {
        if (r != cont) {
            if (cont != null) {
                // A virtual thread started inside a task inherited the loop as its scheduler.
                loop.runForeignContinuation(r);
                return;
            }
            cont = r;
        }
        if (startInline) {
            startInline = false;
            return;
        }
        loop.makeReady(current);
    }

    /** The thread's body: run the assigned task, go back to the pool, wait for the next. */
    @Override public void run() {
        LoomTaskRunner r = current;
        while (true) {
            r.run();
            r.worker = null;
            current = null;
            Thread.interrupted();  // a cancelled task's interrupt must not reach the next one
            LoomTaskRunner next = loop.takeFirstStep();
            if (next != null) {
                // The loop's next step is a new task: run it here without unmounting.
                r.task.getContext().markEntered(false);
                next.task.getContext().markEntered(true);
                loop.batchTail = next.task;
                loop.currentTask = next.task;
                next.worker = this;
                current = r = next;
                continue;
            }
            if (!loop.idleWorkers.offerWorker(this)) return;
            do {
                LockSupport.park(this);
                if (retired) return;
            } while ((r = current) == null);
        }
    }
}
