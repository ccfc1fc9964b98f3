package app.parley.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SandboxVersionTest {
    @Test
    void onlyAsterisk22Point7OrLaterIn22Passes() {
        assertDoesNotThrow(() -> Sandbox.requireAsterisk22("1:22.10.1+dfsg+~cs6.17.60671434-1"));
        assertDoesNotThrow(() -> Sandbox.requireAsterisk22("22.7.0-1"));
        assertThrows(IllegalStateException.class, () -> Sandbox.requireAsterisk22("1:22.6.0-1"));
        assertThrows(IllegalStateException.class, () -> Sandbox.requireAsterisk22("1:23.0.0-1"));
        assertThrows(IllegalStateException.class, () -> Sandbox.requireAsterisk22("dpkg-query: no packages found"));
    }
}
