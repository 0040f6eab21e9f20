package io.jasyncio;

import java.util.function.BooleanSupplier;

/**
 * asyncio's {@code Condition}: tasks wait, with the lock released, until another task signals.
 * asyncio's {@code notify}/{@code notify_all} are {@link #signal(int)}/{@link #signal()}/
 * {@link #signalAll()} here, because {@code Object.notify} is final.
 *
 * <pre>{@code
 * Condition cond = new Condition();
 * List<String> items = new ArrayList<>();
 * Asyncio.createTask(() -> cond.with(() -> { items.add("x"); cond.signal(); }));
 * String item = cond.with(() -> {
 *     cond.waitFor(() -> !items.isEmpty());   // releases the lock while waiting
 *     return items.remove(0);
 * });
 * }</pre>
 *
 * <p>A signalled waiter resumes only once it has the lock again, so never before the signalling
 * task releases it. {@code new Condition(lock)} shares an existing {@link Lock}.
 */
public final class Condition extends ContextManagerMixin {
    private final Lock lock;
    private final ParkingLot waiters = new ParkingLot();

    /** A condition with its own new {@link Lock}. */
    public Condition() { this(new Lock()); }

    /** A condition over {@code lock}, which other conditions or code may share. */
    public Condition(Lock lock) { this.lock = java.util.Objects.requireNonNull(lock, "lock"); }

    /** Whether the underlying lock is held. */
    public boolean locked() { return lock.locked(); }

    /** Acquires the underlying lock (see {@link Lock#acquire()}). */
    @Override public void acquire() { lock.acquire(); }

    /**
     * Releases the underlying lock.
     *
     * @throws IllegalStateException ("Lock is not acquired.") if it is not held
     */
    @Override public void release() { lock.release(); }

    /**
     * Releases the lock, waits for a signal, and re-acquires the lock before returning (asyncio's
     * {@code wait()}). The lock is held again when this returns or throws, cancelled or not.
     *
     * @throws IllegalStateException ("cannot wait on un-acquired lock") if the lock is not held
     * @throws CancelledError if the task is cancelled while waiting or re-acquiring
     */
    public void await() {
        if (!locked()) throw new IllegalStateException("cannot wait on un-acquired lock");
        release();
        try {
            waiters.parkAndWait(getLoop0());
        } finally {
            // The lock must be held again even if the wait was cancelled; a cancel that lands
            // while re-acquiring is re-raised (as a new CancelledError, as asyncio 3.12 does)
            // only once the lock is ours.
            boolean cancelled = false;
            while (true) {
                try {
                    acquire();
                    break;
                } catch (CancelledError e) {
                    cancelled = true;
                }
            }
            if (cancelled) throw new CancelledError();
        }
    }

    /**
     * Waits until {@code predicate} is true, checking it first and after each wake-up with the
     * lock held; returns the predicate's last value (asyncio's {@code wait_for}).
     *
     * @throws IllegalStateException ("cannot wait on un-acquired lock") if the lock is not held
     *     and the predicate is false
     */
    public boolean waitFor(BooleanSupplier predicate) {
        boolean result = predicate.getAsBoolean();
        while (!result) {
            await();
            result = predicate.getAsBoolean();
        }
        return result;
    }

    /**
     * Wakes at most {@code n} waiters (asyncio's {@code notify(n)}); they resume once they have
     * re-acquired the lock, so after the caller releases it.
     *
     * @throws IllegalStateException ("cannot notify on un-acquired lock") if the lock is not held
     */
    public void signal(int n) {
        if (!locked()) throw new IllegalStateException("cannot notify on un-acquired lock");
        waiters.wake(n, Boolean.FALSE);
    }

    /** Wakes one waiter: {@code signal(1)}. */
    public void signal() { signal(1); }

    /** Wakes every waiter (asyncio's {@code notify_all}). */
    public void signalAll() { signal(waiters.size()); }

    /** {@code <Condition [locked, waiters:1]>}, as asyncio's repr without the address. */
    @Override public String toString() {
        return "<Condition [" + (locked() ? "locked" : "unlocked") + waitersPart(waiters.size()) + "]>";
    }
}
