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
 * (i) {@link Workloads#waitFor}: {@code waitFor} with a never-firing timeout, 100,000 rounds.
 *
 * <p>One invocation is the whole workload in {@code Asyncio.run}; the score is per round
 * ({@code @OperationsPerInvocation}). Run: {@code bin/bench --jmh WaitForBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class WaitForBench {
    @Benchmark
    @OperationsPerInvocation(Workloads.WAIT_FOR_ROUNDS)
    public long waitForNeverFiring() {
        return Workloads.waitFor(Workloads.WAIT_FOR_ROUNDS);
    }
}
