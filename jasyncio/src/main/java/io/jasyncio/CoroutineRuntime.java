package io.jasyncio;

import io.jasyncio.internal.LoopScheduledThreads;

/** Which way tasks run: chosen once per JVM (see {@link LoomTaskRunner}, {@link PortableTaskRunner}). */
enum CoroutineRuntime {
    /** Virtual threads scheduled by the loop itself. */
    LOOM {
        @Override TaskRunner newRunner(Task<?> task) { return new LoomTaskRunner(task); }
    },
    /** JDK virtual threads and an explicit hand-off of the loop. */
    PORTABLE {
        @Override TaskRunner newRunner(Task<?> task) { return new PortableTaskRunner(task); }
    };

    private static final CoroutineRuntime CHOSEN = choose();

    abstract TaskRunner newRunner(Task<?> task);

    /**
     * The JDK's I/O pollers for blocking calls in virtual threads are themselves virtual threads,
     * started by whichever thread first needs them, and they inherit its scheduler. Started from a
     * task they would belong to that task's loop and die with it (DESIGN §2.2, pitfall a), so
     * start them now, from this (platform) thread, with the JDK's own scheduler.
     */
    private static void startJdkPollers() {
        if (Thread.currentThread().isVirtual()) return;
        try {
            Class.forName("sun.nio.ch.Poller", true, null);
        } catch (ReflectiveOperationException | LinkageError ignored) {
            // Another JDK layout: nothing to start early.
        }
    }

    static CoroutineRuntime get() { return CHOSEN; }

    private static CoroutineRuntime choose() {
        if (LoopScheduledThreads.isAvailable()) {
            startJdkPollers();
            return LOOM;
        }
        System.getLogger("io.jasyncio").log(System.Logger.Level.INFO,
                "jasyncio runs on its portable runtime (" + LoopScheduledThreads.unavailableReason() + "); "
                        + "start the JVM with --add-opens java.base/java.lang=ALL-UNNAMED for the fast one");
        return PORTABLE;
    }
}
