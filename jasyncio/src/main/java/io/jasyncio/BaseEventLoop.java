package io.jasyncio;

import io.jasyncio.internal.Repr;
import io.jasyncio.internal.TimerQueue;
import io.jasyncio.internal.Throwing;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * asyncio's {@code base_events.BaseEventLoop}: scheduling, timers, the thread-safe inbox, tasks
 * and the exception handler. {@link #runOnce()} is the only place where ready callbacks and task
 * steps are run. I/O readiness comes from the subclass ({@link SelectorEventLoop}).
 *
 * <p>Threading: every field without a comment saying otherwise is touched only by the thread
 * running the loop, or by a task's thread while that task holds the loop (fast runtime: mounted on
 * the loop thread; portable runtime: holding the baton).
 */
abstract class BaseEventLoop implements EventLoop {
    /**
     * Per platform thread: the loop it runs, or null. A task's thread needs no thread-local: it
     * is found as the thread some running loop has mounted ({@link TaskRunner#current()}).
     */
    static final ThreadLocal<BaseEventLoop> LOOP_STATE = new ThreadLocal<>();
    /** The loops running now, in any thread (copy-on-write; read by every task lookup). */
    static volatile BaseEventLoop[] running = new BaseEventLoop[0];
    private static final System.Logger LOG = System.getLogger("io.jasyncio");
    private static final int MIN_SCHEDULED_TIMER_HANDLES = 100;
    private static final long MAX_SELECT_NANOS = TimeUnit.DAYS.toNanos(1);
    private static final long CLOCK_ORIGIN = System.nanoTime();

    /** Ready callbacks ({@link Handle}s) and ready task steps ({@link TaskRunner}s), in order. */
    private final ArrayDeque<Object> ready = new ArrayDeque<>(256);
    /** Items from other threads; drained into {@link #ready} each iteration. Any thread adds. */
    private final ConcurrentLinkedQueue<Object> inbox = new ConcurrentLinkedQueue<>();
    private final TimerQueue<TimerHandle> scheduled = new TimerQueue<>(this::time);
    private int timerCancelledCount;
    private long timerSeq;

    /** The thread running the loop, or null. Read by any thread. */
    private volatile Thread thread;
    /** The task thread holding the loop right now (see class comment), or null. */
    Thread mounted;
    Task<?> currentTask;
    /** The loop thread's current context while the loop runs (see Context.swap). */
    Context currentContext;
    private volatile boolean stopping;
    private volatile boolean closed;
    /** True while the loop is (about to be) blocked in select: only then is a wake-up needed. */
    private volatile boolean selecting;
    private final AtomicInteger wakeupRequested = new AtomicInteger();
    private Throwable errorFromTask;
    /** Items of this iteration's batch not run yet (asyncio's ntodo countdown). */
    private int stepsLeft;
    /** The last task a worker ran within one step by chaining first steps (see takeFirstStep). */
    Task<?> batchTail;

    final CoroutineRuntime runtime = CoroutineRuntime.get();
    final LoomWorkerPool idleWorkers = new LoomWorkerPool();
    private Task<?> pendingTasks;  // head of the intrusive list of pending tasks
    private int pendingTaskCount;
    private final List<Future<?>> unretrieved = new ArrayList<>();
    private int unretrievedPruneAt = 1024;

    private ExceptionHandler exceptionHandler;
    private boolean debug = Boolean.getBoolean("jasyncio.debug");
    private double slowCallbackDuration = 0.1;
    private ExecutorService defaultExecutor;
    private boolean executorShutdownCalled;

    // ---- running ----

    @Override public void runForever() {
        checkClosed();
        checkRunning();
        if (Thread.currentThread().isVirtual()) {
            runOnPlatformThread(() -> { runForever(); return null; });
            return;
        }
        BaseEventLoop prevState = LOOP_STATE.get();
        thread = Thread.currentThread();
        currentContext = Context.threadContext();
        LOOP_STATE.set(this);
        registerRunning(this, true);
        try {
            while (true) {
                runOnce();
                if (stopping) break;
            }
        } finally {
            stopping = false;
            registerRunning(this, false);
            thread = null;
            LOOP_STATE.set(prevState);
        }
    }

