package io.jasyncio.examples;

import io.jasyncio.Asyncio;

import static io.jasyncio.Asyncio.gather;
import static io.jasyncio.Asyncio.toThread;

/**
 * Converting Blocking To Non-blocking: a blocking call (here {@code Thread.sleep}, standing for
 * file I/O or a blocking library) moved to a worker thread with {@code toThread} lets the loop
 * run other tasks meanwhile: three 0.2 s calls finish together in about 0.2 s.
 */
public final class ToThread {
    private ToThread() {}

    static String blocking(String name) throws InterruptedException {
        Thread.sleep(200);
        return name + " on " + (Thread.currentThread().isVirtual() ? "a virtual thread" : "a worker thread");
    }

    /** Elapsed loop seconds for three blocking calls run through toThread. */
    static double elapsed() {
        return Asyncio.run(() -> {
            double t0 = Asyncio.getRunningLoop().time();
            var results = gather(() -> toThread(() -> blocking("x")), () -> toThread(() -> blocking("y")),
                    () -> toThread(() -> blocking("z"))).await();
            double dt = Asyncio.getRunningLoop().time() - t0;
            System.out.println(results + " in " + String.format("%.2f", dt) + " s");
            return dt;
        });
    }

    public static void main(String[] args) {
        elapsed();
    }
}
