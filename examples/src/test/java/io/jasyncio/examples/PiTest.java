package io.jasyncio.examples;

import io.jasyncio.Asyncio;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The π example computes π, and both paths (loop and thread pool) agree exactly; timings are not checked. */
@Timeout(60)
class PiTest {
    private static final long TERMS = 4_000_000L;  // Leibniz error ~ 1/TERMS = 2.5e-7

    @Test void bothPathsComputePiAndAgree() {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            double[] r = Asyncio.run(() -> new double[] {Pi.piOnLoop(TERMS, 4), Pi.piInExecutor(pool, TERMS, 4)});
            assertEquals(Math.PI, r[0], 1e-6);
            assertEquals(r[0], r[1], 0.0, "same slices, same order of addition: the same double");
        } finally {
            pool.shutdown();
        }
    }

    @Test void sliceCountDoesNotChangeTheValueBeyondRounding() {
        assertEquals(Pi.piOnLoop(TERMS, 1), Pi.piOnLoop(TERMS, 7), 1e-12);
        assertEquals(Math.PI, Pi.piOnLoop(TERMS, 3), 1e-6);
    }

    @Test void mainPrintsBothTimingsAndTheSpeedUp() {
        java.io.PrintStream saved = System.out;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            Pi.main(new String[] {"1000000", "2"});
        } finally {
            System.setOut(saved);
        }
        String out = buf.toString(java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = out.split("\n");
        assertEquals(4, lines.length, out);
        assertEquals(true, lines[1].startsWith("on the loop:          3.14159"), out);
        assertEquals(true, lines[2].startsWith("in  2 pool threads:   3.14159"), out);
        assertEquals(true, lines[3].startsWith("speed-up: "), out);
    }
}
