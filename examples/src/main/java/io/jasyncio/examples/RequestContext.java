package io.jasyncio.examples;

import io.jasyncio.Asyncio;
import io.jasyncio.ContextVar;

import static io.jasyncio.Asyncio.gather;
import static io.jasyncio.Asyncio.sleep;

/**
 * Context Variables: each task runs in a copy of its creator's context, so a request id set in
 * one task is what that task's log lines show, without passing it around.
 */
public final class RequestContext {
    private RequestContext() {}

    static final ContextVar<String> REQUEST_ID = new ContextVar<>("request_id", "-");

    static void log(String msg) {
        System.out.println("[" + REQUEST_ID.get() + "] " + msg);
    }

    static void handle(String rid, double delay) throws Exception {
        REQUEST_ID.set(rid);
        log("start");
        sleep(delay);
        log("done");
    }

    public static void main(String[] args) {
        Asyncio.run(() -> {
            log("main starts");
            gather(() -> handle("req-1", 0.02), () -> handle("req-2", 0.01)).await();
            log("main ends");
        });
    }
}
