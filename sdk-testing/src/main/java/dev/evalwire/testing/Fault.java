package dev.evalwire.testing;

import java.time.Duration;
import java.time.Instant;

/**
 * A misbehaviour a sandbox shows instead of, or before, its normal handling of one request.
 *
 * <p>Instances are immutable and made with the static factories. Hand one to a sandbox's
 * {@code enqueueFault} to make the next request meet it; the sandboxes also draw from a fixed
 * menu of faults when random faults are switched on.
 *
 * <p>Every factory rejects out-of-range arguments with an {@link IllegalArgumentException}
 * (and {@code null} arguments with a {@link NullPointerException}) naming the argument.
 */
public final class Fault {

    /** What kind of misbehaviour a {@link Fault} is. */
    public enum Kind {
        /** An answer with a chosen status, in the vendor's error shape or with a given body. */
        STATUS,
        /** 429 with the vendor's own way of saying how many seconds to wait. */
        RATE_LIMITED,
        /** 429 with a {@code Retry-After} header holding an HTTP date. */
        RATE_LIMITED_UNTIL,
        /** 429 with a {@code retry-after-ms} header. */
        RATE_LIMITED_MILLIS,
        /** A server-side wait, then the normal answer. */
        SLOW,
        /** The connection is closed without any answer. */
        DISCONNECT,
        /** 200 with a body of the caller's choosing (usually one the client cannot decode). */
        MALFORMED_BODY
    }

    private final Kind kind;
    private final int status;
    private final String contentType;
    private final String body;
    private final Duration delay;
    private final Instant retryAt;
    private final long retryAfterMillis;

    private Fault(
            Kind kind,
            int status,
            String contentType,
            String body,
            Duration delay,
            Instant retryAt,
            long retryAfterMillis) {
        this.kind = kind;
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.delay = delay;
        this.retryAt = retryAt;
        this.retryAfterMillis = retryAfterMillis;
    }

    /**
     * An answer with the given status and the vendor's usual error body for it (for example
     * {@code {"detail":"Service Unavailable"}} for a FastAPI vendor, or {@code {"code":14,...}} for
     * Fireworks). Statuses below 400 get an empty body.
     *
     * @param status the HTTP status, 100..599
     * @return the fault
     * @throws IllegalArgumentException if {@code status} is outside 100..599
     */
    public static Fault status(int status) {
        return new Fault(Kind.STATUS, checkStatus(status), null, null, null, null, 0);
    }

    /**
     * An answer with the given status, content type and body, sent exactly as given.
     *
     * @param status the HTTP status, 100..599
     * @param contentType the {@code Content-Type} header value, or {@code null} to send none
     * @param body the body text (UTF-8); may be empty, not {@code null}
     * @return the fault
     * @throws IllegalArgumentException if {@code status} is outside 100..599
     * @throws NullPointerException if {@code body} is {@code null}
     */
    public static Fault status(int status, String contentType, String body) {
        checkStatus(status);
        requireNonNull(body, "body");
        return new Fault(Kind.STATUS, status, contentType, body, null, null, 0);
    }

    /**
     * A 429 in the vendor's own style: a {@code Retry-After} header in whole seconds (rounded up)
     * for Prime Intellect, Fireworks and Scale; for Keywords AI no header but the body
     * {@code {"detail":"Rate limit exceeded","retry_after":N}}.
     *
     * @param retryAfter the wait the 429 announces, not negative
     * @return the fault
     * @throws IllegalArgumentException if {@code retryAfter} is negative
     * @throws NullPointerException if {@code retryAfter} is {@code null}
     */
    public static Fault rateLimited(Duration retryAfter) {
        return new Fault(Kind.RATE_LIMITED, 429, null, null, checkDuration(retryAfter, "retryAfter"), null, 0);
    }

    /**
     * A 429 whose {@code Retry-After} header is the given instant as an HTTP date (RFC 1123,
     * whole seconds, GMT). Any instant is accepted, including ones in the past.
     *
     * @param retryAt the instant the 429 announces
     * @return the fault
     * @throws NullPointerException if {@code retryAt} is {@code null}
     */
    public static Fault rateLimitedUntil(Instant retryAt) {
        requireNonNull(retryAt, "retryAt");
        return new Fault(Kind.RATE_LIMITED_UNTIL, 429, null, null, null, retryAt, 0);
    }

