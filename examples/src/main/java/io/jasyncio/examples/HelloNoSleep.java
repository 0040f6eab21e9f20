package io.jasyncio.examples;

import io.jasyncio.Asyncio;

import static io.jasyncio.Asyncio.createTask;

/**
 * {@code main} never awaits, so it never yields: the task it created runs only after main has
 * returned, in the same loop iteration that ends {@code Asyncio.run} (its step was queued first).
 */
public final class HelloNoSleep {
    private HelloNoSleep() {}

    public static void main(String[] args) {
        int r = Asyncio.run(() -> {
            createTask(() -> Hello.count(10));
            System.out.println("Hello Coroutine World");
            return 42;
        });
        System.out.println(r);
    }
}
