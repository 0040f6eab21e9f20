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
 * (d) {@link Workloads#timers}: 500,000 {@code callLater} timers with random delays under 10 ms, until all fired.
 * The score includes the wait for the last timer (up to 10 ms per invocation).
 *
 * <p>One invocation is the whole workload in {@code Asyncio.run}; the score is per timer
 * ({@code @OperationsPerInvocation}). Run: {@code bin/bench --jmh TimersBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class TimersBench {
    @Benchmark
    @OperationsPerInvocation(Workloads.TIMERS)
    public long timers() {
        return Workloads.timers(Workloads.TIMERS);
    }
}
