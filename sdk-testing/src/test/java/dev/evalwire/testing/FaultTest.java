package dev.evalwire.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FaultTest {

    @Test
    void statusMustBeBetween100And599() {
        assertEquals(
                "status must be between 100 and 599, got 99",
                assertThrows(IllegalArgumentException.class, () -> Fault.status(99))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> Fault.status(600));
        assertThrows(IllegalArgumentException.class, () -> Fault.status(600, "text/plain", ""));
        assertEquals(100, Fault.status(100).status());
        assertEquals(599, Fault.status(599).status());
    }

    @Test
    void durationsMustNotBeNegative() {
        assertEquals(
                "delay must not be negative, got PT-0.001S",
                assertThrows(IllegalArgumentException.class, () -> Fault.slow(Duration.ofMillis(-1)))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> Fault.rateLimited(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> Fault.rateLimitedMillis(-1));
        assertThrows(NullPointerException.class, () -> Fault.slow(null));
        assertThrows(NullPointerException.class, () -> Fault.rateLimitedUntil(null));
        assertThrows(NullPointerException.class, () -> Fault.malformedBody("x", null));
        assertThrows(NullPointerException.class, () -> Fault.status(500, "x", null));
    }

    @Test
    void valueSemantics() {
        assertEquals(Fault.status(503), Fault.status(503));
        assertEquals(Fault.status(503).hashCode(), Fault.status(503).hashCode());
        assertNotEquals(Fault.status(503), Fault.status(502));
        assertEquals(Fault.Kind.DISCONNECT, Fault.disconnect().kind());
        assertEquals(
                Duration.ofSeconds(3), Fault.rateLimited(Duration.ofSeconds(3)).delay());
        assertEquals(Instant.EPOCH, Fault.rateLimitedUntil(Instant.EPOCH).retryAt());
        assertEquals(250, Fault.rateLimitedMillis(250).retryAfterMillis());
        assertEquals("Fault{SLOW PT0.2S}", Fault.slow(Duration.ofMillis(200)).toString());
        assertEquals("Fault{STATUS 503}", Fault.status(503).toString());
    }
}
