package io.jasyncio;

/**
 * asyncio's {@code Semaphore}: a counter that {@link #acquire()} decrements, waiting while it is
 * zero, and {@link #release()} increments.
 *
 * <pre>{@code
 * Semaphore slots = new Semaphore(2);       // at most two downloads at once
 * slots.with(() -> download(url));
 * }</pre>
 *
 * <p>Fair: once a task waits, newcomers wait behind it even if the counter is positive. A
 * release wakes the first waiter and counts the permit as taken at once; if that waiter is
 * cancelled before it runs, the permit is given back and passed on (asyncio 3.12's accounting).
 */
public class Semaphore extends ContextManagerMixin {
    private final ParkingLot waiters = new ParkingLot();
    /** Permits not yet promised to anyone (asyncio's {@code _value}). */
    int value;

    /** A semaphore with one permit. */
    public Semaphore() { this(1); }

    /**
     * A semaphore with {@code value} permits.
     *
     * @throws IllegalArgumentException ("Semaphore initial value must be >= 0") if negative
     */
    public Semaphore(int value) {
        if (value < 0) throw new IllegalArgumentException("Semaphore initial value must be >= 0");
        this.value = value;
    }

    /** Whether {@link #acquire()} would wait: no permit left, or someone already in line. */
    public boolean locked() {
        return value == 0 || !waiters.allCancelled();
    }

    /**
     * Takes a permit, waiting in line if there is none or others wait; returns without yielding
     * otherwise.
     *
     * @throws CancelledError if the task is cancelled while waiting (no permit is held then)
     */
    @Override public void acquire() {
        if (!locked()) {
            value--;
            return;
        }
        Future<Object> fut = waiters.park(getLoop0());
        try {
            try {
                fut.await();
            } finally {
                waiters.remove(fut);
            }
        } catch (CancelledError e) {
            // Woken (a permit was counted for us) but cancelled before we ran: give it back.
            if (!fut.isCancelled()) {
                value++;
                wakeUpNext();
            }
            throw e;
        }
        // Others may have queued behind us while permits were free.
        if (value > 0) wakeUpNext();
    }

    /** Returns a permit and wakes the first waiter that is not already woken. */
    @Override public void release() {
        value++;
        wakeUpNext();
    }

    /** asyncio's {@code _wake_up_next}: the woken waiter's permit is taken now, not when it runs. */
    private void wakeUpNext() {
        value -= waiters.wake(1, Boolean.TRUE);
    }

    /** {@code <Semaphore [unlocked, value:1]>}, as asyncio's repr without the address. */
    @Override public String toString() {
        String extra = locked() ? "locked" : "unlocked, value:" + value;
        return "<" + getClass().getSimpleName() + " [" + extra + waitersPart(waiters.size()) + "]>";
    }
}
