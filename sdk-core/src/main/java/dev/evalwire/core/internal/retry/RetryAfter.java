package dev.evalwire.core.internal.retry;

import dev.evalwire.core.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javax.annotation.Nullable;

/**
 * Reads how long a server asked the client to wait: {@code retry-after-ms} (milliseconds), {@code Retry-After}
 * (seconds or an HTTP date), then a {@code retry_after} body field in seconds. Negative waits become zero;
 * values that cannot be read are ignored.
 */
public final class RetryAfter {

    private final Clock clock;

    /** @param clock the clock HTTP dates are measured against */
    public RetryAfter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Finds the requested wait.
     *
     * @param headers the response headers
     * @param bodySeconds the body's {@code retry_after} in seconds, or null
     * @return the wait, or null when the server did not say
     */
    @Nullable
    public Duration find(HttpHeaders headers, @Nullable Double bodySeconds) {
        Duration fromMillis = seconds(headers.first("retry-after-ms"), 0.001);
        if (fromMillis != null) {
            return fromMillis;
        }
        String retryAfter = headers.first("retry-after");
        if (retryAfter != null) {
            Duration fromSeconds = seconds(retryAfter, 1);
            if (fromSeconds != null) {
                return fromSeconds;
            }
            Duration fromDate = untilDate(retryAfter);
            if (fromDate != null) {
                return fromDate;
            }
        }
        if (bodySeconds != null && !bodySeconds.isNaN() && !bodySeconds.isInfinite()) {
            return ofSeconds(bodySeconds);
        }
        return null;
    }

    @Nullable
    private static Duration seconds(@Nullable String value, double unitSeconds) {
        if (value == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(value.trim());
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                return null;
            }
            return ofSeconds(number * unitSeconds);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    @Nullable
    private Duration untilDate(String value) {
        try {
            ZonedDateTime date = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), date.toInstant());
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static Duration ofSeconds(double seconds) {
        double capped = Math.min(Math.max(seconds, 0), 365d * 24 * 3600);
        return Duration.ofNanos((long) (capped * 1_000_000_000d));
    }
}
