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
 * (f) {@link Workloads#callSoon}: 1,000,000 {@code callSoon} callbacks scheduled, then run.
 *
 * <p>One invocation is the whole workload in {@code Asyncio.run}; the score is per callback
 * ({@code @OperationsPerInvocation}). Run: {@code bin/bench --jmh CallSoonBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class CallSoonBench {
    @Benchmark
    @OperationsPerInvocation(Workloads.CALL_SOON_CALLBACKS)
    public long callSoon() {
        return Workloads.callSoon(Workloads.CALL_SOON_CALLBACKS);
    }
}
