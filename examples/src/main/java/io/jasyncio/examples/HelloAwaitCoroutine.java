package io.jasyncio.examples;

import io.jasyncio.Asyncio;

/**
 * Awaiting a coroutine directly is just a call: it runs at once, inside main, with no task and no
 * concurrency (asyncio's {@code await count(10)}).
 */
public final class HelloAwaitCoroutine {
    private HelloAwaitCoroutine() {}

    public static void main(String[] args) {
        int r = Asyncio.run(() -> {
            int n = Hello.count(10);
            System.out.println("Hello Coroutine World");
            return n;
        });
        System.out.println(r);
    }
}
