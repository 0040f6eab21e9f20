package io.jasyncio;

import java.util.List;
import java.util.Objects;

/**
 * asyncio's (Python's) {@code ExceptionGroup}: several exceptions thrown together, as a
 * {@link TaskGroup} does when children fail. {@link #exceptions()} lists them in the order they
 * occurred; {@link #getMessage()} reads like Python's {@code str()} of the group.
 *
 * <pre>{@code
 * try {
 *     Asyncio.taskGroup(tg -> { tg.createTask(() -> { throw new IOException("a"); }); return null; });
 * } catch (ExceptionGroup eg) {
 *     System.out.println(eg.getMessage());       // unhandled errors in a TaskGroup (1 sub-exception)
 *     System.out.println(eg.exceptions().get(0)); // java.io.IOException: a
 * }
 * }</pre>
 */
public class ExceptionGroup extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String message;
    private final List<Throwable> exceptions;

    /**
     * A group of {@code exceptions} under {@code message}.
     *
     * @throws IllegalArgumentException ("second argument (exceptions) must be a non-empty sequence")
     *         if there are none
     * @throws NullPointerException if {@code message}, the list or one of its elements is null
     */
    public ExceptionGroup(String message, List<? extends Throwable> exceptions) {
        super(describe(message, exceptions), null, false, true);
        this.message = message;
        this.exceptions = List.copyOf(exceptions);
    }

    private static String describe(String message, List<? extends Throwable> exceptions) {
        Objects.requireNonNull(message, "message");
        if (exceptions.isEmpty()) {
            throw new IllegalArgumentException("second argument (exceptions) must be a non-empty sequence");
        }
        int n = exceptions.size();
        return message + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }

    /** The message without the count (Python's {@code eg.message}). */
    public String message() { return message; }

    /** The exceptions of the group, in order (Python's {@code eg.exceptions}). */
    public List<Throwable> exceptions() { return exceptions; }
}
