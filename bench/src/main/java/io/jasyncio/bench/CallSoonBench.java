package io.jasyncio.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * (f) {@link Workloads#callSoon}: 1,000,000 {@code callSoon} callbacks scheduled, then run.
 *
 * <p>One invocation is the whole workload in {@code Asyncio.run}; the score is per callback
 * ({@code @OperationsPerInvocation}). Run: {@code bin/bench --jmh CallSoonBench}.
 */
public class CallSoonBench extends JasyncioBench {
    @Benchmark
    @OperationsPerInvocation(Workloads.CALL_SOON_CALLBACKS)
    public long callSoon() {
        return Workloads.callSoon(Workloads.CALL_SOON_CALLBACKS);
    }
}
