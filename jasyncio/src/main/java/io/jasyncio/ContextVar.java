package io.jasyncio;

import io.jasyncio.internal.Repr;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * Python's {@code contextvars.ContextVar} (PEP 567): a variable whose value belongs to the current
 * {@link Context}, so each task (and each callback) sees the value of its own context. Create
 * variables once, as constants; a variable is its own key (compared by identity).
 *
 * <pre>{@code
 * static final ContextVar<String> USER = new ContextVar<>("user", "anonymous");
 *
 * Token<String> t = USER.set("alice");
 * try {
 *     handle();                    // USER.get() is "alice" here and in tasks created here
 * } finally {
 *     USER.reset(t);               // back to the value before the set
 * }
 * }</pre>
 *
 * <p>{@link #get()} costs a thread-local read and a lookup in a small hash trie. (CPython also
 * caches the last value per variable; here a cache that is correct across threads would have to
 * allocate on every miss, and a lookup in a trie of a few variables costs no more than that.)
 *
 * @param <T> the value type
 */
public final class ContextVar<T> {
    /** Marks "no default" and, in lookups, "not set". */
    private static final Object MISSING = new Object();
    /** Variables whose toString() is running on this thread: a default that contains its own variable prints "...". */
    private static final ThreadLocal<Set<ContextVar<?>>> IN_REPR =
            ThreadLocal.withInitial(() -> Collections.newSetFromMap(new IdentityHashMap<>()));

    private final String name;
    private final Object defaultValue;

    /** A variable without a default: {@link #get()} throws while it is unset. */
    public ContextVar(String name) {
        this.name = Objects.requireNonNull(name, "name");
        this.defaultValue = MISSING;
    }

    /** A variable whose value is {@code defaultValue} (null included) while it is unset. */
    public ContextVar(String name, T defaultValue) {
        this.name = Objects.requireNonNull(name, "name");
        this.defaultValue = defaultValue;
    }

    /** The variable's name. */
    public String name() { return name; }

    /**
     * The value in the current context, else the variable's default.
     *
     * @throws NoSuchElementException (Python's {@code LookupError}, its message this variable's
     *     {@code toString()}) when the variable is unset and has no default
     */
    @SuppressWarnings("unchecked")
    public T get() {
        Object v = Context.currentLookup(this, defaultValue);
        if (v == MISSING) throw new NoSuchElementException(toString());
        return (T) v;
    }

    /** The value in the current context, else {@code dflt} (the variable's own default is not used). */
    @SuppressWarnings("unchecked")
    public T get(T dflt) { return (T) Context.currentLookup(this, dflt); }

    /**
     * Sets the value in the current context; the token restores the previous value with
     * {@link #reset}. Tasks created afterwards see the new value; running tasks do not.
     */
    public Token<T> set(T value) {
        Context c = Context.current();
        Object old = c.put(this, value, Token.MISSING);
        return new Token<>(c, this, old);
    }

    /**
     * Restores the value (or the unset state) the variable had before the {@link #set} that made
     * {@code token}.
     *
     * @throws IllegalStateException ("... has already been used once") for a used token
     * @throws IllegalArgumentException ("... was created by a different ContextVar", "... was
     *     created in a different Context") for a token of another variable or another context
     */
    public void reset(Token<T> token) {
        Objects.requireNonNull(token, "token");
        if (token.used) throw new IllegalStateException(token + " has already been used once");
        if (token.var() != this) throw new IllegalArgumentException(token + " was created by a different ContextVar");
        Context c = Context.current();
        if (token.context != c) throw new IllegalArgumentException(token + " was created in a different Context");
        token.used = true;
        if (token.oldValue() == Token.MISSING) c.removeVar(this); else c.put(this, token.oldValue(), null);
    }

    /** {@code <ContextVar name='a' default=123>} as CPython's repr, without the address. */
    @Override public String toString() {
        StringBuilder sb = new StringBuilder("<ContextVar name=").append(Repr.ofString(name));
        if (defaultValue != MISSING) {
            Set<ContextVar<?>> busy = IN_REPR.get();
            if (busy.add(this)) {
                try {
                    sb.append(" default=").append(Repr.of(defaultValue));
                } finally {
                    busy.remove(this);
                }
            } else {
                sb.append(" default=...");
            }
        }
        return sb.append('>').toString();
    }
}
