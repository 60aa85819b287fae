package dev.evalwire.core;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * When and how long the client waits before it tries a failed call again.
 *
 * <p>Defaults ({@link #defaults()}): 2 retries (3 attempts in all); exponential backoff starting at 0.5 s and
 * doubling up to 8 s, each delay shortened by up to 25 % at random (jitter); retried on HTTP 408, 429, 500,
 * 502, 503 and 504 and on connection failures and timeouts. When the server says how long to wait
 * ({@code Retry-After} in seconds or as an HTTP date, {@code retry-after-ms}, or a {@code retry_after}
 * field in the body) that wait is used instead of the backoff, unless it is longer than
 * {@link #maxRetryAfter()} (60 s by default): then the client does not wait and throws the status's
 * exception (a {@link RateLimitException} for 429) at once.
 *
 * <p>Adaptive mode ({@link #adaptive()}, off by default) also paces every call of one client by a shared estimate
 * of the rate the server accepts: after a 429 the client sends more slowly, and it speeds up again, step by step,
 * as successes return. A bulk job that runs many threads or async calls into a rate limit then gets far fewer
 * 429s, at close to the rate the server allows. A call may wait before its first attempt in this mode.
 *
 * <p>Instances are immutable; {@link #none()} disables retries.
 */
public final class RetryPolicy {

    private static final RetryPolicy DEFAULTS = builder().build();

    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final double jitter;
    private final Duration maxRetryAfter;
    private final Set<Integer> retryableStatuses;
    private final boolean adaptive;

    private RetryPolicy(Builder builder) {
        this.maxRetries = builder.maxRetries;
        this.initialBackoff = builder.initialBackoff;
        this.maxBackoff = builder.maxBackoff;
        this.jitter = builder.jitter;
        this.maxRetryAfter = builder.maxRetryAfter;
        this.retryableStatuses = Collections.unmodifiableSet(new TreeSet<>(builder.retryableStatuses));
        this.adaptive = builder.adaptive;
    }

    /** @return the default policy described in the class comment */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** @return a policy that never retries (one attempt) */
    public static RetryPolicy none() {
        return builder().maxRetries(0).build();
    }

    /** @return the defaults with adaptive mode on (see the class comment) */
    public static RetryPolicy adaptive() {
        return builder().adaptive(true).build();
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting from this policy */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return how many times a failed call is tried again; 0 disables retries */
    public int maxRetries() {
        return maxRetries;
    }

    /** @return the delay before the first retry, before jitter */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** @return the longest backoff delay, before jitter */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** @return the largest fraction (0 to 1) by which a backoff delay is shortened at random */
    public double jitter() {
        return jitter;
    }

    /** @return the longest server-requested wait the client honours; a longer one fails the call at once */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** @return the HTTP statuses that are retried */
    public Set<Integer> retryableStatuses() {
        return retryableStatuses;
    }

    /** @return true when the client paces its calls by a shared estimate of the rate the server accepts */
    public boolean isAdaptive() {
        return adaptive;
    }

    /**
     * Tells whether a status is retried.
     *
     * @param status an HTTP status
     * @return true when {@code status} is in {@link #retryableStatuses()}
     */
    public boolean isRetryable(int status) {
        return retryableStatuses.contains(status);
    }

    /**
     * Computes the backoff before a retry: {@code min(initialBackoff * 2^(retry-1), maxBackoff)}, shortened
     * by {@code jitter * random}.
     *
     * @param retry which retry this is, starting at 1
     * @param random a number from 0 (inclusive) to 1 (exclusive)
     * @return the delay
     * @throws IllegalArgumentException if {@code retry} is below 1 or {@code random} is outside [0, 1)
     */
    public Duration backoff(int retry, double random) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry must be 1 or more, was " + retry);
        }
        if (!(random >= 0 && random < 1)) {
            throw new IllegalArgumentException("random must be in [0, 1), was " + random);
        }
        long base = initialBackoff.toNanos();
        long cap = maxBackoff.toNanos();
        int shift = Math.min(retry - 1, 62);
        long exponential = base > (cap >> shift) ? cap : Math.min(cap, base << shift);
        return Duration.ofNanos((long) (exponential * (1 - jitter * random)));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RetryPolicy)) {
            return false;
        }
        RetryPolicy other = (RetryPolicy) o;
        return maxRetries == other.maxRetries
                && Double.compare(jitter, other.jitter) == 0
                && initialBackoff.equals(other.initialBackoff)
                && maxBackoff.equals(other.maxBackoff)
                && maxRetryAfter.equals(other.maxRetryAfter)
                && retryableStatuses.equals(other.retryableStatuses)
                && adaptive == other.adaptive;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxRetries, initialBackoff, maxBackoff, jitter, maxRetryAfter, retryableStatuses, adaptive);
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff + ", maxBackoff="
                + maxBackoff + ", jitter=" + jitter + ", maxRetryAfter=" + maxRetryAfter + ", retryableStatuses="
                + retryableStatuses + ", adaptive=" + adaptive + "}";
    }

    /** Builds a {@link RetryPolicy}; every setter rejects values that make no sense with a message. */
    public static final class Builder {
        private int maxRetries = 2;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(8);
        private double jitter = 0.25;
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private Set<Integer> retryableStatuses = new TreeSet<>(Arrays.asList(408, 429, 500, 502, 503, 504));
        private boolean adaptive;

        private Builder() {}

        private Builder(RetryPolicy policy) {
            this.maxRetries = policy.maxRetries;
            this.initialBackoff = policy.initialBackoff;
            this.maxBackoff = policy.maxBackoff;
            this.jitter = policy.jitter;
            this.maxRetryAfter = policy.maxRetryAfter;
            this.retryableStatuses = new TreeSet<>(policy.retryableStatuses);
            this.adaptive = policy.adaptive;
        }

        /**
         * @param adaptive true to pace the client's calls by a shared estimate of the rate the server accepts
         * @return this builder
         */
        public Builder adaptive(boolean adaptive) {
            this.adaptive = adaptive;
            return this;
        }

        /**
         * @param maxRetries retries after the first attempt, 0 to 100; 0 disables retries
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
         * @param initialBackoff delay before the first retry; zero or positive
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
            return this;
        }

        /**
         * @param maxBackoff the longest backoff delay; zero or positive
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
            return this;
        }

        /**
         * @param jitter the largest fraction by which a delay is shortened at random, 0 to 1; 0 makes delays exact
         * @return this builder
         * @throws IllegalArgumentException outside 0..1 or NaN
         */
        public Builder jitter(double jitter) {
            if (!(jitter >= 0 && jitter <= 1)) {
                throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
            }
            this.jitter = jitter;
            return this;
        }

        /**
         * @param maxRetryAfter the longest server-requested wait to honour; a longer one fails the call at once
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
            return this;
        }

        /**
         * @param statuses the HTTP statuses to retry, each 100..599
         * @return this builder
         * @throws IllegalArgumentException for a status outside 100..599
         */
        public Builder retryableStatuses(Set<Integer> statuses) {
            Set<Integer> copy = new TreeSet<>();
            for (Integer status : Objects.requireNonNull(statuses, "statuses")) {
                if (status == null || status < 100 || status > 599) {
                    throw new IllegalArgumentException(
                            "retryable statuses must be HTTP statuses 100..599, got " + status);
                }
                copy.add(status);
            }
            this.retryableStatuses = copy;
            return this;
        }

        /**
         * @return the policy
         * @throws IllegalArgumentException if {@code initialBackoff} is longer than {@code maxBackoff}
         */
        public RetryPolicy build() {
            if (initialBackoff.compareTo(maxBackoff) > 0) {
                throw new IllegalArgumentException("initialBackoff (" + initialBackoff
                        + ") must not be longer than maxBackoff (" + maxBackoff + ")");
            }
            return new RetryPolicy(this);
        }

        private static Duration nonNegative(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, was " + value);
            }
            return value;
        }
    }
}
