package io.jasyncio.examples;

import io.jasyncio.Asyncio;
import io.jasyncio.Lock;
import io.jasyncio.VoidCoroutine;
import java.util.ArrayList;
import java.util.List;

import static io.jasyncio.Asyncio.gather;
import static io.jasyncio.Asyncio.sleep;

/**
 * Shared Variables and Locks: code between two awaits is atomic, but a read, an await and a
 * write are not: 100 tasks incrementing a counter that way lose all but one update. A
 * {@link Lock} around the three makes them atomic again.
 */
public final class SharedCounter {
    private SharedCounter() {}

    static int counter;

    public static void main(String[] args) {
        Asyncio.run(() -> {
            List<Object> racers = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                racers.add((VoidCoroutine) () -> {
                    int v = counter;
                    sleep(0);
                    counter = v + 1;
                });
            }
            gather(racers, false).await();
            System.out.println("without a lock: " + counter);

            counter = 0;
            Lock lock = new Lock();
            List<Object> careful = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                careful.add((VoidCoroutine) () -> lock.with(() -> {
                    int v = counter;
                    sleep(0);
                    counter = v + 1;
                }));
            }
            gather(careful, false).await();
            System.out.println("with a lock: " + counter);
        });
    }
}
