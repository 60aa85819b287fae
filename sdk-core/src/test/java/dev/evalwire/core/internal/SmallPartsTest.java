package dev.evalwire.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.evalwire.core.PatchValue;
import dev.evalwire.core.Sleeper;
import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.internal.json.JsonMapperFactory;
import dev.evalwire.core.internal.retry.RetryAfter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Small parts with one job each: the system sleeper waits on the calling thread (and so honours its interrupt),
 * the User-Agent carries the build's version, a mapper made or customised by the factory keeps the wire settings,
 * and a negative server wait means no wait.
 */
class SmallPartsTest {

    @Test
    void theSystemSleeperWaitsOnTheCallingThreadAndStopsWhenItIsInterrupted() throws Exception {
        Sleeper.system().sleep(Duration.ZERO);
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedException.class, () -> Sleeper.system().sleep(Duration.ofMinutes(1)));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theUserAgentNamesTheBuildsVersionTheVendorAndJava() {
        String version = UserAgent.sdkVersion();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), version);
        assertEquals(
                "evalwire-java/" + version + " (v) Java/" + System.getProperty("java.version"),
                UserAgent.forVendor("v"));
    }

    /** A bean with a date and two three-state fields, one of them absent. */
    static final class Body {
        public final OffsetDateTime at = OffsetDateTime.of(2026, 11, 21, 12, 0, 0, 0, ZoneOffset.ofHours(2));
        public final PatchValue<String> kept = PatchValue.of("v");
        public final PatchValue<String> leftOut = PatchValue.absent();
    }

    @Test
    void aMapperCreatedOrCustomisedByTheFactoryKeepsTheWireSettings() throws Exception {
        Body body = new Body();
        String wire = "{\"at\":\"2026-11-21T12:00:00+02:00\",\"kept\":\"v\"}";

        ObjectMapper created = JsonMapperFactory.create();
        assertNotSame(JsonMapperFactory.shared(), created);
        assertEquals(wire, created.writeValueAsString(body));

        boolean[] called = {false};
        ObjectMapper customized = JsonMapperFactory.customized(mapper -> {
            called[0] = true;
            mapper.enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
            mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        });
        assertTrue(called[0]);
        assertEquals(wire, customized.writeValueAsString(body));
        assertFalse(customized.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        assertFalse(JsonMapperFactory.shared().isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
    }

    @Test
    void aNegativeWaitFromTheServerMeansNoWait() {
        RetryAfter retryAfter = new RetryAfter(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        assertEquals(
                Duration.ZERO,
                retryAfter.find(HttpHeaders.builder().set("Retry-After", "-5").build(), null));
        assertEquals(Duration.ZERO, retryAfter.find(HttpHeaders.empty(), -1.5));
        assertEquals(Duration.ofMillis(1500), retryAfter.find(HttpHeaders.empty(), 1.5));
        assertNull(retryAfter.find(HttpHeaders.empty(), Double.NaN));
    }
}
