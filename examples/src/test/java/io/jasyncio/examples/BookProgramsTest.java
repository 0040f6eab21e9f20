package io.jasyncio.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The book's section programs print what their asyncio twins (book/NAME.py, run by CPython 3.12)
 * printed; the timing ones are checked for what they demonstrate.
 */
@Timeout(30)
class BookProgramsTest {
    static void check(String name, java.util.function.Consumer<String[]> main) {
        SeedProgramsTest.check("/book/", name, main);
    }

    @Test void cancelTask() { check("cancel_task", CancelTask::main); }

    @Test void taskGroupFailure() { check("task_group_failure", TaskGroupFailure::main); }

    @Test void requestContext() { check("request_context", RequestContext::main); }

    @Test void sharedCounter() { check("shared_counter", SharedCounter::main); }

    @Test void producerConsumer() { check("producer_consumer", ProducerConsumer::main); }

    @Test void concurrentDownloadsTakeTheLongestNotTheSum() {
        double[] t = Downloads.compare();
        assertTrue(t[0] >= 0.6 - 1e-3, "sequential took " + t[0]);
        assertTrue(t[1] >= 0.3 - 1e-3 && t[1] < t[0], "concurrent took " + t[1]);
    }

    @Test void blockingCallsInThreadsOverlap() {
        double dt = ToThread.elapsed();
        assertTrue(dt >= 0.2 - 1e-3 && dt < 0.55, "three 0.2 s calls took " + dt);
    }
}
