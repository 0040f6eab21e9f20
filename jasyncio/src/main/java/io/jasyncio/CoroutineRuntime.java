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

    static CoroutineRuntime get() { return CHOSEN; }

    private static CoroutineRuntime choose() {
        if (LoopScheduledThreads.isAvailable()) return LOOM;
        System.getLogger("io.jasyncio").log(System.Logger.Level.INFO,
                "jasyncio runs on its portable runtime (" + LoopScheduledThreads.unavailableReason() + "); "
                        + "start the JVM with --add-opens java.base/java.lang=ALL-UNNAMED for the fast one");
        return PORTABLE;
    }
}
