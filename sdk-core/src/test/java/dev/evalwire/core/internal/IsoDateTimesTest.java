package dev.evalwire.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class IsoDateTimesTest {

    @Test
    void commonShapesGiveExactlyWhatTheJdkParserGives() {
        String[] texts = {
            "2026-11-21T10:15:30Z", "2026-11-21T10:15:30.1Z", "2026-11-21T10:15:30.123Z",
            "2025-04-01T12:00:00.000000Z", "2026-11-21T23:19:22.361077Z", "2026-11-21T10:15:30.123456789Z",
            "2026-11-21T10:15:30+02:00", "2026-11-21T10:15:30.5-05:30", "2026-11-21T10:15:30+00:00",
            "2026-11-21T10:15:30-00:00", "0000-01-01T00:00:00Z", "2024-02-29T23:59:59.999+14:00",
        };
        for (String text : texts) {
            OffsetDateTime fast = IsoDateTimes.parseCommon(text);
            assertNotNull(fast, text);
            OffsetDateTime jdk = OffsetDateTime.parse(text);
            assertEquals(jdk, fast, text);
            assertEquals(jdk.getOffset(), fast.getOffset(), text);
        }
    }

    @Test
    void otherShapesAreLeftToTheJdkParser() {
        String[] texts = {
            "2026-11-21t10:15:30z",
            "2026-11-21T10:15Z",
            "2026-11-21T10:15:30+02:00:30",
            "2026-11-21T10:15:30",
            "2026-11-21T10:15:30.Z",
            "2026-11-21T10:15:30.1234567890Z",
            "2026-02-30T10:15:30Z",
            "2026-11-21T24:00:00Z",
            "2026-11-21T10:15:60Z",
            "2026-13-01T10:15:30Z",
            "2026-11-21T10:15:30+19:00",
            "2026-11-21T10:15:30+0200",
            "+12026-11-21T10:15:30Z",
            "2026-11-21 10:15:30Z",
            "2026-1a-21T10:15:30Z",
            "2026-11-21T10:15:30.12+02:00x",
            "",
            // A bad digit in the year (where -1 or 0 would be a valid year) or in the offset hours, a fraction
            // at the very end, and ten fraction digits whose value would still fit in nanoseconds.
            "2a26-11-21T10:15:30Z",
            "2026-11-21T10:15:30+0a:00",
            "2026-11-21T10:15:30.123",
            "2026-11-21T10:15:30.0000000001Z",
        };
        for (String text : texts) {
            assertNull(IsoDateTimes.parseCommon(text), text);
        }
    }

    @Test
    void jsonFieldsStillRejectWhatTheJdkRejects() {
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("at", "2026-02-30T10:15:30Z");
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> JsonFields.dateTime(json, "at"));
        assertEquals(DateTimeParseException.class, error.getCause().getClass());
        json.put("at", "2026-11-21t10:15:30z");
        assertEquals(OffsetDateTime.parse("2026-11-21T10:15:30Z"), JsonFields.dateTime(json, "at"));
    }
}
