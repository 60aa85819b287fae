package dev.evalwire.core;

import java.time.Duration;
import java.util.Objects;

/**
 * The four timeouts of one HTTP attempt. Defaults ({@link #defaults()}): connect 10 s, read 60 s, write
 * 60 s, whole call 120 s. The whole-call timeout covers one attempt from start to the end of the body;
 * waits between retries are not counted. A zero duration means "no timeout" for that phase; any other duration
 * must lie between 1 ms and {@link Integer#MAX_VALUE} ms (about 24.8 days), since OkHttp counts whole
 * milliseconds in an {@code int} and would read a shorter one as 0, "no timeout".
 */
public final class Timeouts {

    /** The shortest timeout OkHttp can apply: it counts whole milliseconds and reads 0 as "no timeout". */
    private static final Duration SHORTEST = Duration.ofMillis(1);

    /** The longest timeout OkHttp accepts: {@link Integer#MAX_VALUE} milliseconds. */
    private static final Duration LONGEST = Duration.ofMillis(Integer.MAX_VALUE);

    private static final Timeouts DEFAULTS = builder().build();

    private final Duration connect;
    private final Duration read;
    private final Duration write;
    private final Duration call;

    private Timeouts(Builder builder) {
        this.connect = builder.connect;
        this.read = builder.read;
        this.write = builder.write;
        this.call = builder.call;
    }

    /** @return connect 10 s, read 60 s, write 60 s, call 120 s */
    public static Timeouts defaults() {
        return DEFAULTS;
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting from these timeouts */
    public Builder toBuilder() {
        return new Builder().connect(connect).read(read).write(write).call(call);
    }

    /** @return the time allowed to open a connection */
    public Duration connect() {
        return connect;
    }

    /** @return the longest gap allowed between two reads of the response */
    public Duration read() {
        return read;
    }

    /** @return the longest gap allowed between two writes of the request */
    public Duration write() {
        return write;
    }

    /** @return the time allowed for one whole attempt */
    public Duration call() {
        return call;
    }

    /**
     * Tells whether OkHttp can apply a duration as a timeout, compared without converting it to milliseconds (a
     * huge duration would overflow).
     *
     * @param value a duration
     * @return true from 1 ms to {@link Integer#MAX_VALUE} ms, both included
     */
    private static boolean inRange(Duration value) {
        return value.compareTo(SHORTEST) >= 0 && value.compareTo(LONGEST) <= 0;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Timeouts)) {
            return false;
        }
        Timeouts other = (Timeouts) o;
        return connect.equals(other.connect)
                && read.equals(other.read)
                && write.equals(other.write)
                && call.equals(other.call);
    }

    @Override
    public int hashCode() {
        return Objects.hash(connect, read, write, call);
    }

    @Override
    public String toString() {
        return "Timeouts{connect=" + connect + ", read=" + read + ", write=" + write + ", call=" + call + "}";
    }

    /**
     * Builds {@link Timeouts}. Each setter accepts zero ("no timeout") or 1 ms to {@link Integer#MAX_VALUE} ms, and
     * rejects null, negative durations, positive ones under 1 ms and longer ones.
     */
    public static final class Builder {
        private Duration connect = Duration.ofSeconds(10);
        private Duration read = Duration.ofSeconds(60);
        private Duration write = Duration.ofSeconds(60);
        private Duration call = Duration.ofSeconds(120);

        private Builder() {}

        /**
         * Sets the time allowed to open a connection.
         *
         * @param connect time allowed to open a connection; zero for none, else 1 ms to {@link Integer#MAX_VALUE} ms
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if negative, under 1 ms but not zero, or over {@link Integer#MAX_VALUE} ms
         */
        public Builder connect(Duration connect) {
            this.connect = check(connect, "connect");
            return this;
        }

        /**
         * Sets the longest gap allowed between two reads of the response.
         *
         * @param read longest gap between reads; zero for none, else 1 ms to {@link Integer#MAX_VALUE} ms
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if negative, under 1 ms but not zero, or over {@link Integer#MAX_VALUE} ms
         */
        public Builder read(Duration read) {
            this.read = check(read, "read");
            return this;
        }

        /**
         * Sets the longest gap allowed between two writes of the request.
         *
         * @param write longest gap between writes; zero for none, else 1 ms to {@link Integer#MAX_VALUE} ms
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if negative, under 1 ms but not zero, or over {@link Integer#MAX_VALUE} ms
         */
        public Builder write(Duration write) {
            this.write = check(write, "write");
            return this;
        }

        /**
         * Sets the time allowed for one whole attempt.
         *
         * @param call time allowed for one whole attempt; zero for none, else 1 ms to {@link Integer#MAX_VALUE} ms
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if negative, under 1 ms but not zero, or over {@link Integer#MAX_VALUE} ms
         */
        public Builder call(Duration call) {
            this.call = check(call, "call");
            return this;
        }

        /** @return the timeouts */
        public Timeouts build() {
            return new Timeouts(this);
        }

        private static Duration check(Duration value, String name) {
            Objects.requireNonNull(value, name + " timeout");
            if (!value.isZero() && !inRange(value)) {
                throw new IllegalArgumentException(name + " timeout must be 0 (no timeout) or between 1 ms and "
                        + Integer.MAX_VALUE + " ms, was " + value);
            }
            return value;
        }
    }
}
