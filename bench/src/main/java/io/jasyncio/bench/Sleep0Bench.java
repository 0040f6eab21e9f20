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
 * (b) Task switch: {@link Workloads#sleep0}, 1,000 tasks x 1,000 {@code sleep(0)}. Compare {@link YieldFloorBench}.
 *
 * <p>One invocation is the whole workload in {@code Asyncio.run}; the score is per switch
 * ({@code @OperationsPerInvocation}). Run: {@code bin/bench --jmh Sleep0Bench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class Sleep0Bench {
    @Benchmark
    @OperationsPerInvocation(Workloads.SWITCH_TASKS * Workloads.SWITCHES_PER_TASK)
    public long sleep0Switch() {
        return Workloads.sleep0(Workloads.SWITCH_TASKS, Workloads.SWITCHES_PER_TASK);
    }
}
