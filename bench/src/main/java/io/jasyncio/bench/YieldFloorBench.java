package io.jasyncio.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * (e) The floor of {@link Sleep0Bench}: a bare virtual-thread {@code Thread.yield()} on a one-thread
 * custom scheduler ({@link YieldFloor}), 1,000 threads x 1,000 yields, no loop and no tasks.
 *
 * <p>One invocation is the whole workload in {@code Asyncio.run}; the score is per switch
 * ({@code @OperationsPerInvocation}). Run: {@code bin/bench --jmh YieldFloorBench}.
 */
public class YieldFloorBench extends JasyncioBench {
    @Benchmark
    @OperationsPerInvocation(Workloads.SWITCH_TASKS * Workloads.SWITCHES_PER_TASK)
    public long yieldSwitch() {
        return Workloads.yieldFloor(Workloads.SWITCH_TASKS, Workloads.SWITCHES_PER_TASK);
    }
}
