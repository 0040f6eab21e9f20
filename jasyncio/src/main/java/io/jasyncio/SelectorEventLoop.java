package io.jasyncio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.function.Consumer;

/**
 * The event loop on a {@link java.nio.channels.Selector} (asyncio's
 * {@code SelectorEventLoop}): the loop blocks in {@code select} until a timer is due, I/O is ready
 * or another thread hands it work.
 *
 * <pre>{@code
 * try (SelectorEventLoop loop = new SelectorEventLoop()) {
 *     System.out.println(loop.runUntilComplete(() -> { Asyncio.sleep(0.01); return "done"; }));
 * }
 * }</pre>
 */
public final class SelectorEventLoop extends BaseEventLoop {
    private final Selector selector;
    private final Consumer<SelectionKey> onReady = this::dispatch;

    /** A new loop with its own selector. */
    public SelectorEventLoop() {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector", e);
        }
    }

    @Override void select(long timeoutNanos) {
        try {
            if (timeoutNanos == 0) {
                // Nothing registered, nothing to poll: spare the syscall on busy iterations.
                if (!selector.keys().isEmpty()) selector.selectNow(onReady);
            } else if (timeoutNanos < 0) {
                selector.select(onReady);
            } else {
                // Round up: a timeout rounded down to 0 would block forever, or spin.
                long millis = Math.max(1, (timeoutNanos + 999_999) / 1_000_000);
                selector.select(onReady, millis);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("select failed", e);
        }
    }

    /** Readiness of a registered channel: its attachment is the handler of its I/O. */
    private void dispatch(SelectionKey key) {
        if (key.attachment() instanceof Consumer<?> handler) {
            @SuppressWarnings("unchecked") Consumer<SelectionKey> h = (Consumer<SelectionKey>) handler;
            h.accept(key);
        }
    }

    @Override void wakeupSelector() { selector.wakeup(); }

    @Override void closeSelector() {
        try {
            selector.close();
        } catch (IOException ignored) {
            // closing: nothing left to tell anyone
        }
    }
}
