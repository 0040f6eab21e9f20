package io.jasyncio.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.TearDown;

/**
 * (g) 100,000 tasks parked on one future, then released ({@link Workloads#parkAndRelease}). JMH scores
 * time; the memory figure, bytes of heap per parked task ({@link Workloads#parkedBytesPerTask}), is
 * printed once per fork at tear-down. Add {@code -prof gc} for bytes allocated per task.
 *
 * <p>One invocation is the whole workload in {@code Asyncio.run}; the score is per parked task
 * ({@code @OperationsPerInvocation}). Run: {@code bin/bench --jmh ParkedMemoryBench}.
 */
public class ParkedMemoryBench extends JasyncioBench {
    @Benchmark
    @OperationsPerInvocation(Workloads.PARKED_TASKS)
    public long parkAndRelease() {
        return Workloads.parkAndRelease(Workloads.PARKED_TASKS);
    }

    /** Prints the heap bytes per parked task, measured after the warmed-up iterations. */
    @TearDown(Level.Trial)
    public void reportBytesPerTask() {
        System.out.println("\nbytes of heap per parked task (100,000 parked): "
                + Workloads.parkedBytesPerTask(Workloads.PARKED_TASKS));
    }
}
