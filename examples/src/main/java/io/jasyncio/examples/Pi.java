package io.jasyncio.examples;

import io.jasyncio.Asyncio;
import io.jasyncio.EventLoop;
import io.jasyncio.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * CPU-bound work and the event loop: the book's π computation. π/4 = 1 − 1/3 + 1/5 − 1/7 + …
 * (the Leibniz series) is summed in {@code chunks} slices, once directly on the loop, slice after
 * slice, and once with every slice handed to {@link EventLoop#runInExecutor} on a fixed thread
 * pool and the partial sums collected with {@link Asyncio#gather}. Both print their time and the
 * program prints the speed-up.
 *
 * <p>In CPython the threads of a {@code ThreadPoolExecutor} take turns under the GIL, so the book
 * reaches for a {@code ProcessPoolExecutor} (and pickling) to use more than one core. Java
 * threads run in parallel: a plain thread pool is all it takes, and the slices share memory.
 * While they run the loop is free (its other tasks and callbacks go on); work done directly on
 * the loop, as in {@link #piOnLoop}, holds it for the whole computation.
 *
 * <pre>{@code
 * ExecutorService pool = Executors.newFixedThreadPool(4);
 * double pi = Asyncio.run(() -> Pi.piInExecutor(pool, 100_000_000L, 4));
 * }</pre>
 *
 * Run: {@code java --add-opens java.base/java.lang=ALL-UNNAMED -cp ... io.jasyncio.examples.Pi [terms] [workers]}.
 */
public final class Pi {
    private Pi() {}

    /** 4 × the Leibniz terms {@code from} (inclusive) to {@code to} (exclusive): plain CPU work. */
    public static double leibniz(long from, long to) {
        double sum = 0;
        for (long k = from; k < to; k++) {
            double term = 4.0 / (2 * k + 1);
            sum += (k & 1) == 0 ? term : -term;
        }
        return sum;
    }

    /** The bounds of slice {@code i} of {@code chunks} over {@code terms} terms. */
    private static long bound(long terms, int chunks, int i) { return terms * i / chunks; }

    /** π from {@code terms} terms in {@code chunks} slices, each run on the loop itself, in turn. */
    public static double piOnLoop(long terms, int chunks) {
        double pi = 0;
        for (int i = 0; i < chunks; i++) pi += leibniz(bound(terms, chunks, i), bound(terms, chunks, i + 1));
        return pi;
    }

    /**
     * π from {@code terms} terms in {@code chunks} slices run concurrently on {@code pool} with
     * {@code runInExecutor}; call it inside a task. The partial sums are added in slice order,
     * so the result is exactly {@link #piOnLoop}'s.
     */
    public static double piInExecutor(Executor pool, long terms, int chunks) {
        EventLoop loop = Asyncio.getRunningLoop();
        List<Future<Double>> parts = new ArrayList<>(chunks);
        for (int i = 0; i < chunks; i++) {
            long from = bound(terms, chunks, i), to = bound(terms, chunks, i + 1);
            parts.add(loop.runInExecutor(pool, () -> leibniz(from, to)));
        }
        double pi = 0;
        for (Object part : Asyncio.gather(parts, false).await()) pi += (Double) part;
        return pi;
    }

    /** Prints both timings and the speed-up: {@code Pi [terms] [workers]}. */
    public static void main(String[] args) {
        long terms = args.length > 0 ? Long.parseLong(args[0]) : 400_000_000L;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            Asyncio.run(() -> {
                System.out.printf("pi from %,d terms of the Leibniz series in %d slices%n", terms, workers);
                leibniz(0, 20_000_000);  // warm the JIT up first, so neither path pays for compiling
                long t0 = System.nanoTime();
                double direct = piOnLoop(terms, workers);
                double directSecs = (System.nanoTime() - t0) / 1e9;
                System.out.printf("on the loop:          %.12f in %.3f s%n", direct, directSecs);

                long t1 = System.nanoTime();
                double pooled = piInExecutor(pool, terms, workers);
                double pooledSecs = (System.nanoTime() - t1) / 1e9;
                System.out.printf("in %2d pool threads:   %.12f in %.3f s%n", workers, pooled, pooledSecs);
                System.out.printf("speed-up: %.2fx (Math.PI = %.12f)%n", directSecs / pooledSecs, Math.PI);
            });
        } finally {
            pool.shutdown();
        }
    }
}
