package io.jasyncio;

import java.util.NoSuchElementException;

/**
 * asyncio's {@code contextvars.ContextVar}: a variable whose value belongs to the current
 * {@link Context}, so each task sees its own.
 *
 * <pre>{@code
 * ContextVar<String> user = new ContextVar<>("user", "anonymous");
 * Token<String> t = user.set("alice");
 * user.reset(t);
 * }</pre>
 *
 * @param <T> the value type
 */
public final class ContextVar<T> {
    private static final Object NO_DEFAULT = new Object();
    private final String name;
    private final Object defaultValue;

    /** A variable without a default: {@link #get()} throws while it is unset. */
    public ContextVar(String name) { this.name = name; this.defaultValue = NO_DEFAULT; }

    /** A variable whose value is {@code defaultValue} while it is unset. */
    public ContextVar(String name, T defaultValue) { this.name = name; this.defaultValue = defaultValue; }

    /** The variable's name. */
    public String name() { return name; }

    /** The value in the current context, else the default; throws when there is neither. */
    @SuppressWarnings("unchecked")
    public T get() {
        Context c = Context.current();
        if (c.containsKey(this)) return (T) c.lookup(this);
        if (defaultValue != NO_DEFAULT) return (T) defaultValue;
        throw new NoSuchElementException(toString());
    }

    /** The value in the current context, else {@code dflt}. */
    @SuppressWarnings("unchecked")
    public T get(T dflt) {
        Context c = Context.current();
        return c.containsKey(this) ? (T) c.lookup(this) : dflt;
    }

    /** Sets the value in the current context; the token undoes it. */
    public Token<T> set(T value) {
        Context c = Context.current();
        boolean had = c.containsKey(this);
        Object old = c.put(this, value);
        return new Token<>(c, this, had ? old : Token.MISSING);
    }

    /** Restores the value the variable had before the {@link #set} that made {@code token}. */
    public void reset(Token<T> token) {
        if (token.used) throw new IllegalStateException(token + " has already been used once");
        if (token.var() != this) throw new IllegalArgumentException(token + " was created by a different ContextVar");
        Context c = Context.current();
        if (token.context != c) throw new IllegalArgumentException(token + " was created in a different Context");
        token.used = true;
        if (token.oldValue() == Token.MISSING) c.remove(this); else c.put(this, token.oldValue());
    }

    @Override public String toString() {
        return "<ContextVar name=" + io.jasyncio.internal.Repr.ofString(name)
                + (defaultValue != NO_DEFAULT ? " default=" + io.jasyncio.internal.Repr.of(defaultValue) : "") + ">";
    }
}
