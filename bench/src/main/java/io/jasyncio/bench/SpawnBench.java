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
 * (a) Spawn-and-await: {@link Workloads#spawn} of 200,000 trivial tasks, each created then awaited.
 *
 * <p>One invocation is the whole workload in {@code Asyncio.run}; the score is per task
 * ({@code @OperationsPerInvocation}). Run: {@code bin/bench --jmh SpawnBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class SpawnBench {
    @Benchmark
    @OperationsPerInvocation(Workloads.SPAWN_TASKS)
    public long spawnAndAwait() {
        return Workloads.spawn(Workloads.SPAWN_TASKS);
    }
}
