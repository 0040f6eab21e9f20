package io.jasyncio.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * (a) Spawn-and-await: {@link Workloads#spawn} of 200,000 trivial tasks, each created then awaited.
 *
 * <p>One invocation is the whole workload in {@code Asyncio.run}; the score is per task
 * ({@code @OperationsPerInvocation}). Run: {@code bin/bench --jmh SpawnBench}.
 */
public class SpawnBench extends JasyncioBench {
    @Benchmark
    @OperationsPerInvocation(Workloads.SPAWN_TASKS)
    public long spawnAndAwait() {
        return Workloads.spawn(Workloads.SPAWN_TASKS);
    }
}
