package io.jasyncio.bench;

import static io.jasyncio.Asyncio.createTask;
import static io.jasyncio.Asyncio.getRunningLoop;

import io.jasyncio.Asyncio;
import io.jasyncio.Coroutine;
import io.jasyncio.EventLoop;
import io.jasyncio.Future;
import io.jasyncio.Queue;
import io.jasyncio.Task;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeoutException;

/**
 * The benchmark workloads, each a whole {@code Asyncio.run} (loop created, workload run, loop
 * closed), the same programs as the CPython peers in {@code bench/peers/python/}. The JMH classes
 * call these methods; {@link #main} times them as whole workloads for {@code bin/bench}.
 *
 * <pre>
 * java --add-opens java.base/java.lang=ALL-UNNAMED -cp bench/target/benchmarks.jar \
 *     io.jasyncio.bench.Workloads spawn --warmup 3 --iterations 5
 * </pre>
 */
public final class Workloads {
    public static final int SPAWN_TASKS = 200_000;
    public static final int SWITCH_TASKS = 1_000;
    public static final int SWITCHES_PER_TASK = 1_000;
    public static final int PING_PONG_ROUND_TRIPS = 200_000;
    public static final int TIMERS = 500_000;
    public static final int CALL_SOON_CALLBACKS = 1_000_000;
    public static final int PARKED_TASKS = 100_000;
    public static final int GATHER_TASKS = 100_000;
    public static final int WAIT_FOR_ROUNDS = 100_000;
    public static final int QUEUE_ITEMS = 1_000_000;
    public static final int QUEUE_MAXSIZE = 100;

    /** Timer delays under 10 ms, drawn once with a fixed seed (not timed), as the peer does. */
    private static final double[] TIMER_DELAYS = new Random(42).doubles(TIMERS).map(d -> d * 0.010).toArray();

    private static final Coroutine<Integer> TRIVIAL = () -> 1;

    private Workloads() {}

    /** (a) Creates {@code n} trivial tasks, then awaits each in order. */
    public static long spawn(int n) {
        return Asyncio.run(() -> awaitEach(spawnTrivial(n)));
    }

    /** (b) {@code tasks} tasks each doing {@code switches} {@code sleep(0)}, awaited in order. */
    public static long sleep0(int tasks, int switches) {
        return Asyncio.run(() -> {
            List<Task<Integer>> all = new ArrayList<>(tasks);
            for (int i = 0; i < tasks; i++) {
                all.add(createTask(() -> {
                    for (int k = 0; k < switches; k++) Asyncio.sleep(0);
                    return 1;
                }));
            }
            return awaitEach(all);
        });
    }

    /** Where pong waits for ping: a future completed with the future pong is to answer. */
    private static final class Channel {
        Future<Future<Integer>> request;
    }

