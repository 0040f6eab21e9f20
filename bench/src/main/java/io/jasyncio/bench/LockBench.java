package io.jasyncio.bench;

import io.jasyncio.Asyncio;
import io.jasyncio.Lock;
import io.jasyncio.Queue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The synchronisation primitives' fast paths, inside a running task: an uncontended
 * {@link Lock} acquire + release (target: at most 50 ns), the same through {@code lock.with}
 * ({@code async with lock:}), and a {@link Queue} putNowait + getNowait pair on a queue nobody
 * waits on.
 *
 * <p>These only make sense inside a task on a running loop (that is where a primitive is used),
 * so one invocation is one {@code Asyncio.run} whose main task does the operation {@value #OPS}
 * times; {@code @OperationsPerInvocation} makes the score per operation, and the loop's start and
 * close (tens of microseconds) add a few hundredths of a nanosecond to it.
 *
 * <p>Keeping the JIT honest: the lock or queue is stored in a field (so escape analysis cannot
 * turn it into locals), each operation is a call that is never inlined into the loop (so
 * iterations cannot be fused: without this, acquire's {@code locked = true} and release's
 * {@code locked = false} collapse across the whole loop and the score reads 0.03 ns), and each
 * operation hands a value to the {@link Blackhole}. The call costs about a nanosecond, so the
 * scores are a slight overestimate, as for a caller that does real work between operations.
 * Run: {@code bin/bench --jmh LockBench}.
 */
public class LockBench extends JasyncioBench {
    /** Operations per invocation (per {@code Asyncio.run}). */
    public static final int OPS = 1_000_000;

    /** One item, so the queue pair measures the queue, not {@code Integer} boxing. */
    private static final Object ITEM = new Object();

    private Lock lock;
    private Queue<Object> queue;

    @Benchmark
    @OperationsPerInvocation(OPS)
    public void lockUncontended(Blackhole bh) {
        lock = new Lock();
        Asyncio.run(() -> {
            for (int i = 0; i < OPS; i++) acquireRelease(lock, bh);
        });
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    private static void acquireRelease(Lock lock, Blackhole bh) {
        lock.acquire();
        bh.consume(lock.locked());
        lock.release();
    }

    /** The same through {@code lock.with(body)} ({@code async with lock:}), the usual spelling. */
    @Benchmark
    @OperationsPerInvocation(OPS)
    public void lockWith(Blackhole bh) {
        lock = new Lock();
        Asyncio.run(() -> {
            for (int i = 0; i < OPS; i++) withLock(lock, bh);
        });
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    private static void withLock(Lock lock, Blackhole bh) {
        lock.with(() -> bh.consume(lock.locked()));
    }

    @Benchmark
    @OperationsPerInvocation(OPS)
    public void queuePutGetNowait(Blackhole bh) {
        queue = new Queue<>(Workloads.QUEUE_MAXSIZE);
        Asyncio.run(() -> {
            for (int i = 0; i < OPS; i++) putGet(queue, bh);
        });
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    private static void putGet(Queue<Object> q, Blackhole bh) {
        q.putNowait(ITEM);
        bh.consume(q.getNowait());
    }
}
