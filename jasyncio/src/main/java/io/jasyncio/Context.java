package io.jasyncio;

import io.jasyncio.internal.Hamt;
import io.jasyncio.internal.Throwing;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Python's {@code contextvars.Context} (PEP 567): an immutable-looking mapping of
 * {@link ContextVar}s to values. Each thread has a current context; each task runs in its own
 * context (a copy of its creator's, taken when the task is created), and each callback runs in
 * the context it was scheduled in. A new platform thread starts with an empty context.
 *
 * <p>A {@code Context} is a read-only {@link Map}: {@link #get(Object)} (null for an unset
 * variable), {@link #containsKey}, {@link #size}, {@link #keySet}, {@link #values},
 * {@link #entrySet}, {@code equals}/{@code hashCode} by contents; the mutating {@code Map} methods
 * throw {@link UnsupportedOperationException}. Only {@link ContextVar#set}/{@link ContextVar#reset}
 * change a context, and only while it is the current one.
 *
 * <p>Copies are O(1) and a {@code set} is O(log n): the variables live in a persistent hash
 * trie (as CPython's {@code hamt.c}) that a copy shares.
 *
 * <pre>{@code
 * ContextVar<String> user = new ContextVar<>("user", "anonymous");
 * Context ctx = Context.copyContext();
 * ctx.run(() -> user.set("alice"));
 * System.out.println(ctx.get(user) + " " + user.get());   // alice anonymous
 * }</pre>
 */
public final class Context extends AbstractMap<ContextVar<?>, Object> {
    private static final ThreadLocal<Context> CURRENT = new ThreadLocal<>();
    private static final VarHandle ENTERED;

    static {
        try {
            ENTERED = MethodHandles.lookup().findVarHandle(Context.class, "entered", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Replaced, never changed in place: a copy shares it. Written only by the thread that entered this context. */
    private Hamt<ContextVar<?>, Object> vars;
    /** Whether some thread runs in this context (CPython's {@code ctx_entered}); set by CAS. */
    @SuppressWarnings("unused") private volatile boolean entered;

    /** A new, empty context. */
    public Context() { this.vars = Hamt.empty(); }

    private Context(Hamt<ContextVar<?>, Object> vars) { this.vars = vars; }

    /** Python's {@code contextvars.copy_context()}: a copy of the current thread's context. */
    public static Context copyContext() {
        Context c = peekCurrent();
        return c == null ? new Context() : new Context(c.vars);
    }

    /** A shallow copy: the same variables and values, changed independently from now on. */
    public Context copy() { return new Context(vars); }

    /**
     * Calls {@code body} with this context as the current one, then restores the previous one;
     * whatever {@code body} sets is kept here. Rethrows what {@code body} throws, unchanged.
     *
     * @throws IllegalStateException ("cannot enter context: ... is already entered") when this
     *     context is current in some thread already (nested or concurrent entry)
     */
    public <T> T run(Callable<T> body) {
        enter();
        Context prev = swap(this);
        try {
            return body.call();
        } catch (Exception e) {
            throw Throwing.sneaky(e);
        } finally {
            swap(prev);
            entered = false;
        }
    }

    /** {@link #run(Callable)} for a body without a result. */
    public void run(Runnable body) {
        enter();
        Context prev = swap(this);
        try {
            body.run();
        } finally {
            swap(prev);
            entered = false;
        }
    }

    private void enter() {
        if (!ENTERED.compareAndSet(this, false, true)) {
            throw new IllegalStateException("cannot enter context: " + this + " is already entered");
        }
    }

    // ---- the read-only Map ----

    /** The value of {@code var} here, or null when it is not set (not its default). */
    @Override public Object get(Object var) { return vars.get(var); }

    /** The value of {@code var} here, or null when it is not set (not its default). */
    @SuppressWarnings("unchecked")
    public <T> T get(ContextVar<T> var) { return (T) vars.get(var); }

    /** The value of {@code var} here, or {@code dflt} when it is not set. */
    @SuppressWarnings("unchecked")
    public <T> T get(ContextVar<T> var, T dflt) { return (T) vars.find(var, dflt); }

    /** The value of {@code var} here, or {@code dflt} when it is not set. */
    @Override public Object getOrDefault(Object var, Object dflt) { return vars.find(var, dflt); }

    /** Whether {@code var} has a value here. */
    @Override public boolean containsKey(Object var) { return var instanceof ContextVar<?> && vars.containsKey(var); }

    /** How many variables have a value here. */
    @Override public int size() { return vars.size(); }

    @Override public boolean isEmpty() { return vars.isEmpty(); }

    /**
     * The variables and their values. Like any {@link Map} view it follows later changes; an
     * iterator walks the contents as they were when it was made (it never throws
     * {@link java.util.ConcurrentModificationException}).
     */
    @Override public Set<Entry<ContextVar<?>, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override public Iterator<Entry<ContextVar<?>, Object>> iterator() {
                Iterator<Entry<ContextVar<?>, Object>> it = vars.iterator();
                return new Iterator<>() {  // hides Iterator.remove
                    @Override public boolean hasNext() { return it.hasNext(); }
                    @Override public Entry<ContextVar<?>, Object> next() { return it.next(); }
                };
            }

            @Override public int size() { return vars.size(); }

            @Override public boolean contains(Object o) {
                if (!(o instanceof Entry<?, ?> e) || e.getKey() == null) return false;
                Object v = vars.find(e.getKey(), NOT_SET);
                return v != NOT_SET && java.util.Objects.equals(v, e.getValue());
            }
        };
    }

    private static final Object NOT_SET = new Object();

    /** Equal to any {@link Map} with the same variables and values (same {@link Map} contract). */
    @Override public boolean equals(Object o) {
        if (o instanceof Context c) return vars.equals(c.vars);
        return super.equals(o);
    }

    @Override public int hashCode() { return vars.hashCode(); }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("Context is read-only: use ContextVar.set/reset inside run()");
    }

    /** @throws UnsupportedOperationException always: a Context is changed through its variables */
    @Override public Object put(ContextVar<?> k, Object v) { throw readOnly(); }
    /** @throws UnsupportedOperationException always */
    @Override public Object remove(Object k) { throw readOnly(); }
    /** @throws UnsupportedOperationException always */
    @Override public void putAll(Map<? extends ContextVar<?>, ?> m) { throw readOnly(); }
    /** @throws UnsupportedOperationException always */
    @Override public void clear() { throw readOnly(); }
    /** @throws UnsupportedOperationException always */
    @Override public Object putIfAbsent(ContextVar<?> k, Object v) { throw readOnly(); }
    /** @throws UnsupportedOperationException always */
    @Override public boolean remove(Object k, Object v) { throw readOnly(); }
    /** @throws UnsupportedOperationException always */
    @Override public boolean replace(ContextVar<?> k, Object o, Object v) { throw readOnly(); }
    /** @throws UnsupportedOperationException always */
    @Override public Object replace(ContextVar<?> k, Object v) { throw readOnly(); }
    /** @throws UnsupportedOperationException always */
    @Override public void replaceAll(BiFunction<? super ContextVar<?>, ? super Object, ?> f) { throw readOnly(); }
    /** @throws UnsupportedOperationException always */
    @Override public Object computeIfAbsent(ContextVar<?> k, Function<? super ContextVar<?>, ?> f) { throw readOnly(); }
    /** @throws UnsupportedOperationException always */
    @Override public Object computeIfPresent(ContextVar<?> k, BiFunction<? super ContextVar<?>, ? super Object, ?> f) {
        throw readOnly();
    }
    /** @throws UnsupportedOperationException always */
    @Override public Object compute(ContextVar<?> k, BiFunction<? super ContextVar<?>, ? super Object, ?> f) {
        throw readOnly();
    }
    /** @throws UnsupportedOperationException always */
    @Override public Object merge(ContextVar<?> k, Object v, BiFunction<? super Object, ? super Object, ?> f) {
        throw readOnly();
    }

    /** {@code <Context object>}, as CPython's repr without the address (not the Map form). */
    @Override public String toString() { return "<Context object>"; }

    // ---- package-private glue for the loop, tasks and ContextVar ----

    /** The current thread's context; a thread that never had one starts with an empty one. */
    static Context current() {
        Context c = peekCurrent();
        if (c == null) {
            c = new Context();
            swap(c);
        }
        return c;
    }

    /**
     * The current context, or null if this thread never had one. A loop thread keeps its current
     * context in the loop, and a task in its runner: switching contexts for every callback then
     * costs a field write, not a {@code ThreadLocal.set}.
     */
    private static Context peekCurrent() {
        Thread t = Thread.currentThread();
        if (t.isVirtual()) {
            TaskRunner r = TaskRunner.current();
            if (r != null) return r.currentContext;
        } else {
            BaseEventLoop l = BaseEventLoop.LOOP_STATE.get();
            if (l != null) return l.currentContext;
        }
        return CURRENT.get();
    }

    /** Makes {@code c} current without the entered check (the loop's own switch); returns the old one. */
    static Context swap(Context c) {
        Thread t = Thread.currentThread();
        if (t.isVirtual()) {
            TaskRunner r = TaskRunner.current();
            if (r != null) {
                Context prev = r.currentContext;
                r.currentContext = c;
                return prev;
            }
        } else {
            BaseEventLoop l = BaseEventLoop.LOOP_STATE.get();
            if (l != null) {
                Context prev = l.currentContext;
                l.currentContext = c;
                return prev;
            }
        }
        Context prev = CURRENT.get();
        if (prev != c) CURRENT.set(c);
        return prev;
    }

    /**
     * The current context's contents, immutable: what {@code copy_context()} would copy, without
     * making the copy. {@link #ofSnapshot} makes it later, when (and if) it is needed.
     */
    static Object snapshot() {
        Context c = peekCurrent();
        return c == null ? Hamt.empty() : c.vars;
    }

    /** A new context holding {@code snapshot} (from {@link #snapshot()}). */
    @SuppressWarnings("unchecked")
    static Context ofSnapshot(Object snapshot) {
        return new Context((Hamt<ContextVar<?>, Object>) snapshot);
    }

    /** The context this thread had outside any loop (a loop thread starts its run with it). */
    static Context threadContext() { return CURRENT.get(); }

    void markEntered(boolean e) { entered = e; }

    /** The value of {@code var} in the current thread's context, or {@code notFound}; creates no context. */
    static Object currentLookup(ContextVar<?> var, Object notFound) {
        Context c = peekCurrent();
        return c == null ? notFound : c.vars.find(var, notFound);
    }

    /** The value of {@code var}, or {@code notFound}. */
    Object lookup(ContextVar<?> var, Object notFound) { return vars.find(var, notFound); }

    /** Sets {@code var}; returns its old value or {@code notFound}. */
    Object put(ContextVar<?> var, Object value, Object notFound) {
        Hamt<ContextVar<?>, Object> v = vars;
        Object old = v.find(var, notFound);
        vars = v.put(var, value);
        return old;
    }

    void removeVar(ContextVar<?> var) { vars = vars.remove(var); }
}
