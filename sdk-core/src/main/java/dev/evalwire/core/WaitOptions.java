package dev.evalwire.core;

import java.time.Duration;
import java.util.Objects;

/**
 * How a client waits for a change to take effect (a Fireworks build, a Prime Intellect run): it reads the resource,
 * waits {@linkplain #interval() an interval}, and reads again, each wait {@linkplain #multiplier() longer} than the
 * one before up to {@linkplain #maxInterval() a cap}, until the resource reaches a final state or {@linkplain
 * #timeout() the time is up}. A 429 or 5xx answer that outlasts the client's retries does not end the wait; its
 * {@code Retry-After}, when longer, lengthens the next one.
 * The waits use the client's {@link Sleeper} and its clock, so tests need not wait.
 *
 * <p>Defaults: interval 2 s, multiplier 1.5, cap 30 s, timeout 10 min. The vendors document no polling interval.
 * Instances are immutable.
 */
public final class WaitOptions {

    private static final Duration MIN = Duration.ofMillis(1);
    private static final WaitOptions DEFAULTS =
            new WaitOptions(Duration.ofSeconds(2), 1.5, Duration.ofSeconds(30), Duration.ofMinutes(10));

    private final Duration interval;
    private final double multiplier;
    private final Duration maxInterval;
    private final Duration timeout;

    private WaitOptions(Duration interval, double multiplier, Duration maxInterval, Duration timeout) {
        this.interval = interval;
        this.multiplier = multiplier;
        this.maxInterval = maxInterval;
        this.timeout = timeout;
    }

    /** @return the defaults: interval 2 s, multiplier 1.5, cap 30 s, timeout 10 min */
    public static WaitOptions defaults() {
        return DEFAULTS;
    }

    /**
     * @param timeout how long to wait in all, from the first read
     * @return these options with another timeout
     * @throws IllegalArgumentException if {@code timeout} is null, or shorter than 1 ms
     */
    public WaitOptions withTimeout(Duration timeout) {
        return new WaitOptions(interval, multiplier, maxInterval, atLeastOneMilli("timeout", timeout));
    }

    /**
     * @param interval the wait after the first read
     * @return these options with another first interval; the cap rises to it if it was lower
     * @throws IllegalArgumentException if {@code interval} is null, or shorter than 1 ms
     */
    public WaitOptions withInterval(Duration interval) {
        Duration first = atLeastOneMilli("interval", interval);
        return new WaitOptions(first, multiplier, first.compareTo(maxInterval) > 0 ? first : maxInterval, timeout);
    }

    /**
     * @param maxInterval the longest wait between two reads (a {@code Retry-After} may still ask for more)
     * @return these options with another cap
     * @throws IllegalArgumentException if {@code maxInterval} is null, or shorter than the interval
     */
    public WaitOptions withMaxInterval(Duration maxInterval) {
        if (maxInterval == null || maxInterval.compareTo(interval) < 0) {
            throw new IllegalArgumentException(
                    "maxInterval must be at least the interval (" + interval + "), got " + maxInterval);
        }
        return new WaitOptions(interval, multiplier, maxInterval, timeout);
    }

    /**
     * @param multiplier how much longer each wait is than the one before
     * @return these options with another multiplier
     * @throws IllegalArgumentException unless {@code multiplier} is between 1 and 10
     */
    public WaitOptions withMultiplier(double multiplier) {
        if (!(multiplier >= 1 && multiplier <= 10)) {
            throw new IllegalArgumentException("multiplier must be between 1 and 10, got " + multiplier);
        }
        return new WaitOptions(interval, multiplier, maxInterval, timeout);
    }

    /** @return the wait after the first read */
    public Duration interval() {
        return interval;
    }

    /** @return how much longer each wait is than the one before */
    public double multiplier() {
        return multiplier;
    }

    /** @return the longest wait between two reads, unless the server asks for more */
    public Duration maxInterval() {
        return maxInterval;
    }

    /** @return how long to wait in all, from the first read */
    public Duration timeout() {
        return timeout;
    }

    /**
     * @param reads how many reads were made so far (at least 1)
     * @return the wait before the next read
     */
    public Duration intervalAfter(int reads) {
        double nanos = interval.toNanos() * Math.pow(multiplier, Math.max(0, reads - 1));
        return nanos >= maxInterval.toNanos() ? maxInterval : Duration.ofNanos((long) nanos);
    }

    private static Duration atLeastOneMilli(String name, Duration value) {
        if (value == null || value.compareTo(MIN) < 0) {
            throw new IllegalArgumentException(name + " must be at least 1 ms, got " + value);
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof WaitOptions)) {
            return false;
        }
        WaitOptions other = (WaitOptions) o;
        return interval.equals(other.interval)
                && multiplier == other.multiplier
                && maxInterval.equals(other.maxInterval)
                && timeout.equals(other.timeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(interval, multiplier, maxInterval, timeout);
    }

    @Override
    public String toString() {
        return "WaitOptions{interval=" + interval + ", multiplier=" + multiplier + ", maxInterval=" + maxInterval
                + ", timeout=" + timeout + "}";
    }
}
