package dev.evalwire.core.internal.retry;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * One client's estimate of the rate the server accepts, shared by all its calls (adaptive retry mode). It does
 * nothing until the first 429. From then on every attempt takes a token from a bucket filled at the estimated
 * rate, waiting when none is left. A 429 cuts the rate to 80 % of what the client was sending; successes raise it
 * again along a cubic curve that returns to the rate of the last 429 within about two seconds and then probes
 * above it (the CUBIC scheme of TCP, as in the AWS SDKs' adaptive mode, with a smaller cut and a faster climb,
 * tuned on the rate-limit benchmark: a first 429 often comes from a burst below the server's real limit).
 * Several 429s within one measuring interval count as one cut, since they answer requests sent before the first
 * cut took effect. Thread-safe.
 */
public final class AdaptiveRateLimiter {

    private static final double BETA = 0.8;
    private static final double SCALE = 4.0;
    private static final double MIN_RATE = 0.5;
    private static final double SMOOTHING = 0.8;
    private static final long INTERVAL_NANOS = 500_000_000L;

    private final LongSupplier nanoTime;
    private boolean throttled;
    private double fillRate;
    private double tokens;
    private long lastRefill;
    private double rateAtLastCut;
    private long lastCut;
    private double measuredRate;
    private long intervalStart;
    private int sentInInterval;

    /** @param nanoTime the time in nanoseconds; a step back is read as no time passing */
    public AdaptiveRateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.intervalStart = nanoTime.getAsLong();
    }

    /**
     * Takes a token for one attempt.
     *
     * @return how long to wait before sending it; zero when a token was free or before the first 429
     */
    public synchronized Duration acquire() {
        long now = nanoTime.getAsLong();
        countSent(now);
        if (!throttled) {
            return Duration.ZERO;
        }
        tokens = Math.min(Math.max(fillRate, 1), tokens + Math.max(0, now - lastRefill) / 1e9 * fillRate);
        lastRefill = Math.max(lastRefill, now);
        tokens -= 1;
        return tokens >= 0 ? Duration.ZERO : Duration.ofNanos((long) (-tokens / fillRate * 1e9));
    }

    /**
     * Updates the estimate with one answer.
     *
     * @param status the HTTP status; 429 slows the client down, anything else lets it speed up again
     */
    public synchronized void onResponse(int status) {
        long now = nanoTime.getAsLong();
        if (status == 429) {
            if (throttled && now - lastCut < INTERVAL_NANOS) {
                return;
            }
            double sending = throttled ? Math.min(sendingRate(now), fillRate) : sendingRate(now);
            rateAtLastCut = Math.max(sending, MIN_RATE);
            lastCut = now;
            if (!throttled) {
                throttled = true;
                lastRefill = now;
                tokens = 0;
            }
            fillRate = Math.max(rateAtLastCut * BETA, MIN_RATE);
        } else if (throttled) {
            double k = Math.cbrt(rateAtLastCut * (1 - BETA) / SCALE);
            double cubic = SCALE * Math.pow(Math.max(0, now - lastCut) / 1e9 - k, 3) + rateAtLastCut;
            fillRate = Math.max(MIN_RATE, Math.min(cubic, 2 * Math.max(sendingRate(now), rateAtLastCut)));
        }
    }

    /** @return the rate attempts are currently allowed at, per second; infinite before the first 429 */
    public synchronized double rate() {
        return throttled ? fillRate : Double.POSITIVE_INFINITY;
    }

    /** The smoothed rate of attempts; within the first interval, the rate so far (over at least 100 ms). */
    private double sendingRate(long now) {
        if (measuredRate > 0) {
            return measuredRate;
        }
        return sentInInterval / Math.max((now - intervalStart) / 1e9, 0.1);
    }

    private void countSent(long now) {
        sentInInterval++;
        long elapsed = now - intervalStart;
        if (elapsed >= INTERVAL_NANOS) {
            double current = sentInInterval / (elapsed / 1e9);
            measuredRate = measuredRate == 0 ? current : SMOOTHING * current + (1 - SMOOTHING) * measuredRate;
            sentInInterval = 0;
            intervalStart = now;
        }
    }
}
