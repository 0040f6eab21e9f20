package io.jasyncio;

import java.util.HashMap;
import java.util.Map;

/**
 * asyncio's {@code contextvars.Context}: a mapping of {@link ContextVar}s to values. Each task
 * runs in its own copy of its creator's context; callbacks run in the context they were
 * scheduled in.
 *
 * <pre>{@code
 * ContextVar<String> user = new ContextVar<>("user", "anonymous");
 * Context ctx = Context.copyContext();
 * ctx.run(() -> user.set("alice"));
 * System.out.println(ctx.get(user) + " " + user.get());   // alice anonymous
 * }</pre>
 */
public final class Context {
    private static final ThreadLocal<Context> CURRENT = new ThreadLocal<>();

    /** Copy-on-write: a map is never changed once another Context may share it. */
    private Map<ContextVar<?>, Object> vars;
    private boolean shared;
    private boolean entered;

    /** An empty context. */
    public Context() { this.vars = Map.of(); this.shared = true; }

    private Context(Map<ContextVar<?>, Object> vars) { this.vars = vars; this.shared = true; }

    /** asyncio's {@code contextvars.copy_context()}: a copy of the current context. */
    public static Context copyContext() { return current().copy(); }

    /** A shallow copy of this context. */
    public Context copy() { shared = true; return new Context(vars); }

    /** The value of {@code var} in this context, or null when it is not set. */
    public Object get(ContextVar<?> var) { return vars.get(var); }

    /** Whether {@code var} has a value in this context. */
    public boolean containsKey(ContextVar<?> var) { return vars.containsKey(var); }

    /** How many variables have a value here. */
    public int size() { return vars.size(); }

    /** Runs {@code body} with this context as the current one. */
    public <T> T run(java.util.concurrent.Callable<T> body) throws Exception {
        if (entered) throw new IllegalStateException("cannot enter context: " + this + " is already entered");
        Context prev = swap(this);
        entered = true;
        try {
            return body.call();
        } finally {
            entered = false;
            swap(prev);
        }
    }

    /** Runs {@code body} with this context as the current one. */
    public void run(Runnable body) {
        if (entered) throw new IllegalStateException("cannot enter context: " + this + " is already entered");
        Context prev = swap(this);
        entered = true;
        try {
            body.run();
        } finally {
            entered = false;
            swap(prev);
        }
    }

    // ---- package-private glue for the loop and tasks ----

    /** The current thread's context; a thread that never had one starts with an empty one. */
    static Context current() {
        Context c = CURRENT.get();
        if (c == null) { c = new Context(); CURRENT.set(c); }
        return c;
    }

    /** Makes {@code c} current without the entered check (the loop's own switch); returns the old one. */
    static Context swap(Context c) {
        Context prev = CURRENT.get();
        if (prev != c) CURRENT.set(c);
        return prev;
    }

    void markEntered(boolean e) { entered = e; }

    Object lookup(ContextVar<?> var) { return vars.get(var); }

    Object put(ContextVar<?> var, Object value) {
        if (shared) { vars = new HashMap<>(vars); shared = false; }
        return vars.put(var, value);
    }

    void remove(ContextVar<?> var) {
        if (shared) { vars = new HashMap<>(vars); shared = false; }
        vars.remove(var);
    }

    @Override public String toString() { return "<Context object>"; }
}
