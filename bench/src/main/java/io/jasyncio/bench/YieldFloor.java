package io.jasyncio.bench;

import io.jasyncio.internal.LoopScheduledThreads;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;

/**
 * The floor under jasyncio's {@code sleep(0)}: a bare virtual-thread {@code Thread.yield()} switch
 * on a one-thread custom scheduler, with no event loop, no futures, no tasks. The virtual threads
 * are made exactly as jasyncio makes its tasks' threads ({@link LoopScheduledThreads}, the JDK's
 * {@code ThreadBuilders$VirtualThreadBuilder(Executor)}), and their continuations run on the
 * calling platform thread from an {@link ArrayDeque}. jasyncio's switch can approach this cost but
 * not beat it; the gap is what the loop, the task and the handle add.
 */
final class YieldFloor implements Executor {
    private final ArrayDeque<Runnable> ready = new ArrayDeque<>();
    private final Thread owner = Thread.currentThread();

    private YieldFloor() {
        if (owner.isVirtual()) throw new IllegalStateException("the floor's scheduler needs a platform thread");
    }

    /** Called on start and after each yield, on the owner thread (the yield happens on it). */
    @Override public void execute(Runnable continuation) {
        if (Thread.currentThread() != owner) throw new IllegalStateException("a continuation was scheduled from another thread");
        ready.addLast(continuation);
    }

    /** {@code threads} virtual threads, each yielding {@code yields} times; returns the yield count. */
    static long run(int threads, int yields) {
        YieldFloor scheduler = new YieldFloor();
        long[] count = new long[1];
        Runnable body = () -> {
            for (int k = 0; k < yields; k++) Thread.yield();
            count[0] += yields;  // only one thread runs at a time: no race
        };
        for (int i = 0; i < threads; i++) LoopScheduledThreads.newThread(scheduler, "", body).start();
        Runnable r;
        while ((r = scheduler.ready.pollFirst()) != null) r.run();
        if (count[0] != (long) threads * yields) throw new AssertionError("the floor lost a thread");
        return count[0];
    }
}
