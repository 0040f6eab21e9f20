package io.jasyncio.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * (b) Task switch: {@link Workloads#sleep0}, 1,000 tasks x 1,000 {@code sleep(0)}. Compare {@link YieldFloorBench}.
 *
 * <p>One invocation is the whole workload in {@code Asyncio.run}; the score is per switch
 * ({@code @OperationsPerInvocation}). Run: {@code bin/bench --jmh Sleep0Bench}.
 */
public class Sleep0Bench extends JasyncioBench {
    @Benchmark
    @OperationsPerInvocation(Workloads.SWITCH_TASKS * Workloads.SWITCHES_PER_TASK)
    public long sleep0Switch() {
        return Workloads.sleep0(Workloads.SWITCH_TASKS, Workloads.SWITCHES_PER_TASK);
    }
}
