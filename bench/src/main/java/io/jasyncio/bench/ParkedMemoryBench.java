package io.jasyncio.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (g) 100,000 tasks parked on one future, then released ({@link Workloads#parkAndRelease}). JMH scores
 * time; the memory figure, bytes of heap per parked task ({@link Workloads#parkedBytesPerTask}), is
 * printed once per fork at tear-down. Add {@code -prof gc} for bytes allocated per task.
 *
 * <p>One invocation is the whole workload in {@code Asyncio.run}; the score is per parked task
 * ({@code @OperationsPerInvocation}). Run: {@code bin/bench --jmh ParkedMemoryBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ParkedMemoryBench {
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
