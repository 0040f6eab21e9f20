package io.jasyncio;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;

/** asyncio's {@code futures._chain_future} for JDK futures: copies an outcome into a Future. */
final class ChainedFuture {
    private ChainedFuture() {}

    /**
     * asyncio's {@code _convert_future_exc}: a JDK {@link CancellationException} raised by the
     * job (the job was not itself cancelled) becomes a {@link CancelledError} exception, so the
     * awaiting code sees a cancellation while the future is not "cancelled" (as in asyncio).
     */
    private static Throwable convert(Throwable cause) {
        return cause instanceof CancellationException c ? new CancelledError(c.getMessage()) : cause;
    }

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
            dest.setException(convert(cause));
        } catch (CancellationException e) {
            dest.cancel();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            dest.setException(e);
        }
    }
}
