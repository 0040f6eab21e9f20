package io.jasyncio.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * (d) {@link Workloads#timers}: 500,000 {@code callLater} timers with random delays under 10 ms, until all fired.
 * The score includes the wait for the last timer (up to 10 ms per invocation).
 *
 * <p>One invocation is the whole workload in {@code Asyncio.run}; the score is per timer
 * ({@code @OperationsPerInvocation}). Run: {@code bin/bench --jmh TimersBench}.
 */
public class TimersBench extends JasyncioBench {
    @Benchmark
    @OperationsPerInvocation(Workloads.TIMERS)
    public long timers() {
        return Workloads.timers(Workloads.TIMERS);
    }
}
