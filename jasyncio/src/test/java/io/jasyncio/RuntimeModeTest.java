package io.jasyncio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each Surefire execution runs the runtime it claims to: the fast one with the flag, else the portable one. */
@Timeout(10)
class RuntimeModeTest {
    @Test void runtimeMatchesTheJvmFlags() {
        CoroutineRuntime expected = Boolean.getBoolean("jasyncio.expectPortable")
                ? CoroutineRuntime.PORTABLE : CoroutineRuntime.LOOM;
        assertEquals(expected, CoroutineRuntime.get());
    }
}
