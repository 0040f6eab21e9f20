package io.jasyncio;

import java.lang.reflect.Method;

/**
 * Measures the bytes a piece of code allocates on the current platform thread, through
 * {@code com.sun.management.ThreadMXBean} (reached reflectively: the library module does not
 * read {@code java.management}, and its tests run inside it).
 */
final class Allocations {
    private Allocations() {}

    /** Bytes allocated by the current thread while running {@code body}. */
    static long of(Runnable body) {
        try {
            Object mx = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            Method current = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
            long before = (long) current.invoke(mx);
            body.run();
            long after = (long) current.invoke(mx);
            if (before < 0 || after < 0) throw new AssertionError("allocation counting unsupported on this thread");
            return after - before;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