    private static synchronized void registerRunning(BaseEventLoop loop, boolean add) {
        BaseEventLoop[] old = running;
        BaseEventLoop[] now;
        if (add) {
            now = java.util.Arrays.copyOf(old, old.length + 1);
            now[old.length] = loop;
        } else {
            now = java.util.Arrays.stream(old).filter(l -> l != loop).toArray(BaseEventLoop[]::new);
        }
        running = now;
    }

    /** A virtual thread cannot carry another: the loop gets a platform thread, the caller waits. */
    private <T> T runOnPlatformThread(Callable<T> body) {
        Object[] out = new Object[2];
        Thread t = Thread.ofPlatform().name("jasyncio-loop").start(() -> {
            try { out[0] = body.call(); } catch (Throwable e) { out[1] = e; }
        });
        boolean interrupted = false;
        while (true) {
            try { t.join(); break; } catch (InterruptedException e) { interrupted = true; }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (out[1] != null) throw Throwing.sneaky((Throwable) out[1]);
        @SuppressWarnings("unchecked") T r = (T) out[0];
        return r;
    }

    @Override public <T> T runUntilComplete(Awaitable<T> future) {
        checkClosed();
        checkRunning();
        if (Thread.currentThread().isVirtual()) return runOnPlatformThread(() -> runUntilComplete(future));
        Future<T> fut = (Future<T>) future;
        if (fut.loop != this) {
            throw new IllegalArgumentException("The future belongs to a different loop than the one specified as the loop argument");
        }
        return runUntilDone(fut, false);
    }

    @Override public <T> T runUntilComplete(Coroutine<T> coro) {
        checkClosed();
        checkRunning();
        if (Thread.currentThread().isVirtual()) return runOnPlatformThread(() -> runUntilComplete(coro));
        return runUntilDone(createTask(coro), true);
    }

    @Override public Void runUntilComplete(VoidCoroutine coro) {
        return runUntilComplete(coro.asCoroutine());
    }

    private <T> T runUntilDone(Future<T> fut, boolean newTask) {
        java.util.function.Consumer<Future<T>> stopper = f -> stop();
        fut.addDoneCallbackInternal(stopper);
        try {
            runForever();
        } catch (Throwable e) {
            if (newTask && fut.isDone() && !fut.isCancelled()) fut.exception();  // retrieved: no log
            throw e;
        } finally {
            fut.removeDoneCallback(stopper);
        }
        if (!fut.isDone()) throw new IllegalStateException("Event loop stopped before Future completed.");
        return fut.result();
    }

    @Override public void stop() {
        stopping = true;
        if (!isOnLoopThread()) wakeup();
    }

    @Override public boolean isRunning() { return thread != null; }

    @Override public boolean isClosed() { return closed; }

    @Override public void close() {
        if (isRunning()) throw new IllegalStateException("Cannot close a running event loop");
        if (closed) return;
        closed = true;
        reportUnretrieved();
        idleWorkers.retireAll();
        ready.clear();
        inbox.clear();
        scheduled.clear();
        timerCancelledCount = 0;
        ExecutorService ex = defaultExecutor;
        defaultExecutor = null;
        if (ex != null) ex.shutdown();
        closeSelector();
    }

    final void checkClosed() {
        if (closed) throw new IllegalStateException("Event loop is closed");
    }

    private void checkRunning() {
        if (isRunning()) throw new IllegalStateException("This event loop is already running");
        if (runningLoop() != null) {
            throw new IllegalStateException("Cannot run the event loop while another loop is running");
        }
    }

    /** asyncio's {@code _run_once}: select, collect due timers, run what is ready now. */
    private void runOnce() {
        dropCancelledTimers();
        long timeoutNanos;
        if (!ready.isEmpty() || stopping) {
            timeoutNanos = 0;
        } else if (!scheduled.isEmpty()) {
            double wait = scheduled.peekWhen() - time();
            timeoutNanos = wait <= 0 ? 0 : Math.min(MAX_SELECT_NANOS, (long) Math.ceil(wait * 1e9));
        } else {
            timeoutNanos = -1;
        }
        if (timeoutNanos != 0) {
            selecting = true;
            if (!inbox.isEmpty()) timeoutNanos = 0;  // re-checked after publishing `selecting`
        }
        try {
            select(timeoutNanos);
        } finally {
            selecting = false;
            wakeupRequested.set(0);
        }
        drainInbox();
        if (!scheduled.isEmpty()) {
            double end = time() + 1e-9;
            TimerHandle h;
            while (!scheduled.isEmpty() && scheduled.peekWhen() < end) {
                h = scheduled.poll();
                if (h.cancelled) timerCancelledCount--;
                h.scheduled = false;
                ready.addLast(h);
            }
        }
        boolean timing = debug;
        stepsLeft = ready.size();
        while (stepsLeft > 0) {
            stepsLeft--;
            Object item = ready.pollFirst();
            long t0 = timing ? System.nanoTime() : 0;
            if (item instanceof TaskRunner r) {
                // A task's context is entered while a step runs, as in asyncio's Task.__step.
                Context ctx = r.task.getContext();
                ctx.markEntered(true);
                try {
                    r.runStep();
                } finally {
                    ctx.markEntered(false);
                    if (batchTail != null) {
                        batchTail.getContext().markEntered(false);
                        batchTail = null;
                    }
                }
                if (errorFromTask != null) {
                    Throwable e = errorFromTask;
                    errorFromTask = null;
                    throw Throwing.sneaky(e);
                }
            } else if (item instanceof Handle h) {
                if (h.cancelled) continue;
                h.invoke();
            } else {
                ((Runnable) item).run();  // a continuation of a thread started inside a task
            }
            if (timing) warnIfSlow(item, System.nanoTime() - t0);
        }
    }

    private void warnIfSlow(Object item, long nanos) {
        double secs = nanos / 1e9;
        if (secs >= slowCallbackDuration) {
            String what = item instanceof TaskRunner r ? "<TaskStepMethWrapper of " + r.task + ">" : String.valueOf(item);
            LOG.log(System.Logger.Level.WARNING, "Executing " + what + " took " + String.format("%.3f", secs) + " seconds");
        }
    }

    private void dropCancelledTimers() {
        int n = scheduled.size();
        if (n > MIN_SCHEDULED_TIMER_HANDLES && timerCancelledCount * 2 > n) {
            scheduled.removeIf(h -> {
                if (h.cancelled) h.scheduled = false;
                return h.cancelled;
            });
            timerCancelledCount = 0;
        } else {
            TimerHandle h;
            while ((h = scheduled.peek()) != null && h.cancelled) {
                scheduled.poll();
                timerCancelledCount--;
                h.scheduled = false;
            }
        }
    }

    private void drainInbox() {
        Object item;
        while ((item = inbox.poll()) != null) ready.addLast(item);
    }

    /** Blocks for I/O up to {@code timeoutNanos} (0: poll, -1: forever), queueing I/O callbacks. */
    abstract void select(long timeoutNanos);

    /** Makes a blocked {@link #select} return. Any thread. */
    abstract void wakeupSelector();

    abstract void closeSelector();

    private void wakeup() {
        if (selecting && wakeupRequested.compareAndSet(0, 1)) wakeupSelector();
    }

    /** Whether the caller is the loop (its thread, or the task holding it). */
    final boolean isOnLoopThread() {
        Thread t = Thread.currentThread();
        return t == thread || t == mounted;
    }

    /**
     * Queues a ready item from any thread; from a foreign one it goes through the inbox. On the
     * loop, items other threads queued earlier go first: asyncio appends both to one deque, so
     * a callSoonThreadsafe that happened before this call runs before it.
     */
    final void makeReady(Object item) {
        Thread t = Thread.currentThread();
        Thread lt = thread;
        if (t == lt || t == mounted || (lt == null && !closed)) {
            if (!inbox.isEmpty()) drainInbox();
            ready.addLast(item);
        } else {
            inbox.add(item);
            wakeup();
        }
    }

    /**
     * For a {@link LoomWorker} that just finished a task body: the next item of this iteration if
     * it is the first step of a task that has no thread yet, taken off the ready queue. Running it
     * on the same worker, still mounted, is exactly what the loop would do next, minus two
     * continuation switches. Null when the next item is anything else (or in debug mode, which
     * times each step).
     */
    final LoomTaskRunner takeFirstStep() {
        if (stepsLeft <= 0 || debug || errorFromTask != null) return null;
        if (ready.peekFirst() instanceof LoomTaskRunner next && next.worker == null) {
            stepsLeft--;
            ready.pollFirst();
            return next;
        }
        return null;
    }

    /** A thread started inside a task inherited the loop as its scheduler: run it as a callback. */
    final void runForeignContinuation(Runnable r) { makeReady(r); }

    /** An Error from a task body: recorded on the task, and thrown out of the loop. */
    final void propagateFromTask(Throwable e) { errorFromTask = e; }

    // ---- time and callbacks ----

    @Override public double time() { return (System.nanoTime() - CLOCK_ORIGIN) / 1e9; }

    @Override public Handle callSoon(Runnable callback) { return callSoon(callback, null); }

    @Override public Handle callSoon(Runnable callback, Context context) {
        checkClosed();
        Objects.requireNonNull(callback, "callback");
        if (debug) checkThread();
        Handle h = new Handle(this, callback, context != null ? context : Context.snapshot());
        makeReady(h);
        return h;
    }

    /** call_soon of a handle made elsewhere (a future's done callback). */
    final void scheduleHandle(Handle h) {
        checkClosed();
        if (debug) checkThread();
        makeReady(h);
    }

    @Override public Handle callSoonThreadsafe(Runnable callback) { return callSoonThreadsafe(callback, null); }

    @Override public Handle callSoonThreadsafe(Runnable callback, Context context) {
        checkClosed();
        Objects.requireNonNull(callback, "callback");
        Handle h = new Handle(this, callback, context != null ? context : Context.snapshot());
        makeReady(h);
        return h;
    }

    @Override public TimerHandle callLater(double delay, Runnable callback) { return callLater(delay, callback, null); }

    @Override public TimerHandle callLater(Duration delay, Runnable callback) {
        return callLater(seconds(delay), callback, null);
    }

    @Override public TimerHandle callLater(double delay, Runnable callback, Context context) {
        checkDelay(delay);
        return callAt(time() + delay, callback, context);
    }

    @Override public TimerHandle callAt(double when, Runnable callback) { return callAt(when, callback, null); }

    @Override public TimerHandle callAt(double when, Runnable callback, Context context) {
        checkDelay(when);
        checkClosed();
        Objects.requireNonNull(callback, "callback");
        if (debug) checkThread();
        TimerHandle h = new TimerHandle(this, when, timerSeq++, callback,
                context != null ? context : Context.snapshot());
        h.scheduled = true;
        if (isOnLoopThread() || thread == null) {
            scheduled.add(when, h.seq, h);
        } else {
            // Not thread-safe in asyncio either; we at least keep the heap intact.
            inbox.add(new Handle(this, () -> scheduled.add(when, h.seq, h), h.context));
            wakeup();
        }
        return h;
    }

    private static void checkDelay(double d) {
        if (Double.isNaN(d)) throw new IllegalArgumentException("Invalid delay: NaN (not a number)");
    }

    static double seconds(Duration d) {
        Objects.requireNonNull(d, "delay");
        return d.getSeconds() + d.getNano() / 1e9;
    }

    final void timerHandleCancelled(TimerHandle h) {
        if (h.scheduled) timerCancelledCount++;
    }

    private void checkThread() {
        Thread t = thread;
        if (t != null && !isOnLoopThread()) {
            throw new IllegalStateException(
                    "Non-thread-safe operation invoked on an event loop other than the current one");
        }
    }

    // ---- futures and tasks ----

    @Override public <T> Future<T> createFuture() { return new Future<>(this); }

    @Override public <T> Task<T> createTask(Coroutine<T> coro) { return createTask(coro, null, null); }

    @Override public <T> Task<T> createTask(Coroutine<T> coro, String name) { return createTask(coro, name, null); }

    @Override public <T> Task<T> createTask(Coroutine<T> coro, String name, Context context) {
        checkClosed();
        return new Task<>(this, coro, name, context);
    }

    @Override public Task<Void> createTask(VoidCoroutine coro) { return createTask(coro.asCoroutine(), null, null); }

    @Override public Task<Void> createTask(VoidCoroutine coro, String name) { return createTask(coro.asCoroutine(), name, null); }

    @Override public Task<Void> createTask(VoidCoroutine coro, String name, Context context) {
        return createTask(coro.asCoroutine(), name, context);
    }

    final void taskCreated(Task<?> t) {
        Task<?> head = pendingTasks;
        t.nextPending = head;
        if (head != null) head.prevPending = t;
        pendingTasks = t;
        pendingTaskCount++;
    }

    final void taskDone(Task<?> t) {
        Task<?> p = t.prevPending, n = t.nextPending;
        if (p != null) p.nextPending = n; else if (pendingTasks == t) pendingTasks = n; else return;
        if (n != null) n.prevPending = p;
        t.prevPending = t.nextPending = null;
        pendingTaskCount--;
    }

    /** asyncio's {@code all_tasks(loop)}: the tasks not done yet, oldest first. */
    final java.util.Set<Task<?>> pendingTasks() {
        ArrayList<Task<?>> list = new ArrayList<>(pendingTaskCount);
        for (Task<?> t = pendingTasks; t != null; t = t.nextPending) list.add(t);
        java.util.Collections.reverse(list);
        return new java.util.LinkedHashSet<>(list);
    }

    /** A future that failed: reported at close if nobody asked for its exception. */
    final void trackUnretrieved(Future<?> f) {
        unretrieved.add(f);
        if (unretrieved.size() >= unretrievedPruneAt) {
            unretrieved.removeIf(x -> !x.logTraceback);
            unretrievedPruneAt = Math.max(1024, unretrieved.size() * 2);
        }
    }

    private void reportUnretrieved() {
        List<Future<?>> list = new ArrayList<>(unretrieved);
        unretrieved.clear();
        for (Future<?> f : list) {
            if (!f.logTraceback) continue;
            f.logTraceback = false;
            Map<String, Object> ctx = new LinkedHashMap<>();
            ctx.put("message", f.className() + " exception was never retrieved");
            ctx.put("exception", f.exception());
            ctx.put("future", f);
            callExceptionHandler(ctx);
        }
    }

    // ---- the exception handler ----

    @Override public void setExceptionHandler(ExceptionHandler handler) { exceptionHandler = handler; }

    @Override public ExceptionHandler getExceptionHandler() { return exceptionHandler; }

    @Override public void defaultExceptionHandler(Map<String, Object> context) {
        Object message = context.get("message");
        if (message == null) message = "Unhandled exception in event loop";
        StringBuilder sb = new StringBuilder(String.valueOf(message));
        context.keySet().stream().filter(k -> !k.equals("message") && !k.equals("exception")).sorted()
                .forEach(k -> sb.append('\n').append(k).append(": ").append(Repr.of(context.get(k))));
        Object exc = context.get("exception");
        if (exc instanceof Throwable t) LOG.log(System.Logger.Level.ERROR, sb.toString(), t);
        else LOG.log(System.Logger.Level.ERROR, sb.toString());
    }

    @Override public void callExceptionHandler(Map<String, Object> context) {
        ExceptionHandler h = exceptionHandler;
        if (h == null) {
            try {
                defaultExceptionHandler(context);
            } catch (Error e) {
                throw e;
            } catch (Throwable t) {
                LOG.log(System.Logger.Level.ERROR, "Exception in default exception handler", t);
            }
            return;
        }
        try {
            h.handle(this, context);
        } catch (Throwable t) {
            if (t instanceof Error && !(t instanceof CancelledError)) throw t;
            try {
                Map<String, Object> ctx = new LinkedHashMap<>();
                ctx.put("message", "Unhandled error in exception handler");
                ctx.put("exception", t);
                ctx.put("context", context);
                defaultExceptionHandler(ctx);
            } catch (Throwable ignored) {
                LOG.log(System.Logger.Level.ERROR, "Exception in default exception handler while handling an "
                        + "unexpected error in custom exception handler", ignored);
            }
        }
    }

    @Override public void setDebug(boolean enabled) { debug = enabled; }

    @Override public boolean isDebug() { return debug; }

    @Override public void setSlowCallbackDuration(double seconds) { slowCallbackDuration = seconds; }

    @Override public double getSlowCallbackDuration() { return slowCallbackDuration; }

    // ---- executors ----

    @Override public void setDefaultExecutor(ExecutorService executor) { defaultExecutor = executor; }

    @Override public <T> Future<T> runInExecutor(Executor executor, Callable<T> func) {
        checkClosed();
        Objects.requireNonNull(func, "func");
        if (debug) checkThread();
        if (executor == null) {
            if (executorShutdownCalled) throw new IllegalStateException("Executor shutdown has been called");
            executor = defaultExecutor();
        }
        Future<T> out = createFuture();
        java.util.concurrent.FutureTask<T> job = new java.util.concurrent.FutureTask<>(func) {
            @Override protected void done() { callSoonFromThread(() -> ChainedFuture.copyInto(this, out)); }
        };
        // As asyncio's _chain_future: a cancel stops a job that has not started; a running one is
        // not interrupted (it finishes, and its outcome is dropped).
        out.addDoneCallback(f -> { if (f.isCancelled()) job.cancel(false); });
        executor.execute(job);
        return out;
    }

    /** callSoonThreadsafe from a helper thread, dropped if the loop is (or gets) closed meanwhile. */
    final void callSoonFromThread(Runnable callback) {
        if (closed) return;
        try {
            callSoonThreadsafe(callback);
        } catch (IllegalStateException closedMeanwhile) {
            // the loop closed between the check and the call: nobody is left to tell
        }
    }

    private ExecutorService defaultExecutor() {
        ExecutorService ex = defaultExecutor;
        if (ex == null) {
            int workers = Math.min(32, Runtime.getRuntime().availableProcessors() + 4);
            AtomicInteger n = new AtomicInteger();
            ThreadPoolExecutor tpe = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), r -> Thread.ofPlatform().daemon(true)
                            .name("asyncio_" + n.getAndIncrement()).unstarted(r));
            tpe.allowCoreThreadTimeOut(true);
            defaultExecutor = ex = tpe;
        }
        return ex;
    }

    @Override public Future<Void> shutdownDefaultExecutor() {
        executorShutdownCalled = true;
        Future<Void> done = createFuture();
        ExecutorService ex = defaultExecutor;
        if (ex == null) {
            done.setResult(null);
            return done;
        }
        Thread.ofPlatform().daemon(true).name("asyncio-executor-shutdown").start(() -> {
            ex.shutdown();
            try {
                ex.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            callSoonFromThread(() -> done.setResultUnlessDone(null));
        });
        return done;
    }

    // ---- the running loop ----

    /** The loop running on this thread (for a task: its loop), or null. */
    static BaseEventLoop runningLoop() {
        TaskRunner r = TaskRunner.current();
        if (r != null) return r.loop;
        return Thread.currentThread().isVirtual() ? null : LOOP_STATE.get();
    }

    /** The running loop, or asyncio's "There is no current event loop" error for {@code what}. */
    static BaseEventLoop runningOrCurrentFor(String what) {
        BaseEventLoop l = runningLoop();
        if (l == null) {
            throw new IllegalStateException("There is no current event loop in thread '"
                    + Thread.currentThread().getName() + "'.");
        }
        return l;
    }


    @Override public String toString() {
        return "<" + getClass().getSimpleName() + " running=" + Repr.of(isRunning())
                + " closed=" + Repr.of(isClosed()) + " debug=" + Repr.of(isDebug()) + ">";
    }
}
