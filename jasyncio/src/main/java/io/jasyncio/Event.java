package io.jasyncio;

/**
 * asyncio's {@code Event}: a flag that tasks can wait for.
 *
 * <pre>{@code
 * Event ready = new Event();
 * Asyncio.createTask(() -> { Asyncio.sleep(0.1); ready.set(); });
 * ready.await();                 // await ready.wait()
 * }</pre>
 *
 * <p>{@link #set()} wakes every waiter; each resumes one loop iteration later, even if the flag
 * was cleared in between. Waiting on a set event returns without yielding.
 */
public final class Event extends LoopBoundMixin {
    private final ParkingLot waiters = new ParkingLot();
    private boolean value;

    /** An event that is not set. */
    public Event() {}

    /** Whether the flag is set (asyncio's {@code is_set}). */
    public boolean isSet() { return value; }

    /** Sets the flag and wakes every waiter; later {@link #await()}s return at once. */
    public void set() {
        if (!value) {
            value = true;
            waiters.wake(Integer.MAX_VALUE, Boolean.TRUE);
        }
    }

    /** Clears the flag: later {@link #await()}s wait for the next {@link #set()}. */
    public void clear() { value = false; }

    /**
     * Waits until the flag is set (asyncio's {@code wait()}); returns at once if it is.
     *
     * @throws CancelledError if the task is cancelled while waiting
     */
    public void await() {
        if (value) return;
        waiters.parkAndWait(getLoop0());
    }

    /** {@code <Event [set, waiters:1]>}, as asyncio's repr without the address. */
    @Override public String toString() {
        return "<Event [" + (value ? "set" : "unset") + ContextManagerMixin.waitersPart(waiters.size()) + "]>";
    }
}
