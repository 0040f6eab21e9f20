package io.jasyncio.examples;

import io.jasyncio.Asyncio;
import io.jasyncio.CancelledError;
import io.jasyncio.ExceptionGroup;
import java.util.ArrayList;
import java.util.List;

import static io.jasyncio.Asyncio.sleep;

/**
 * Dealing With Exceptions: in a task group, the first failing child cancels its siblings, and the
 * group throws every child's error together as an {@link ExceptionGroup}
 * ({@code except* ValueError} in Python).
 */
public final class TaskGroupFailure {
    private TaskGroupFailure() {}

    public static void main(String[] args) {
        List<Integer> cancelled = new ArrayList<>();
        Asyncio.run(() -> {
            try {
                Asyncio.taskGroup(tg -> {
                    for (int n : new int[] {1, 2}) {
                        tg.createTask(() -> {
                            try {
                                sleep(1);
                                return n;
                            } catch (CancelledError e) {
                                cancelled.add(n);
                                throw e;
                            }
                        });
                        String msg = n == 1 ? "first" : "second";
                        tg.createTask(() -> {
                            sleep(0.01);
                            throw new IllegalArgumentException(msg);
                        });
                    }
                    return null;
                });
            } catch (ExceptionGroup eg) {
                List<String> msgs = eg.exceptions().stream().map(e -> "'" + e.getMessage() + "'").toList();
                System.out.println("group failed with " + eg.exceptions().size() + " errors: " + msgs);
            }
            System.out.println("siblings cancelled: " + cancelled.stream().sorted().toList());
        });
    }
}