    /**
     * A 429 with a {@code retry-after-ms} header holding the given number of milliseconds.
     *
     * @param millis the milliseconds the 429 announces, not negative
     * @return the fault
     * @throws IllegalArgumentException if {@code millis} is negative
     */
    public static Fault rateLimitedMillis(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("millis must not be negative, got " + millis);
        }
        return new Fault(Kind.RATE_LIMITED_MILLIS, 429, null, null, null, null, millis);
    }

    /**
     * The sandbox waits this long (really, on its own thread) and then handles the request
     * normally.
     *
     * @param delay how long the sandbox waits before answering, not negative
     * @return the fault
     * @throws IllegalArgumentException if {@code delay} is negative
     * @throws NullPointerException if {@code delay} is {@code null}
     */
    public static Fault slow(Duration delay) {
        return new Fault(Kind.SLOW, 0, null, null, checkDuration(delay, "delay"), null, 0);
    }

    /**
     * The sandbox closes the connection without sending any status line or body.
     *
     * @return the fault
     */
    public static Fault disconnect() {
        return new Fault(Kind.DISCONNECT, 0, null, null, null, null, 0);
    }

    /**
     * A 200 answer with the given body and content type, for testing how a client copes with a
     * body it cannot decode.
     *
     * @param contentType the {@code Content-Type} header value, or {@code null} to send none
     * @param body the body text (UTF-8); may be empty, not {@code null}
     * @return the fault
     * @throws NullPointerException if {@code body} is {@code null}
     */
    public static Fault malformedBody(String contentType, String body) {
        requireNonNull(body, "body");
        return new Fault(Kind.MALFORMED_BODY, 200, contentType, body, null, null, 0);
    }

    /**
     * What kind of fault this is.
     *
     * @return what kind of fault this is
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The HTTP status sent; 0 for {@link Kind#SLOW} and {@link Kind#DISCONNECT}.
     *
     * @return the HTTP status sent; 0 for {@link Kind#SLOW} and {@link Kind#DISCONNECT}
     */
    public int status() {
        return status;
    }

    /**
     * The content type of an explicit body, or {@code null} when none was given.
     *
     * @return the content type of an explicit body, or {@code null} when none was given
     */
    public String contentType() {
        return contentType;
    }

    /**
     * The explicit body, or {@code null} when the vendor's own error body is used.
     *
     * @return the explicit body, or {@code null} when the vendor's own error body is used
     */
    public String body() {
        return body;
    }

    /**
     * The wait: the server-side delay of {@link Kind#SLOW}, or the announced wait of {@link
     * Kind#RATE_LIMITED}; {@code null} for the other kinds.
     *
     * @return the delay or announced wait, or {@code null}
     */
    public Duration delay() {
        return delay;
    }

    /**
     * The instant announced by {@link Kind#RATE_LIMITED_UNTIL}; {@code null} otherwise.
     *
     * @return the instant announced by {@link Kind#RATE_LIMITED_UNTIL}; {@code null} otherwise
     */
    public Instant retryAt() {
        return retryAt;
    }

    /**
     * The milliseconds announced by {@link Kind#RATE_LIMITED_MILLIS}; 0 otherwise.
     *
     * @return the milliseconds announced by {@link Kind#RATE_LIMITED_MILLIS}; 0 otherwise
     */
    public long retryAfterMillis() {
        return retryAfterMillis;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Fault)) {
            return false;
        }
        Fault that = (Fault) o;
        return kind == that.kind
                && status == that.status
                && retryAfterMillis == that.retryAfterMillis
                && equal(contentType, that.contentType)
                && equal(body, that.body)
                && equal(delay, that.delay)
                && equal(retryAt, that.retryAt);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(
                new Object[] {kind, status, contentType, body, delay, retryAt, retryAfterMillis});
    }

    /** A short description such as {@code Fault{STATUS 503}} or {@code Fault{SLOW PT0.2S}}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Fault{").append(kind);
        if (kind == Kind.STATUS || kind == Kind.MALFORMED_BODY) {
            sb.append(' ').append(status);
        }
        if (delay != null) {
            sb.append(' ').append(delay);
        }
        if (retryAt != null) {
            sb.append(' ').append(retryAt);
        }
        if (kind == Kind.RATE_LIMITED_MILLIS) {
            sb.append(' ').append(retryAfterMillis).append("ms");
        }
        if (body != null) {
            sb.append(" body=").append(body.length()).append(" chars");
        }
        return sb.append('}').toString();
    }

    private static int checkStatus(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be between 100 and 599, got " + status);
        }
        return status;
    }

    private static Duration checkDuration(Duration d, String name) {
        requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, got " + d);
        }
        return d;
    }

    private static void requireNonNull(Object o, String name) {
        if (o == null) {
            throw new NullPointerException(name + " must not be null");
        }
    }

    private static boolean equal(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }
}
