package io.jasyncio.examples;

import io.jasyncio.Asyncio;
import io.jasyncio.Queue;
import io.jasyncio.Task;
import java.util.ArrayList;
import java.util.List;

import static io.jasyncio.Asyncio.createTask;
import static io.jasyncio.Asyncio.gather;

/**
 * Queues: two producers and two consumers share a bounded {@link Queue}; {@code put} waits while
 * it is full, {@code join} waits until every item was marked done.
 */
public final class ProducerConsumer {
    private ProducerConsumer() {}

    static void producer(Queue<String> q, String name, int n) {
        for (int i = 0; i < n; i++) {
            q.put(name + "-" + i);
            System.out.println(name + " put " + i);
        }
    }

    static void consumer(Queue<String> q, String name) {
        while (true) {
            String item = q.get();
            System.out.println(name + " got " + item);
            q.taskDone();
        }
    }

    public static void main(String[] args) {
        Asyncio.run(() -> {
            Queue<String> q = new Queue<>(2);
            List<Task<Void>> consumers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String name = "c" + i;
                consumers.add(createTask(() -> consumer(q, name)));
            }
            gather(() -> producer(q, "p0", 3), () -> producer(q, "p1", 3)).await();
            q.join();
            consumers.forEach(Task::cancel);
            System.out.println("all done, queue empty: " + (q.empty() ? "True" : "False"));
        });
    }
}
