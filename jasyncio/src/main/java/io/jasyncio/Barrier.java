package io.jasyncio;

import java.util.concurrent.BrokenBarrierException;

/**
 * asyncio's {@code Barrier}: a fixed number of tasks wait until all have arrived, then all pass
 * together.
 *
 * <pre>{@code
 * Barrier barrier = new Barrier(3);
 * for (int i = 0; i < 3; i++) {
 *     Asyncio.createTask(() -> {
 *         int index = barrier.await();   // 0, 1 or 2: order of arrival
 *         System.out.println("passed " + index);
 *         return null;
 *     });
 * }
 * }</pre>
 *
 * <p>The last task to arrive passes first (it does not wait); the others pass once it lets go of
 * the barrier's condition. Passing tasks "drain" the barrier: newcomers wait until all have left.
 * {@link #reset()} and {@link #abort()} break the wait of the tasks inside with
 * {@link BrokenBarrierException}; after {@link #abort()} every await fails until a reset.
 */
public final class Barrier {
    private enum State {
        FILLING("filling"), DRAINING("draining"), RESETTING("resetting"), BROKEN("broken");

        final String value;

        State(String value) { this.value = value; }
    }

    /** Every state change is announced on it; all waits are on it too. */
    private final Condition cond = new Condition();
    private final int parties;
    private State state = State.FILLING;
    /** Tasks inside await(): filling, or draining out. */
    private int count;

    /**
     * A barrier for {@code parties} tasks.
     *
     * @throws IllegalArgumentException ("parties must be > 0") if {@code parties < 1}
     */
    public Barrier(int parties) {
        if (parties < 1) throw new IllegalArgumentException("parties must be > 0");
        this.parties = parties;
    }

    /**
     * Waits until {@link #parties()} tasks are waiting, then passes with them; returns this task's
     * arrival index, from 0 to {@code parties() - 1} (asyncio's {@code wait()}).
     *
     * @throws BrokenBarrierException ("Barrier aborted") if the barrier is broken on arrival;
     *     ("Abort or reset of barrier") if it is reset or aborted while this task waits
     * @throws CancelledError if the task is cancelled
     */
    public int await() throws BrokenBarrierException {
        cond.acquire();
        try {
            block();
            int index = count++;
            try {
                if (index + 1 == parties) {
                    // The last arrival opens the barrier and passes without waiting.
                    state = State.DRAINING;
                    cond.signalAll();
                } else {
                    waitForRelease();
                }
                return index;
            } finally {
                count--;
                exit();
            }
        } finally {
            cond.release();
        }
    }

    /** Waits while the barrier drains or resets; fails at once if it is broken. */
    private void block() throws BrokenBarrierException {
        cond.waitFor(() -> state != State.DRAINING && state != State.RESETTING);
        if (state == State.BROKEN) throw new BrokenBarrierException("Barrier aborted");
    }

    /** Waits for the end of filling; a reset or abort meanwhile breaks the wait. */
    private void waitForRelease() throws BrokenBarrierException {
        cond.waitFor(() -> state != State.FILLING);
        if (state == State.BROKEN || state == State.RESETTING) {
            throw new BrokenBarrierException("Abort or reset of barrier");
        }
    }

    /** The last task out ends draining or resetting and tells the tasks blocked at the entry. */
    private void exit() {
        if (count == 0) {
            if (state == State.RESETTING || state == State.DRAINING) state = State.FILLING;
            cond.signalAll();
        }
    }

    /**
     * Resets the barrier to its empty state; tasks waiting in it get {@link BrokenBarrierException}.
     * May wait for the barrier's internal lock, as asyncio's {@code await barrier.reset()} does.
     */
    public void reset() {
        cond.acquire();
        try {
            // Tasks still inside must see the reset; an empty barrier is simply filling again.
            state = count > 0 ? State.RESETTING : State.FILLING;
            cond.signalAll();
        } finally {
            cond.release();
        }
    }

    /**
     * Breaks the barrier: waiting tasks and every later {@link #await()} get
     * {@link BrokenBarrierException} until {@link #reset()}. May wait for the internal lock.
     */
    public void abort() {
        cond.acquire();
        try {
            state = State.BROKEN;
            cond.signalAll();
        } finally {
            cond.release();
        }
    }

    /** The number of tasks needed to pass. */
    public int parties() { return parties; }

    /** The number of tasks waiting while the barrier fills (0 while it drains or resets). */
    public int nWaiting() { return state == State.FILLING ? count : 0; }

    /** Whether the barrier is broken ({@link #abort()}). */
    public boolean isBroken() { return state == State.BROKEN; }

    /** {@code <Barrier [filling, waiters:1/3]>} or {@code <Barrier [broken]>}, as asyncio's repr. */
    @Override public String toString() {
        String extra = state.value;
        if (!isBroken()) extra += ", waiters:" + nWaiting() + "/" + parties;
        return "<Barrier [" + extra + "]>";
    }
}
