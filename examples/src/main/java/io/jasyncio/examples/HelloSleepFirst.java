package io.jasyncio.examples;

import io.jasyncio.Asyncio;
import io.jasyncio.Task;

import static io.jasyncio.Asyncio.createTask;
import static io.jasyncio.Asyncio.sleep;

/** Sleeping before the print lets the task run first; its result is then ready. */
public final class HelloSleepFirst {
    private HelloSleepFirst() {}

    public static void main(String[] args) {
        var delay = Examples.seconds(args, 1);
        int r = Asyncio.run(() -> {
            Task<Integer> t1 = createTask(() -> Hello.count(10));
            sleep(delay);
            System.out.println("Hello Coroutine World");
            return t1.result();
        });
        System.out.println(r);
    }
}
