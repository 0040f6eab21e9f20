package io.jasyncio;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * asyncio's {@code as_completed}: one new future per argument, handed out in the order the
 * arguments complete. Like asyncio's generator it can be iterated once; each {@code next()}
 * returns at once, before anything completes.
 *
 * <p>asyncio's {@code done} queue becomes two queues: originals done but not claimed yet, and
 * futures already handed out whose original has not completed. A completion (seen by our own
 * done callback, one hop) goes to the oldest handed-out future that nobody cancelled, else waits.
 */
final class AsCompleted<T> implements Iterable<Future<T>>, Iterator<Future<T>> {
    /** In the done queue: the timeout fired (asyncio queues a None). */
    private static final Object TIMED_OUT = new Object();

    private final BaseEventLoop loop;
    private final Set<Future<?>> todo;
    private final int total;
    private int handedOut;
    private final ArrayDeque<Object> done = new ArrayDeque<>();
    private final ArrayDeque<Future<T>> waiting = new ArrayDeque<>();
    private final Consumer<Future<?>> onCompletion = this::onCompletion;
    private TimerHandle timeoutHandle;

    /** asyncio's {@code as_completed(fs, timeout=...)}; arguments are deduplicated by identity. */
    AsCompleted(Collection<?> fs, Double timeout) {
        BaseEventLoop l = BaseEventLoop.runningLoop();
        Map<Object, Future<?>> seen = new IdentityHashMap<>();
        List<Future<?>> futs = new ArrayList<>(fs.size());
        for (Object arg : fs) {
            if (seen.containsKey(arg)) continue;
            if (l == null) l = arg instanceof Future<?> f ? f.loop : BaseEventLoop.runningOrCurrentFor("as_completed");
            Future<?> fut = Asyncio.ensureFutureOn(arg, l);
            seen.put(arg, fut);
            futs.add(fut);
        }
        if (l == null) l = BaseEventLoop.runningOrCurrentFor("as_completed");
        this.loop = l;
        this.todo = new LinkedHashSet<>(futs);
        this.total = todo.size();
        for (Future<?> f : todo) addCallback(f);
        if (!todo.isEmpty() && timeout != null) timeoutHandle = loop.callLater(timeout, this::onTimeout);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void addCallback(Future<?> f) { ((Future) f).addDoneCallbackInternal(onCompletion); }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void removeCallback(Future<?> f) { ((Future) f).removeDoneCallback(onCompletion); }

    @Override public Iterator<Future<T>> iterator() { return this; }

    @Override public boolean hasNext() { return handedOut < total; }

    /** The future of the next argument to complete: done now if one completed unclaimed. */
    @Override public Future<T> next() {
        if (!hasNext()) throw new NoSuchElementException();
        handedOut++;
        Future<T> out = loop.createFuture();
        Object item = done.pollFirst();
        if (item != null) deliver(item, out);
        else waiting.addLast(out);
        return out;
    }

    private void onCompletion(Future<?> f) {
        if (todo.isEmpty()) return;  // the timeout came first
        todo.remove(f);
        put(f);
        if (todo.isEmpty() && timeoutHandle != null) timeoutHandle.cancel();
    }

    private void onTimeout() {
        for (Future<?> f : todo) {
            removeCallback(f);
            put(TIMED_OUT);
        }
        todo.clear();
    }

    /** asyncio's {@code done.put_nowait(item)}: wakes the oldest live waiter, else queues it. */
    private void put(Object item) {
        Future<T> out;
        while ((out = waiting.pollFirst()) != null) {
            if (!out.isDone()) {   // a waiter cancelled meanwhile does not take the item
                deliver(item, out);
                return;
            }
        }
        done.addLast(item);
    }

    @SuppressWarnings("unchecked")
    private void deliver(Object item, Future<T> out) {
        if (item == TIMED_OUT) {
            out.setException(new TimeoutException());
            return;
        }
        Future<T> f = (Future<T>) item;
        if (f.isCancelled()) {
            out.cancelFuture(f.cancelMessage);
            return;
        }
        Throwable exc = f.exception();
        if (exc != null) out.setException(exc); else out.setResult(f.result());
    }
}
