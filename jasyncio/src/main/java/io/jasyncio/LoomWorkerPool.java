package io.jasyncio;

import java.util.ArrayDeque;

/** A loop's idle {@link LoomWorker}s (loop thread only). Bounded: extra workers end. */
final class LoomWorkerPool {
    private static final int MAX_IDLE = 256;
    private final ArrayDeque<LoomWorker> idle = new ArrayDeque<>();

    LoomWorker take(BaseEventLoop loop) {
        LoomWorker w = idle.pollLast();
        return w != null ? w : new LoomWorker(loop);
    }

    boolean offerWorker(LoomWorker w) {
        if (idle.size() >= MAX_IDLE) return false;
        idle.addLast(w);
        return true;
    }

    /** Ends every idle worker's thread (the loop is closing). Must run on a platform thread. */
    void retireAll() {
        if (Thread.currentThread().isVirtual()) {
            idle.clear();
            return;
        }
        LoomWorker w;
        while ((w = idle.pollLast()) != null) w.retire();
    }
}
