package io.jasyncio;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * asyncio's {@code _GatheringFuture}: the outer future of {@link Asyncio#gather}. Cancelling it
 * cancels every child; the children's own done callbacks fill it in (one extra loop hop).
 */
final class GatheringFuture extends Future<List<Object>> {
    private final List<Future<?>> children;
    private final boolean returnExceptions;
    private int nfuts;
    private int nfinished;
    private boolean cancelRequested;
    /** The completion that settles the outer future has happened (its handle may be pending). */
    private boolean decided;

    private GatheringFuture(BaseEventLoop loop, List<Future<?>> children, boolean returnExceptions) {
        super(loop);
        this.children = children;
        this.returnExceptions = returnExceptions;
    }

    /** asyncio's {@code gather(*aws, return_exceptions=...)} over futures and coroutines. */
    static GatheringFuture gather(Collection<?> args, boolean returnExceptions) {
        if (args.isEmpty()) {
            GatheringFuture outer = new GatheringFuture(BaseEventLoop.runningOrCurrentFor("gather"), List.of(), returnExceptions);
            outer.setResult(new ArrayList<>());
            return outer;
        }
        // asyncio dedups arguments by identity. A pending future is known by this gather's entry
        // in its callbacks (no hashing); done futures and coroutines go through a map.
        Map<Object, Future<?>> argToFut = null;
        List<Future<?>> children = new ArrayList<>(args.size());
        List<Future<?>> alreadyDone = new ArrayList<>();
        BaseEventLoop loop = null;
        GatheringFuture outer = null;
        int distinct = 0;
        for (Object arg : args) {
            Future<?> fut;
            if (arg instanceof Future<?> f && !f.isDone() && outer != null) {
                if (f.loop != loop) Asyncio.ensureFutureOn(f, loop);   // throws: another loop
                if (!f.hasEntry(outer)) {
                    f.addGatherer(outer);
                    distinct++;
                }
                fut = f;
            } else {
                if (argToFut == null) argToFut = new IdentityHashMap<>();
                fut = argToFut.get(arg);
                if (fut == null) {
                    fut = Asyncio.ensureFutureOn(arg, loop);
                    argToFut.put(arg, fut);
                    if (loop == null) {
                        loop = fut.loop;
                        outer = new GatheringFuture(loop, children, returnExceptions);
                    }
                    if (fut.isDone()) alreadyDone.add(fut);
                    else fut.addGatherer(outer);
                    distinct++;
                }
            }
            children.add(fut);
        }
        outer.nfuts = distinct;
        for (Future<?> f : alreadyDone) outer.childCompleted(f, true);
        return outer;
    }

    /**
     * A child completed. asyncio runs its {@code _done_callback} one hop later for every child;
     * only the completion that decides the outcome (the first failure, or the last child) can
     * change anything then, so only that one is scheduled, at the very place asyncio schedules
     * it, and the others are counted here. Same hops, one handle per gather instead of one per
     * child. For children already done when gather is called, asyncio calls the callback at
     * once ({@code now}).
     */
    void childCompleted(Future<?> fut, boolean now) {
        nfinished++;
        if (decided || isDone()) {
            if (!fut.isCancelled()) fut.exception();  // mark retrieved
            return;
        }
        boolean failed = !returnExceptions && (fut.isCancelled() || fut.exception() != null);
        if (!failed && nfinished < nfuts) return;
        decided = true;
        if (now) settle(fut); else loop.scheduleHandle(new Handle(loop, new Settle(this, fut), null));
    }

    /** The deciding child's {@code _done_callback}, as a handle that names itself in reprs. */
    private record Settle(GatheringFuture outer, Future<?> child) implements Runnable {
        @Override public void run() { outer.settle(child); }
        @Override public String toString() { return "gather._done_callback"; }
    }

    private void settle(Future<?> fut) {
        if (isDone()) return;
        if (!returnExceptions) {
            if (fut.isCancelled()) {
                setException(fut.makeCancelledError());
                return;
            }
            Throwable exc = fut.exception();
            if (exc != null) {
                setException(exc);
                return;
            }
        }
        List<Object> results = new ArrayList<>(children.size());
        for (Future<?> child : children) {
            if (child.isCancelled()) {
                results.add(new CancelledError(child.cancelMessage == null ? "" : child.cancelMessage));
            } else {
                Throwable e = child.exception();
                results.add(e != null ? e : child.result());
            }
        }
        if (cancelRequested) setException(fut.makeCancelledError());
        else setResult(results);
    }

    @Override public boolean cancel(String msg) {
        if (isDone()) return false;
        boolean ret = false;
        for (Future<?> child : children) {
            if (child.cancel(msg)) ret = true;
        }
        if (ret) cancelRequested = true;
        return ret;
    }

    @Override String className() { return "_GatheringFuture"; }
}
