package io.jasyncio;

import io.jasyncio.internal.Repr;
import io.jasyncio.internal.Throwing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.TimeoutException;

/**
 * asyncio's {@code timeouts.Timeout}: a deadline over a block of code in the current task, made by
 * {@link Asyncio#timeout(java.time.Duration, Body)} or {@link Asyncio#timeoutAt(double, Body)}.
 *
 * <p>When the deadline passes, the task is cancelled: the block's pending await throws
 * {@link CancelledError}. When that error leaves the block (and no other cancellation of the task
 * is pending), the block throws {@link TimeoutException} instead, whose cause is the
 * {@code CancelledError}. Nested blocks each convert only their own cancellation.
 *
 * <pre>{@code
 * try {
 *     Asyncio.timeout(Duration.ofSeconds(1), cm -> {
 *         cm.reschedule(Asyncio.getRunningLoop().time() + 5);  // more time
 *         return slowOperation();
 *     });
 * } catch (TimeoutException e) {
 *     System.out.println("too slow");
 * }
 * }</pre>
 */
public final class Timeout {
    /**
     * The body of a timeout block ({@code async with asyncio.timeout(...) as cm:}).
     *
     * @param <T> what the block returns
     */
    @FunctionalInterface
    public interface Body<T> {
        /** Runs the block; {@code cm} is the block's timeout. */
        T run(Timeout cm) throws Exception;
    }

    private enum State {
        CREATED("created"), ENTERED("active"), EXPIRING("expiring"), EXPIRED("expired"), EXITED("finished");

        final String value;

        State(String value) { this.value = value; }
    }

    private State state = State.CREATED;
    private Double when;
    private Handle timeoutHandler;
    private Task<?> task;
    private int cancelling;

    Timeout(Double when) { this.when = when; }

    /** The deadline in loop time ({@link EventLoop#time()}), or null if the block never expires. */
    public Double when() { return when; }

    /** Whether the deadline passed while the block ran (the block was, or is being, cancelled). */
    public boolean expired() { return state == State.EXPIRING || state == State.EXPIRED; }

    /**
     * Moves the deadline to loop time {@code when}; null disarms the timeout. A deadline already
     * past fires at the next loop iteration.
     *
     * @throws IllegalStateException ("Cannot change state of expired Timeout", "... of finished
     *         Timeout", "... of expiring Timeout") unless the block is running and not expired
     */
    public void reschedule(Double when) {
        if (state != State.ENTERED) {
            if (state == State.CREATED) throw new IllegalStateException("Timeout has not been entered");
            throw new IllegalStateException("Cannot change state of " + state.value + " Timeout");
        }
        this.when = when;
        if (timeoutHandler != null) timeoutHandler.cancel();
        if (when == null) {
            timeoutHandler = null;
        } else {
            BaseEventLoop loop = task.loop;
            Runnable onTimeout = new OnTimeout(this);
            timeoutHandler = when <= loop.time() ? loop.callSoon(onTimeout) : loop.callAt(when, onTimeout);
        }
    }

    /** {@link #reschedule(Double)} to a deadline. */
    public void reschedule(double when) { reschedule(Double.valueOf(when)); }

    /** Runs {@code body} inside this timeout: asyncio's {@code async with} (enter, body, exit). */
    <T> T run(Body<T> body) throws TimeoutException {
        enter();
        T value;
        try {
            value = body.run(this);
        } catch (Throwable e) {
            exit(e);
            throw Throwing.sneaky(e);
        }
        exit(null);
        return value;
    }

    private void enter() {
        if (state != State.CREATED) throw new IllegalStateException("Timeout has already been entered");
        Task<?> t = Asyncio.currentTask();
        if (t == null) throw new IllegalStateException("Timeout should be used inside a task");
        state = State.ENTERED;
        task = t;
        cancelling = t.cancelling();
        reschedule(when);
    }

    /** asyncio's {@code __aexit__}: throws TimeoutException when this block's expiry ends it. */
    private void exit(Throwable exc) throws TimeoutException {
        if (timeoutHandler != null) {
            timeoutHandler.cancel();
            timeoutHandler = null;
        }
        if (state == State.EXPIRING) {
            state = State.EXPIRED;
            if (task.uncancel() <= cancelling && isCancellation(exc)) {
                // No cancel request other than ours is pending: this block handles it.
                if (TaskRunner.isInterruption(exc)) task.mustCancel = false;  // the interrupt delivered it
                TimeoutException te = new TimeoutException();
                te.initCause(exc);
                throw te;
            }
        } else if (state == State.ENTERED) {
            state = State.EXITED;
        }
    }

    /** asyncio's {@code exc_type is CancelledError}; an interrupted JDK call is the same here. */
    private static boolean isCancellation(Throwable exc) {
        return exc != null && (exc.getClass() == CancelledError.class || TaskRunner.isInterruption(exc));
    }

    private void onTimeout() {
        task.cancel();
        state = State.EXPIRING;
        timeoutHandler = null;  // drop the reference early, as asyncio does
    }

    /** The timer callback; named like asyncio's bound method in handle reprs. */
    private record OnTimeout(Timeout timeout) implements Runnable {
        @Override public void run() { timeout.onTimeout(); }
        /** Python's {@code round(x, 3)}: the exact binary value rounded half-even. */
    private static double round3(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    @Override public String toString() { return "Timeout._on_timeout()"; }
    }

    /** Python's {@code round(x, 3)}: the exact binary value rounded half-even. */
    private static double round3(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    @Override public String toString() {
        String info = "";
        if (state == State.ENTERED) {
            info = " when=" + (when == null ? "None" : Repr.ofDouble(round3(when)));
        }
        return "<Timeout [" + state.value + "]" + info + ">";
    }
}
