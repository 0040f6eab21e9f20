package io.jasyncio.examples;

import io.jasyncio.Asyncio;
import io.jasyncio.CancelledError;
import io.jasyncio.Task;

import static io.jasyncio.Asyncio.createTask;
import static io.jasyncio.Asyncio.sleep;

/**
 * Canceling Tasks: {@code cancel()} throws {@link CancelledError} at the task's await point; the
 * task cleans up and re-throws, and whoever awaits it sees the CancelledError too. It is an
 * {@code Error}, so a {@code catch (Exception e)} in the worker would not swallow it.
 */
public final class CancelTask {
    private CancelTask() {}

    static String worker(String name) throws Exception {
        try {
            for (int i = 0; i < 10; i++) {
                System.out.println(name + " working " + i);
                sleep(0.01);
            }
            return "finished";
        } catch (CancelledError e) {
            System.out.println(name + " cleaning up");
            throw e;
        }
    }

    public static void main(String[] args) {
        Asyncio.run(() -> {
            Task<String> t = createTask(() -> worker("w1"));
            sleep(0.025);
            t.cancel();
            try {
                t.await();
            } catch (CancelledError e) {
                System.out.println("main: w1 was cancelled: " + (t.isCancelled() ? "True" : "False"));
            }
        });
    }
}
