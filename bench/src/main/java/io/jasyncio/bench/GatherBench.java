package io.jasyncio.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * (h) {@code gather} of 100,000 trivial tasks against awaiting the same tasks one by one.
 *
 * <p>One invocation is the whole workload in {@code Asyncio.run}; the score is per task
 * ({@code @OperationsPerInvocation}). Run: {@code bin/bench --jmh GatherBench}.
 */
public class GatherBench extends JasyncioBench {
    @Benchmark
    @OperationsPerInvocation(Workloads.GATHER_TASKS)
    public long gather() {
        return Workloads.gather(Workloads.GATHER_TASKS);
    }

    @Benchmark
    @OperationsPerInvocation(Workloads.GATHER_TASKS)
    public long awaitEach() {
        return Workloads.awaitEach(Workloads.GATHER_TASKS);
    }
}
