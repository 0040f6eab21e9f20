package io.jasyncio.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (e) The floor of {@link Sleep0Bench}: a bare virtual-thread {@code Thread.yield()} on a one-thread
 * custom scheduler ({@link YieldFloor}), 1,000 threads x 1,000 yields, no loop and no tasks.
 *
 * <p>One invocation is the whole workload in {@code Asyncio.run}; the score is per switch
 * ({@code @OperationsPerInvocation}). Run: {@code bin/bench --jmh YieldFloorBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class YieldFloorBench {
    @Benchmark
    @OperationsPerInvocation(Workloads.SWITCH_TASKS * Workloads.SWITCHES_PER_TASK)
    public long yieldSwitch() {
        return Workloads.yieldFloor(Workloads.SWITCH_TASKS, Workloads.SWITCHES_PER_TASK);
    }
}
