package io.jasyncio.examples;

import java.time.Duration;

/** Small helpers the example programs share. */
final class Examples {
    private Examples() {}

    /** The first argument as seconds, else {@code dflt} seconds. */
    static Duration seconds(String[] args, double dflt) {
        double s = args.length > 0 ? Double.parseDouble(args[0]) : dflt;
        return Duration.ofNanos((long) (s * 1e9));
    }
}
