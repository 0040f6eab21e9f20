package io.jasyncio.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each seed program prints what its asyncio twin (seed/NAME.py, run by CPython 3.12) printed. */
@Timeout(20)
class SeedProgramsTest {

    static void check(String name, Consumer<String[]> main, String... args) {
        check("/seed/", name, main, args);
    }

    /** Runs {@code main} and compares its output with {@code dir + name + ".out"}. */
    static void check(String dir, String name, Consumer<String[]> main, String... args) {
        String expected;
        try (InputStream in = SeedProgramsTest.class.getResourceAsStream(dir + name + ".out")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            main.accept(args);
        } finally {
            System.setOut(saved);
        }
        assertEquals(expected, buf.toString(StandardCharsets.UTF_8), name);
    }

    @Test void hello() { check("hello", Hello::main, "0.01"); }

    @Test void helloNoSleep() { check("hello_no_sleep", HelloNoSleep::main); }

    @Test void helloSleepFirst() { check("hello_sleep_first", HelloSleepFirst::main, "0.01"); }

    @Test void helloAwaitCoroutine() { check("hello_await_coroutine", HelloAwaitCoroutine::main); }

    @Test void helloAwaitTask() { check("hello_await_task", HelloAwaitTask::main); }
}
