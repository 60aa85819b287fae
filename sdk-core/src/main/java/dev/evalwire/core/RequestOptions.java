package dev.evalwire.core;

import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.internal.HeaderValues;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * Settings for one call that override the client's: the timeouts (the same {@link Timeouts} type the client
 * builder takes), the number of retries and extra headers. Immutable, with value equality; {@link #none()} changes
 * nothing. {@link #toString()} masks credential headers.
 */
public final class RequestOptions {

    private static final RequestOptions NONE = builder().build();

    @Nullable
    private final Timeouts timeouts;

    @Nullable
    private final Integer maxRetries;

    private final HttpHeaders extraHeaders;

    private RequestOptions(Builder builder) {
        this.timeouts = builder.timeouts;
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

    /** @return the timeouts of each attempt of this call, or null to use the client's */
    @Nullable
    public Timeouts timeouts() {
        return timeouts;
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
    public boolean equals(Object o) {
        if (!(o instanceof RequestOptions)) {
            return false;
        }
        RequestOptions other = (RequestOptions) o;
        return Objects.equals(timeouts, other.timeouts)
                && Objects.equals(maxRetries, other.maxRetries)
                && extraHeaders.equals(other.extraHeaders);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeouts, maxRetries, extraHeaders);
    }

    /** @return the settings, with credential header values masked */
    @Override
    public String toString() {
        return "RequestOptions{timeouts=" + timeouts + ", maxRetries=" + maxRetries + ", extraHeaders=" + extraHeaders
                + "}";
    }

    /** Builds {@link RequestOptions}. */
    public static final class Builder {
        @Nullable
        private Timeouts timeouts;

        @Nullable
        private Integer maxRetries;

        private final HttpHeaders.Builder headers = HttpHeaders.builder();

        private Builder() {}

        /**
         * Sets the timeouts of each attempt of this call; all four replace the client's for this call. The bounds
         * are checked where the {@link Timeouts} are built, with a message naming the timeout.
         *
         * @param timeouts the timeouts, for example {@code Timeouts.builder().call(Duration.ofSeconds(20)).build()}
         *     (the fields left unset take {@link Timeouts#defaults()})
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder timeouts(Timeouts timeouts) {
            this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
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
