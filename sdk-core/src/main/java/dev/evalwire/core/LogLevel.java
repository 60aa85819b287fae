package dev.evalwire.core;

import dev.evalwire.core.internal.LogSink;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.Nullable;

/**
 * How much of each call a client logs through {@code java.util.logging} (logger {@code dev.evalwire.http}).
 * Credentials, {@code custom_secrets} values and the API key are masked at every level.
 */
public enum LogLevel {
    /** Nothing is logged (the default). */
    OFF,
    /** One line per request and per response: method, URL, status, time, and retries. */
    INFO,
    /** As INFO, plus headers and JSON bodies, redacted. */
    DEBUG;

    /**
     * Reads a level as written in {@code EVALWIRE_LOG}. A typo in a logging setting must not stop an application,
     * so any other text means OFF, with a warning (once per distinct text) on the logger {@code dev.evalwire.http}:
     * {@code EVALWIRE_LOG must be off, info or debug, was 'verbose'; logging stays off}.
     *
     * @param text {@code off}, {@code info} or {@code debug} in any case; null or blank means OFF
     * @return the level, OFF for text that names none
     */
    public static LogLevel parse(@Nullable String text) {
        if (text == null || text.trim().isEmpty()) {
            return OFF;
        }
        String trimmed = text.trim();
        for (LogLevel level : values()) {
            if (level.name().equalsIgnoreCase(trimmed)) {
                return level;
            }
        }
        if (WARNED.add(trimmed)) {
            LogSink.detected()
                    .warn("EVALWIRE_LOG must be off, info or debug, was '" + trimmed + "'; logging stays off");
        }
        return OFF;
    }

    /** The unknown texts already warned about. */
    private static final Set<String> WARNED = Collections.newSetFromMap(new ConcurrentHashMap<String, Boolean>());
}
