package dev.evalwire.testing.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The timestamp formats the vendors put in their responses. */
public final class Timestamps {

    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {}

    /** ISO 8601 instant, e.g. {@code 2025-05-01T11:00:00.123Z} (Prime Intellect, Fireworks). */
    public static String isoNow() {
        return DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** ISO 8601 with six fraction digits and {@code Z} (Keywords AI, Django style). */
    public static String microsNow() {
        return MICROS.format(Instant.now());
    }
}
