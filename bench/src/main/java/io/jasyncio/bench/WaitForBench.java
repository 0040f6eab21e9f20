package io.jasyncio.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * (i) {@link Workloads#waitFor}: {@code waitFor} with a never-firing timeout, 100,000 rounds.
 *
 * <p>One invocation is the whole workload in {@code Asyncio.run}; the score is per round
 * ({@code @OperationsPerInvocation}). Run: {@code bin/bench --jmh WaitForBench}.
 */
public class WaitForBench extends JasyncioBench {
    @Benchmark
    @OperationsPerInvocation(Workloads.WAIT_FOR_ROUNDS)
    public long waitForNeverFiring() {
        return Workloads.waitFor(Workloads.WAIT_FOR_ROUNDS);
    }
}
