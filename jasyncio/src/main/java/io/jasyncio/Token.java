package io.jasyncio;

/**
 * Python's {@code contextvars.Token}: what {@link ContextVar#set} returns; {@link ContextVar#reset}
 * takes it, once, in the same context, to undo that set.
 *
 * <pre>{@code
 * Token<String> t = USER.set("bob");
 * try { work(); } finally { USER.reset(t); }
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
    /** Set by the reset that used the token; touched only by the thread that runs in {@link #context}. */
    boolean used;

    Token(Context context, ContextVar<T> var, Object oldValue) {
        this.context = context;
        this.var = var;
        this.oldValue = oldValue;
    }

    /** The variable that was set. */
    public ContextVar<T> var() { return var; }

    /** The value before the set, or {@link #MISSING} when the variable was unset. */
    public Object oldValue() { return oldValue; }

    /** {@code <Token var=<ContextVar name='a'>>}, or {@code <Token used var=...>} once used, as CPython's repr. */
    @Override public String toString() { return "<Token" + (used ? " used" : "") + " var=" + var + ">"; }
}
