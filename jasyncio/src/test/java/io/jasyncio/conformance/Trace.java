package io.jasyncio.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs a ported asyncio program with {@code System.out} captured, and compares what it printed
 * with the trace CPython recorded ({@code conformance/NAME.out} on the test class path).
 */
public final class Trace {
    private Trace() {}

    /** Python's {@code print(*args)}: the values joined by spaces, Python-style where it matters. */
    public static void print(Object... args) {
        System.out.println(java.util.Arrays.stream(args).map(Trace::str).collect(Collectors.joining(" ")));
    }

    /** Python's {@code str(x)} for the values our ports print. */
    public static String str(Object x) {
        if (x instanceof String s) return s;
        if (x instanceof List<?> || x instanceof byte[] || x == null || x instanceof Boolean || x instanceof Double) {
            return io.jasyncio.internal.Repr.of(x);
        }
        return String.valueOf(x);
    }

    /** Runs {@code program} and asserts its output equals {@code name}.out byte for byte. */
    public static void check(String name, Runnable program) {
        String expected = resource("conformance/" + name + ".out");
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            program.run();
        } finally {
            System.out.flush();
            System.setOut(saved);
        }
        assertEquals(expected, buf.toString(StandardCharsets.UTF_8), "trace of " + name);
    }

    static String resource(String path) {
        try (InputStream in = Trace.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new AssertionError("missing test resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
