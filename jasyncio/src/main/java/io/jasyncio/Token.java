package io.jasyncio;

/**
 * What {@link ContextVar#set} returns: {@link ContextVar#reset} takes it to undo the set.
 *
 * <pre>{@code
 * Token<String> t = user.set("bob");
 * try { work(); } finally { user.reset(t); }
 * }</pre>
 *
 * @param <T> the variable's value type
 */
public final class Token<T> {
    /** {@link #oldValue()} when the variable had no value before the set. */
    public static final Object MISSING = new Object() {
        @Override public String toString() { return "<Token.MISSING>"; }
    };

    final Context context;
    private final ContextVar<T> var;
    private final Object oldValue;
    boolean used;

    Token(Context context, ContextVar<T> var, Object oldValue) {
        this.context = context; this.var = var; this.oldValue = oldValue;
    }

    /** The variable that was set. */
    public ContextVar<T> var() { return var; }

    /** The value before the set, or {@link #MISSING}. */
    public Object oldValue() { return oldValue; }

    @Override public String toString() { return "<Token" + (used ? " used" : "") + " var=" + var + ">"; }
}
