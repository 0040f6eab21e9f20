package io.jasyncio;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static io.jasyncio.Asyncio.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fast runtime's promise (DESIGN §2.2): a blocking JDK call inside a task parks the task's
 * virtual thread, not the loop. The portable runtime cannot keep it (tag "loom").
 */
@Tag("loom")
@Timeout(20)
class BlockingCallsTest {

    @Test void blockingSocketIoInsideTasksLeavesTheLoopFree() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String echoed = Asyncio.run(() -> {
                Task<String> serverSide = createTask(() -> {
                    try (Socket s = server.accept()) {
                        InputStream in = s.getInputStream();
                        OutputStream out = s.getOutputStream();
                        byte[] buf = new byte[5];
                        int n = in.readNBytes(buf, 0, 5);
                        out.write(new String(buf, 0, n, StandardCharsets.UTF_8).toUpperCase().getBytes(StandardCharsets.UTF_8));
                        out.flush();
                    }
                    return "served";
                });
                Task<String> client = createTask(() -> {
                    try (Socket c = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                        sleep(0.01);   // the loop keeps running timers while the server task blocks in read
                        c.getOutputStream().write("hello".getBytes(StandardCharsets.UTF_8));
                        return new String(c.getInputStream().readNBytes(5), StandardCharsets.UTF_8);
                    }
                });
                int ticks = 0;
                while (!client.isDone()) { sleep(0.001); ticks++; }
                assertEquals("served", serverSide.await());
                return client.await() + (ticks > 0 ? "" : " (loop starved)");
            });
            assertEquals("HELLO", echoed);
        }
    }

    @Test void threadSleepInsideATaskDoesNotHoldTheLoop() {
        int ticks = Asyncio.run(() -> {
            Task<Void> sleeper = createTask(() -> Thread.sleep(50));
            int n = 0;
            while (!sleeper.isDone()) { sleep(0.005); n++; }
            return n;
        });
        org.junit.jupiter.api.Assertions.assertTrue(ticks >= 3, "the loop ran only " + ticks + " times meanwhile");
    }
}
