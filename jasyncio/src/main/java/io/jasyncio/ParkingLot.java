package io.jasyncio;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * The one fair wait queue under every lock, event, semaphore, condition and queue (Trio's
 * {@code ParkingLot} idea, with asyncio's observable behaviour): a FIFO of waiter futures.
 *
 * <p>Each waiter is a plain {@link Future} its task awaits, exactly as asyncio's primitives do,
 * so a woken task resumes one loop iteration after the wake-up and cancelling a waiting task
 * cancels its future. The primitives differ only in who removes a waiter and which ones a
 * wake-up may skip, so this class offers those few operations and keeps no policy of its own.
 * The deque is created at the first wait: an uncontended primitive allocates nothing.
 *
 * <p>Loop thread only, like everything a loop owns.
 */
final class ParkingLot {
    private ArrayDeque<Future<Object>> waiters;

    /** Number of waiters (woken ones that have not run yet included), as {@code len(_waiters)}. */
    int size() { return waiters == null ? 0 : waiters.size(); }

    boolean isEmpty() { return waiters == null || waiters.isEmpty(); }

    /** Appends a new waiter future of {@code loop}: the caller awaits it. */
    Future<Object> park(BaseEventLoop loop) {
        if (waiters == null) waiters = new ArrayDeque<>(4);
        Future<Object> fut = new Future<>(loop);
        waiters.addLast(fut);
        return fut;
    }

    /** Removes {@code fut} if it is still queued (a waker may have popped it already). */
    void remove(Future<Object> fut) {
        if (waiters != null) waiters.removeFirstOccurrence(fut);
    }

    /** Awaits a new waiter and removes it afterwards, however the wait ends; returns the future. */
    Future<Object> parkAndWait(BaseEventLoop loop) {
        Future<Object> fut = park(loop);
        try {
            fut.await();
        } finally {
            remove(fut);
        }
        return fut;
    }

    /** True when every waiter was cancelled (or there is none): a newcomer may go first. */
    boolean allCancelled() {
        if (isEmpty()) return true;
        for (Future<Object> w : waiters) if (!w.isCancelled()) return false;
        return true;
    }

    /** Wakes the head waiter unless it is already done (Lock's {@code _wake_up_first}). */
    void wakeFirst(Object result) {
        if (isEmpty()) return;
        Future<Object> fut = waiters.peekFirst();
        if (!fut.isDone()) fut.setResult(result);
    }

    /**
     * Wakes at most {@code n} waiters that are not done yet, head first, leaving them queued
     * (they remove themselves when they run); returns how many were woken.
     */
    int wake(int n, Object result) {
        if (isEmpty()) return 0;
        int woken = 0;
        for (Iterator<Future<Object>> it = waiters.iterator(); woken < n && it.hasNext(); ) {
            Future<Object> fut = it.next();
            if (!fut.isDone()) {
                woken++;
                fut.setResult(result);
            }
        }
        return woken;
    }

    /** Pops waiters until one that is not done, and wakes it (Queue's {@code _wakeup_next}). */
    void popAndWakeNext() {
        if (waiters == null) return;
        Future<Object> fut;
        while ((fut = waiters.pollFirst()) != null) {
            if (!fut.isDone()) {
                fut.setResult(null);
                return;
            }
        }
    }

    /** Pops every waiter, waking those not done (Queue's shutdown). */
    void popAndWakeAll() {
        if (waiters == null) return;
        Future<Object> fut;
        while ((fut = waiters.pollFirst()) != null) {
            if (!fut.isDone()) fut.setResult(null);
        }
    }
}
