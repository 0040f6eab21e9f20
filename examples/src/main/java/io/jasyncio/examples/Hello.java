package io.jasyncio.examples;

import io.jasyncio.Asyncio;
import io.jasyncio.Task;
import java.time.Duration;

import static io.jasyncio.Asyncio.createTask;
import static io.jasyncio.Asyncio.sleep;

/**
 * The seed's first asyncio program: {@code createTask} only schedules {@code count}; it runs
 * while {@code main} sleeps, and awaiting the finished task returns its result at once.
 *
 * <pre>
 * bin/demo            # Hello Coroutine World, 0..9, then 10 after five seconds
 * bin/demo Hello 0.1  # the same with a shorter sleep
 * </pre>
 */
public final class Hello {
    private Hello() {}

    /** An "async def": any method may await; this one just counts. */
    static int count(int n) {
        for (int i = 0; i < n; i++) System.out.println(i);
        return n;
    }

    public static void main(String[] args) {
        Duration delay = Examples.seconds(args, 5);
        int r = Asyncio.run(() -> {
            Task<Integer> t1 = createTask(() -> count(10), "counter");
            System.out.println("Hello Coroutine World");
            sleep(delay);          // count runs while main sleeps
            return t1.await();     // already done: returns at once
        });
        System.out.println(r);
    }
}
