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
    private final int nfuts;
    private int nfinished;
    private boolean cancelRequested;

    private GatheringFuture(BaseEventLoop loop, List<Future<?>> children, int nfuts, boolean returnExceptions) {
        super(loop);
        this.children = children;
        this.nfuts = nfuts;
        this.returnExceptions = returnExceptions;
    }

    /** asyncio's {@code gather(*aws, return_exceptions=...)} over futures and coroutines. */
    static GatheringFuture gather(Collection<?> args, boolean returnExceptions) {
        if (args.isEmpty()) {
            GatheringFuture outer = new GatheringFuture(BaseEventLoop.runningOrCurrentFor("gather"), List.of(), 0, returnExceptions);
            outer.setResult(new ArrayList<>());
            return outer;
        }
        Map<Object, Future<?>> argToFut = new IdentityHashMap<>(args.size());
        List<Future<?>> children = new ArrayList<>(args.size());
        List<Future<?>> distinct = new ArrayList<>(args.size());
        BaseEventLoop loop = null;
        for (Object arg : args) {
            Future<?> fut = argToFut.get(arg);
            if (fut == null) {
                fut = Asyncio.ensureFutureOn(arg, loop);
                if (loop == null) loop = fut.loop;
                argToFut.put(arg, fut);
                distinct.add(fut);
            }
            children.add(fut);
        }
        GatheringFuture outer = new GatheringFuture(loop, children, distinct.size(), returnExceptions);
        List<Future<?>> alreadyDone = new ArrayList<>();
        java.util.function.Consumer<Future<?>> onChildDone = outer::childDone;
        for (Future<?> f : distinct) {
            if (f.isDone()) alreadyDone.add(f); else addInternal(f, onChildDone);
        }
        for (Future<?> f : alreadyDone) outer.childDone(f);
        return outer;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void addInternal(Future<?> f, java.util.function.Consumer<Future<?>> cb) {
        ((Future) f).addDoneCallbackInternal(cb);
    }

    private void childDone(Future<?> fut) {
        nfinished++;
        if (isDone()) {
            if (!fut.isCancelled()) fut.exception();  // mark retrieved
            return;
        }
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
        if (nfinished == nfuts) {
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
