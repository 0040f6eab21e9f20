package io.jasyncio.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.Executor;

/**
 * The one place that knows how a virtual thread scheduled by an event loop is made.
 *
 * <p>Today that is the JDK's package-private {@code ThreadBuilders.VirtualThreadBuilder(Executor)}
 * constructor, reached reflectively (it needs {@code --add-opens java.base/java.lang=...}). When
 * Project Loom's public custom-scheduler API lands, only this class changes. When neither is
 * available, {@link #isAvailable()} is false and the loop falls back to the portable runtime.
 */
public final class LoopScheduledThreads {
    private static final MethodHandle NEW_BUILDER;
    private static final String UNAVAILABLE_REASON;

    static {
        MethodHandle mh = null;
        String reason = null;
        try {
            Class<?> builder = Class.forName("java.lang.ThreadBuilders$VirtualThreadBuilder");
            var ctor = builder.getDeclaredConstructor(Executor.class);
            ctor.setAccessible(true);
            mh = MethodHandles.lookup().unreflectConstructor(ctor)
                    .asType(MethodType.methodType(Thread.Builder.OfVirtual.class, Executor.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            reason = e.toString();
        }
        NEW_BUILDER = mh;
        UNAVAILABLE_REASON = reason;
    }

    private LoopScheduledThreads() {}

    /** Whether virtual threads with a custom scheduler can be made in this JVM. */
    public static boolean isAvailable() {
        return NEW_BUILDER != null && !Boolean.getBoolean("jasyncio.portable");
    }

    /** Why {@link #isAvailable()} is false (null when it is true). */
    public static String unavailableReason() {
        if (Boolean.getBoolean("jasyncio.portable")) return "-Djasyncio.portable=true";
        return UNAVAILABLE_REASON;
    }

    /**
     * An unstarted virtual thread whose continuation is handed to {@code scheduler} each time it
     * becomes runnable (on start, after an unpark, after {@code Thread.yield()}).
     */
    public static Thread newThread(Executor scheduler, String name, Runnable body) {
        try {
            Thread.Builder.OfVirtual b = (Thread.Builder.OfVirtual) NEW_BUILDER.invokeExact(scheduler);
            return b.name(name).unstarted(body);
        } catch (Throwable t) {
            throw new IllegalStateException("cannot create a loop-scheduled virtual thread", t);
        }
    }
}
