package dev.evalwire.testing.internal;

import dev.evalwire.testing.Fault;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Turns an answering {@link Fault} (status, rate limit, malformed body) into a response. */
public final class FaultResponses {

    /** IMF-fixdate (RFC 9110), e.g. {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
    static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    private FaultResponses() {}

    /**
     * The answer for {@code fault} in the vendor's style.
     *
     * @throws IllegalArgumentException for {@link Fault.Kind#SLOW} and {@link Fault.Kind#DISCONNECT},
     *     which do not answer by themselves
     */
    public static SandboxResponse answer(Fault fault, ErrorShapes errors) {
        switch (fault.kind()) {
            case STATUS:
                return fault.body() == null
                        ? errors.status(fault.status())
                        : SandboxResponse.raw(fault.status(), fault.contentType(), fault.body());
            case MALFORMED_BODY:
                return SandboxResponse.raw(200, fault.contentType(), fault.body());
            case RATE_LIMITED:
                return errors.rateLimited(ceilSeconds(fault.delay().toMillis()));
            case RATE_LIMITED_UNTIL:
                return errors.rateLimitedWithoutWait()
                        .withHeader(
                                "Retry-After",
                                HTTP_DATE.format(fault.retryAt()
                                        .truncatedTo(ChronoUnit.SECONDS)
                                        .atOffset(ZoneOffset.UTC)));
            case RATE_LIMITED_MILLIS:
                return errors.rateLimitedWithoutWait()
                        .withHeader("retry-after-ms", Long.toString(fault.retryAfterMillis()));
            default:
                throw new IllegalArgumentException(fault + " does not answer by itself");
        }
    }

    static long ceilSeconds(long millis) {
        return (millis + 999) / 1000;
    }
}
