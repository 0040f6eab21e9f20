package io.jasyncio.examples;

import io.jasyncio.Asyncio;
import java.util.List;

import static io.jasyncio.Asyncio.gather;
import static io.jasyncio.Asyncio.sleep;

/**
 * Sequential and Concurrent: three simulated downloads (sleeps of 0.1, 0.2 and 0.3 s) awaited
 * one after another take their sum; gathered, they take the longest.
 */
public final class Downloads {
    private Downloads() {}

    static String download(String url, double seconds) {
        sleep(seconds);
        return url + ": " + (int) (seconds * 1000) + " bytes";
    }

    /** Runs both ways; returns {sequential seconds, concurrent seconds}. */
    static double[] compare() {
        return Asyncio.run(() -> {
            double t0 = Asyncio.getRunningLoop().time();
            List<String> one = List.of(download("a", 0.1), download("b", 0.2), download("c", 0.3));
            double t1 = Asyncio.getRunningLoop().time();
            List<String> all = gather(() -> download("a", 0.1), () -> download("b", 0.2),
                    () -> download("c", 0.3)).await();
            double t2 = Asyncio.getRunningLoop().time();
            System.out.println("sequential " + one + " in " + String.format("%.2f", t1 - t0) + " s");
            System.out.println("concurrent " + all + " in " + String.format("%.2f", t2 - t1) + " s");
            return new double[] {t1 - t0, t2 - t1};
        });
    }

    public static void main(String[] args) {
        compare();
    }
}
