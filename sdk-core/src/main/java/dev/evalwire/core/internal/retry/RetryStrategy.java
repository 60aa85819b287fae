package dev.evalwire.core.internal.retry;

import dev.evalwire.core.RetryPolicy;
import dev.evalwire.core.internal.http.Redirects;
import java.io.IOException;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import javax.annotation.Nullable;

/**
 * The retry rules of one call, in one place: {@link #shouldRetry} decides whether a failed attempt is tried again,
 * {@link #delay} says how long to wait first, and {@link #pace} how long adaptive mode holds back any attempt. The
 * caller runs the attempts, waits and builds the exceptions; this class only decides.
 */
public final class RetryStrategy {

    private final RetryPolicy policy;
    private final int maxRetries;
    private final DoubleSupplier random;

    @Nullable
    private final AdaptiveRateLimiter limiter;

    /**
     * @param policy the client's retry policy
     * @param maxRetries the retries this call may make (the policy's, or the call's own)
     * @param random numbers from 0 (inclusive) to 1 (exclusive) for the jitter
     * @param limiter the client's shared rate estimate in adaptive mode, or null
     */
    public RetryStrategy(
            RetryPolicy policy, int maxRetries, DoubleSupplier random, @Nullable AdaptiveRateLimiter limiter) {
        this.policy = policy;
        this.maxRetries = maxRetries;
        this.random = random;
        this.limiter = limiter;
    }

    /** @return the retries this call may make */
    public int maxRetries() {
        return maxRetries;
    }

    /**
     * Decides whether to try again after a failed attempt. Never after the last allowed attempt; after a connection
     * failure only when it is an {@link IOException} (the caller has already ended interrupted and cancelled calls);
     * after an error response only for a retryable status that is not a redirect, and only when the server asked
     * for no wait longer than {@link RetryPolicy#maxRetryAfter()}.
     *
     * @param attempt the attempt that failed, from 1
     * @param failure what the transport threw, or null when a response arrived
     * @param response the error response, or null when the transport threw
     * @return true to wait {@link #delay} and try again
     */
    public boolean shouldRetry(int attempt, @Nullable Exception failure, @Nullable ServerAnswer response) {
        if (attempt > maxRetries) {
            return false;
        }
        if (response == null) {
            return failure instanceof IOException;
        }
        Duration wait = response.requestedWait();
        return (wait == null || wait.compareTo(policy.maxRetryAfter()) <= 0)
                && !Redirects.isRedirect(response.status())
                && policy.isRetryable(response.status());
    }

    /**
     * @param attempt the attempt that failed, from 1
     * @param response the error response, or null after a connection failure
     * @return the wait the server asked for, else the policy's backoff with jitter for this attempt
     */
    public Duration delay(int attempt, @Nullable ServerAnswer response) {
        if (response != null && response.requestedWait() != null) {
            return response.requestedWait();
        }
        return policy.backoff(attempt, random.getAsDouble());
    }

    /** @return how long adaptive mode makes the next attempt wait; zero outside adaptive mode */
    public Duration pace() {
        return limiter == null ? Duration.ZERO : limiter.acquire();
    }

    /**
     * Feeds a response's status to adaptive mode's rate estimate; does nothing outside adaptive mode.
     *
     * @param status the HTTP status of an attempt
     */
    public void observe(int status) {
        if (limiter != null) {
            limiter.onResponse(status);
        }
    }
}
