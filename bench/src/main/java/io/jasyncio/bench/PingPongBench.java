package io.jasyncio.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * (c) Two tasks handing futures back and forth: {@link Workloads#pingPong}, 200,000 round trips.
 *
 * <p>One invocation is the whole workload in {@code Asyncio.run}; the score is per round trip
 * ({@code @OperationsPerInvocation}). Run: {@code bin/bench --jmh PingPongBench}.
 */
public class PingPongBench extends JasyncioBench {
    @Benchmark
    @OperationsPerInvocation(Workloads.PING_PONG_ROUND_TRIPS)
    public long pingPong() {
        return Workloads.pingPong(Workloads.PING_PONG_ROUND_TRIPS);
    }
}
