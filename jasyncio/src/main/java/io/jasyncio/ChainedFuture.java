package io.jasyncio;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;

/** asyncio's {@code futures._chain_future} for JDK futures: copies an outcome into a Future. */
final class ChainedFuture {
    private ChainedFuture() {}

    /** Copies the outcome of the done JDK future {@code src} into {@code dest}, unless dest is done. */
    static <T> void copyInto(java.util.concurrent.Future<T> src, Future<T> dest) {
        if (dest.isDone()) return;
        if (src.isCancelled()) {
            dest.cancel();
            return;
        }
        try {
            dest.setResult(src.get());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof CancellationException) dest.cancel(); else dest.setException(cause);
        } catch (CancellationException e) {
            dest.cancel();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            dest.setException(e);
        }
    }
}
