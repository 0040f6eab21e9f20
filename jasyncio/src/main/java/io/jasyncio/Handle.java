package io.jasyncio;

import io.jasyncio.internal.Callables;

/**
 * A callback scheduled on an event loop (asyncio's {@code Handle}); {@link #cancel()} keeps it
 * from running.
 *
 * <pre>{@code
 * Handle h = loop.callSoon(() -> System.out.println("never"));
 * h.cancel();
 * }</pre>
 */
public class Handle {
    final BaseEventLoop loop;
    Runnable callback;
    /**
     * Where the callback runs: a {@link Context} given by the caller (runs in that very object),
     * a snapshot of the scheduler's context ({@link Context#snapshot()}: the callback gets a
     * fresh copy of it when it runs, so nothing is allocated while it waits), or null (the
     * library's own callbacks, which run in the loop's current context).
     */
    final Object context;
    boolean cancelled;

    Handle(BaseEventLoop loop, Runnable callback, Object context) {
        this.loop = loop;
        this.callback = callback;
        this.context = context;
    }

    /** Keeps the callback from running; true afterwards even if it already ran, as in asyncio. */
    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            if (!loop.isDebug()) callback = null;
        }
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() { return cancelled; }

    /** Runs the callback in its context; a failure goes to the loop's exception handler. */
    final void invoke() {
        Runnable cb = callback;
        // A null context (the library's own callbacks) runs in the loop's current one.
        Object c = context;
        Context prev = c == null ? null : Context.swap(c instanceof Context given ? given : Context.ofSnapshot(c));
        try {
            cb.run();
        } catch (Throwable t) {
            if (t instanceof Error && !(t instanceof CancelledError)) throw t;
            java.util.Map<String, Object> ctx = new java.util.LinkedHashMap<>();
            ctx.put("message", "Exception in callback " + Callables.name(named()));
            ctx.put("exception", t);
            ctx.put("handle", this);
            loop.callExceptionHandler(ctx);
        } finally {
            if (c != null) Context.swap(prev);
        }
    }

    /** What names this handle's callback in messages and reprs. */
    Object named() { return callback; }

    String reprInfo() {
        StringBuilder sb = new StringBuilder(getClass().getSimpleName());
        if (cancelled) sb.append(" cancelled");
        if (callback != null) sb.append(' ').append(Callables.name(named()));
        return sb.toString();
    }

    @Override public String toString() { return "<" + reprInfo() + ">"; }
}
