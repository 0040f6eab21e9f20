package io.jasyncio.examples;

import io.jasyncio.Asyncio;

import static io.jasyncio.Asyncio.createTask;

/** Awaiting a new task suspends main until the task is done ({@code await create_task(...)}). */
public final class HelloAwaitTask {
    private HelloAwaitTask() {}

    public static void main(String[] args) {
        int r = Asyncio.run(() -> {
            int n = createTask(() -> Hello.count(10)).await();
            System.out.println("Hello Coroutine World");
            return n;
        });
        System.out.println(r);
    }
}