    /**
     * (c) {@code n} round trips between two tasks: ping creates a reply future and completes pong's
     * request future with it; pong creates its next request future, then completes the reply.
     */
    public static long pingPong(int n) {
        return Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            Channel ch = new Channel();
            ch.request = loop.createFuture();
            Task<Void> pong = createTask(() -> {
                for (int i = 0; i < n; i++) {
                    Future<Integer> reply = ch.request.await();
                    ch.request = loop.createFuture();
                    reply.setResult(i);
                }
            });
            long total = 0;
            for (int i = 0; i < n; i++) {
                Future<Integer> reply = loop.createFuture();
                ch.request.setResult(reply);
                total += reply.await();
            }
            pong.await();
            if (total != (long) n * (n - 1) / 2) throw new AssertionError("ping-pong lost a message");
            return total;
        });
    }

    /** Counts callbacks down and completes {@code done} at zero. */
    private static final class Countdown implements Runnable {
        private int remaining;
        private final Future<Void> done;

        Countdown(int n, Future<Void> done) { this.remaining = n; this.done = done; }

        @Override public void run() {
            if (--remaining == 0) done.setResult(null);
        }
    }

    /** (d) {@code n} {@code callLater} timers with random delays under 10 ms; runs until all fired. */
    public static long timers(int n) {
        return Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            Future<Void> done = loop.createFuture();
            Countdown fire = new Countdown(n, done);
            for (int i = 0; i < n; i++) loop.callLater(TIMER_DELAYS[i % TIMER_DELAYS.length], fire);
            done.await();
            return n;
        });
    }

    /** (e) The floor of (b): see {@link YieldFloor}. */
    public static long yieldFloor(int threads, int yields) {
        return YieldFloor.run(threads, yields);
    }

    /** (f) {@code n} {@code callSoon} callbacks scheduled from one task, then run by the loop. */
    public static long callSoon(int n) {
        return Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            Future<Void> done = loop.createFuture();
            Countdown cb = new Countdown(n, done);
            for (int i = 0; i < n; i++) loop.callSoon(cb);
            done.await();
            return n;
        });
    }

    /**
     * (g) Bytes of heap per task with {@code n} tasks parked on one future: used heap after a full
     * GC with the tasks parked, minus before they were created, divided by {@code n}. Counts
     * everything a parked task keeps alive: Task, runner, virtual thread, its stack chunk, context.
     */
    public static long parkedBytesPerTask(int n) {
        return Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            long base = usedHeapAfterGc();
            Future<Integer> fut = loop.createFuture();
            List<Task<Integer>> tasks = parkOn(fut, n);
            long used = usedHeapAfterGc();
            fut.setResult(1);
            if (awaitEach(tasks) != n) throw new AssertionError("a parked task was lost");
            return Math.round((used - base) / (double) n);
        });
    }

    /** (g) The time side of the memory workload: park {@code n} tasks on one future, release them. */
    public static long parkAndRelease(int n) {
        return Asyncio.run(() -> {
            Future<Integer> fut = getRunningLoop().createFuture();
            List<Task<Integer>> tasks = parkOn(fut, n);
            fut.setResult(1);
            return awaitEach(tasks);
        });
    }

    /**
     * {@code n} tasks parked on {@code fut}. One code path for the time and the memory workloads:
     * a parked task's stack chunk holds its frames, smaller once the JIT has compiled them.
     */
    private static List<Task<Integer>> parkOn(Future<Integer> fut, int n) {
        List<Task<Integer>> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) tasks.add(createTask(() -> fut.await()));
        Asyncio.sleep(0);  // every task has run up to its await and parked
        return tasks;
    }

    /** Heap in use after full collections (the smallest of a few, to let reference queues drain). */
    static long usedHeapAfterGc() {
        var mx = ManagementFactory.getMemoryMXBean();
        long min = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            min = Math.min(min, mx.getHeapMemoryUsage().getUsed());
        }
        return min;
    }

    /** (h) {@code n} trivial tasks gathered by one {@code gather}. */
    public static long gather(int n) {
        return Asyncio.run(() -> {
            List<Object> results = Asyncio.gather(spawnTrivial(n), false).await();
            if (results.size() != n) throw new AssertionError("gather lost results");
            return results.size();
        });
    }

    /** (h) The baseline for {@link #gather}: the same tasks awaited one by one. */
    public static long awaitEach(int n) {
        return Asyncio.run(() -> awaitEach(spawnTrivial(n)));
    }

    /**
     * (i) {@code n} rounds of {@code waitFor} with a timeout that never fires (an hour): each round
     * awaits a fresh future that a {@code callSoon} callback completes, so each call arms and
     * disarms a timer and suspends once.
     */
    public static long waitFor(int n) {
        return awaitRounds(n, Workloads::waitForHour);
    }

    /** (i') The baseline of (i): the same rounds awaiting each future directly. */
    public static long awaitFutures(int n) {
        return awaitRounds(n, Future::await);
    }

    /** {@code n} rounds of awaiting (through {@code how}) a future a callSoon callback completes. */
    private static long awaitRounds(int n, java.util.function.ToIntFunction<Future<Integer>> how) {
        return Asyncio.run(() -> {
            EventLoop loop = getRunningLoop();
            long total = 0;
            for (int i = 0; i < n; i++) {
                Future<Integer> f = loop.createFuture();
                loop.callSoon(() -> f.setResult(1));
                total += how.applyAsInt(f);
            }
            if (total != n) throw new AssertionError("a round lost its result");
            return total;
        });
    }

    private static int waitForHour(Future<Integer> f) {
        try {
            return Asyncio.waitFor(f, 3600.0);
        } catch (TimeoutException e) {
            throw new AssertionError("an hour-long timeout fired", e);
        }
    }

    /**
     * (j) One producer task and one consumer task moving {@code n} items through a
     * {@code Queue(maxsize)} with {@code put}/{@code get}: the producer fills the queue and parks,
     * the consumer drains it and parks, so the items go in batches of about {@code maxsize} per
     * pair of task switches, and every put and get that does not wait is a plain call.
     */
    public static long queue(int n, int maxsize) {
        return Asyncio.run(() -> {
            Queue<Integer> q = new Queue<>(maxsize);
            Task<Void> producer = createTask(() -> {
                for (int i = 0; i < n; i++) q.put(i);
            });
            Task<Long> consumer = createTask(() -> {
                long total = 0;
                for (int i = 0; i < n; i++) total += q.get();
                return total;
            });
            producer.await();
            long total = consumer.await();
            if (total != (long) n * (n - 1) / 2) throw new AssertionError("the queue lost an item");
            return total;
        });
    }

    private static List<Task<Integer>> spawnTrivial(int n) {
        List<Task<Integer>> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) tasks.add(createTask(TRIVIAL));
        return tasks;
    }

    private static long awaitEach(List<Task<Integer>> tasks) {
        long total = 0;
        for (Task<Integer> t : tasks) total += t.await();
        if (total != tasks.size()) throw new AssertionError("a task returned the wrong value");
        return total;
    }

    /** A workload of {@link #main}: what it runs and what it prints per iteration. */
    private record Workload(String name, boolean bytes, Runnable body) {}

    private static final List<Workload> WORKLOADS = List.of(
            new Workload("spawn", false, () -> spawn(SPAWN_TASKS)),
            new Workload("sleep0", false, () -> sleep0(SWITCH_TASKS, SWITCHES_PER_TASK)),
            new Workload("pingpong", false, () -> pingPong(PING_PONG_ROUND_TRIPS)),
            new Workload("timers", false, () -> timers(TIMERS)),
            new Workload("yieldfloor", false, () -> yieldFloor(SWITCH_TASKS, SWITCHES_PER_TASK)),
            new Workload("callsoon", false, () -> callSoon(CALL_SOON_CALLBACKS)),
            new Workload("memory", true, null),
            new Workload("gather", false, () -> gather(GATHER_TASKS)),
            new Workload("await_each", false, () -> awaitEach(GATHER_TASKS)),
            new Workload("waitfor", false, () -> waitFor(WAIT_FOR_ROUNDS)),
            new Workload("await_futures", false, () -> awaitFutures(WAIT_FOR_ROUNDS)),
            new Workload("queue", false, () -> queue(QUEUE_ITEMS, QUEUE_MAXSIZE)));

    /**
     * {@code Workloads NAME [--warmup N] [--iterations N]}: runs the workload N warm-up times, then
     * prints one line per timed iteration: seconds, or bytes per task for {@code memory}.
     * {@code Workloads list} prints the names.
     */
    public static void main(String[] args) {
        if (args.length == 0) usage();
        if (args[0].equals("list")) {
            WORKLOADS.forEach(w -> System.out.println(w.name()));
            return;
        }
        int warmup = 3, iterations = 1;
        for (int i = 1; i < args.length; i += 2) {
            if (i + 1 >= args.length) usage();
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--iterations" -> iterations = Integer.parseInt(args[i + 1]);
                default -> usage();
            }
        }
        Workload w = WORKLOADS.stream().filter(x -> x.name().equals(args[0])).findFirst().orElse(null);
        if (w == null) usage();
        for (int i = 0; i < warmup + iterations; i++) {
            long t0 = System.nanoTime();
            long bytes = w.bytes() ? parkedBytesPerTask(PARKED_TASKS) : run(w.body());
            double secs = (System.nanoTime() - t0) / 1e9;
            if (i >= warmup) System.out.println(w.bytes() ? Long.toString(bytes) : String.format(Locale.ROOT, "%.6f", secs));
        }
    }

    private static long run(Runnable body) { body.run(); return 0; }

    private static void usage() {
        System.err.println("usage: Workloads NAME [--warmup N] [--iterations N]   (Workloads list: the names)");
        System.exit(2);
    }
}
