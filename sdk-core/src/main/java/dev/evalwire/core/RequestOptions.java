package dev.evalwire.core;

import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.internal.HeaderValues;
import java.time.Duration;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * Settings for one call that override the client's: the whole-call timeout, the number of retries and extra
 * headers. Immutable; {@link #none()} changes nothing.
 */
public final class RequestOptions {

    private static final RequestOptions NONE = builder().build();

    @Nullable private final Duration timeout;
    @Nullable private final Integer maxRetries;
    private final HttpHeaders extraHeaders;

    private RequestOptions(Builder builder) {
        this.timeout = builder.timeout;
        this.maxRetries = builder.maxRetries;
        this.extraHeaders = builder.headers.build();
    }

    /** @return options that change nothing */
    public static RequestOptions none() {
        return NONE;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the whole-call timeout for each attempt of this call, or null to use the client's */
    @Nullable
    public Duration timeout() {
        return timeout;
    }

    /** @return the retries for this call, or null to use the client's retry policy */
    @Nullable
    public Integer maxRetries() {
        return maxRetries;
    }

    /** @return headers added to this call (they replace client headers of the same name) */
    public HttpHeaders extraHeaders() {
        return extraHeaders;
    }

    @Override
    public String toString() {
        return "RequestOptions{timeout=" + timeout + ", maxRetries=" + maxRetries + ", extraHeaders="
                + extraHeaders + "}";
    }

    /** Builds {@link RequestOptions}. */
    public static final class Builder {
        @Nullable private Duration timeout;
        @Nullable private Integer maxRetries;
        private final HttpHeaders.Builder headers = HttpHeaders.builder();

        private Builder() {
        }

        /**
         * Sets the whole-call timeout for each attempt of this call.
         *
         * @param timeout whole-call timeout for each attempt; 1 ms to {@link Integer#MAX_VALUE} ms (OkHttp counts
         *     whole milliseconds in an {@code int}; there is no "no timeout" here, leave it unset to use the
         *     client's)
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if under 1 ms (zero and negative included) or over
         *     {@link Integer#MAX_VALUE} ms
         */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (!Timeouts.inRange(timeout)) {
                throw new IllegalArgumentException("timeout must be between 1 ms and " + Integer.MAX_VALUE
                        + " ms, was " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * @param maxRetries retries for this call, 0 to 100
         * @return this builder
         * @throws IllegalArgumentException outside 0..100
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0 || maxRetries > 100) {
                throw new IllegalArgumentException("maxRetries must be between 0 and 100, was " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * @param name header name
         * @param value header value: printable ASCII, no CR or LF
         * @return this builder
         * @throws IllegalArgumentException for an invalid name or value
         */
        public Builder header(String name, String value) {
            headers.set(HeaderValues.checkName(name), HeaderValues.checkValue(name, value, ""));
            return this;
        }

        /** @return the options */
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
