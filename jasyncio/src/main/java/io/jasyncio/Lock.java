package io.jasyncio;

/**
 * asyncio's {@code Lock}: a mutual-exclusion lock for tasks, not owned by the task that holds it.
 *
 * <pre>{@code
 * Lock lock = new Lock();
 * int n = lock.with(() -> {      // async with lock:
 *     Asyncio.sleep(0.1);        //     only one task at a time in here
 *     return 42;
 * });
 * }</pre>
 *
 * <p>Waiters acquire in arrival order. There is no hand-off: {@link #release()} only wakes the
 * first waiter, so {@link #locked()} is false until that waiter runs, yet a task that calls
 * {@link #acquire()} in between queues behind the waiters (the releaser too). Acquiring a free
 * lock neither yields nor allocates. Use a lock from one event loop only: it binds to the first
 * loop it waits on.
 */
public final class Lock extends ContextManagerMixin {
    private final ParkingLot waiters = new ParkingLot();
    private boolean locked;

    /** An unlocked lock. */
    public Lock() {}

    /** Whether the lock is held. */
    public boolean locked() { return locked; }

    /**
     * Acquires the lock, waiting in line while it is held or others wait for it. Returns without
     * yielding when the lock is free and nobody waits.
     *
     * @throws CancelledError if the task is cancelled while waiting (the lock is not held then)
     */
    @Override public void acquire() {
        // A newcomer may go first only if every waiter was cancelled: fairness.
        if (!locked && waiters.allCancelled()) {
            locked = true;
            return;
        }
        try {
            waiters.parkAndWait(getLoop0());
        } catch (CancelledError e) {
            // We may have been woken and then cancelled: pass the wake-up on, or it is lost.
            if (!locked) waiters.wakeFirst(Boolean.TRUE);
            throw e;
        }
        locked = true;
    }

    /**
     * Releases the lock and wakes the first waiter, which takes the lock when it runs.
     *
     * @throws IllegalStateException ("Lock is not acquired.") if the lock is not held
     */
    @Override public void release() {
        if (!locked) throw new IllegalStateException("Lock is not acquired.");
        locked = false;
        waiters.wakeFirst(Boolean.TRUE);
    }

    /** {@code <Lock [locked, waiters:2]>}, as asyncio's repr without the address. */
    @Override public String toString() {
        return "<Lock [" + (locked ? "locked" : "unlocked") + waitersPart(waiters.size()) + "]>";
    }
}
