package dev.evalwire.core.internal.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.RetryPolicy;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The one retry decision and the one delay function, each rule on its own. */
class RetryStrategyTest {

    private static final RetryPolicy POLICY =
            RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(10)).build();

    private static RetryStrategy strategy(int maxRetries, double random) {
        return new RetryStrategy(POLICY, maxRetries, () -> random, null);
    }

    private static ServerAnswer answer(int status, Duration wait) {
        return new ServerAnswer(status, wait);
    }

    @Test
    void noRetryAfterTheLastAllowedAttempt() {
        RetryStrategy two = strategy(2, 0);
        assertTrue(two.shouldRetry(1, null, answer(503, null)));
        assertTrue(two.shouldRetry(2, new IOException("reset"), null));
        assertFalse(two.shouldRetry(3, null, answer(503, null)));
        assertFalse(two.shouldRetry(3, new IOException("reset"), null));
        assertFalse(strategy(0, 0).shouldRetry(1, null, answer(503, null)));
    }

    @Test
    void connectionFailuresAreRetriedOnlyWhenTheyAreIoFailures() {
        assertTrue(strategy(2, 0).shouldRetry(1, new SocketTimeoutException("timeout"), null));
        assertFalse(strategy(2, 0).shouldRetry(1, new IllegalStateException("interceptor"), null));
    }

    @Test
    void responsesAreRetriedForRetryableStatusesOnly() {
        for (int status : new int[] {408, 429, 500, 502, 503, 504}) {
            assertTrue(strategy(2, 0).shouldRetry(1, null, answer(status, null)), "status " + status);
        }
        for (int status : new int[] {301, 307, 400, 401, 403, 404, 409, 422, 501}) {
            assertFalse(strategy(2, 0).shouldRetry(1, null, answer(status, null)), "status " + status);
        }
    }

    @Test
    void aRedirectIsNeverRetriedEvenWhenListedAsRetryable() {
        RetryPolicy odd = RetryPolicy.builder()
                .retryableStatuses(java.util.Collections.singleton(307))
                .build();
        assertFalse(new RetryStrategy(odd, 2, () -> 0, null).shouldRetry(1, null, answer(307, null)));
    }

    @Test
    void aRequestedWaitOverTheCapEndsTheCall() {
        assertTrue(strategy(2, 0).shouldRetry(1, null, answer(429, Duration.ofSeconds(10))));
        assertFalse(strategy(2, 0)
                .shouldRetry(1, null, answer(429, Duration.ofSeconds(10).plusNanos(1))));
    }

    @Test
    void theDelayIsTheRequestedWaitElseTheBackoffWithJitter() {
        assertEquals(Duration.ofSeconds(7), strategy(2, 0.5).delay(1, answer(429, Duration.ofSeconds(7))));
        assertEquals(Duration.ofMillis(500), strategy(2, 0).delay(1, answer(503, null)));
        assertEquals(Duration.ofMillis(1000), strategy(2, 0).delay(2, null));
        assertEquals(Duration.ofMillis(875), strategy(2, 0.5).delay(2, null));
    }

    @Test
    void outsideAdaptiveModeNothingIsPaced() {
        RetryStrategy strategy = strategy(2, 0);
        strategy.observe(429);
        assertEquals(Duration.ZERO, strategy.pace());
    }

    @Test
    void adaptiveModePacesAfterA429() {
        long[] now = {0};
        AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(() -> now[0]);
        RetryStrategy strategy = new RetryStrategy(POLICY, 2, () -> 0, limiter);
        assertEquals(Duration.ZERO, strategy.pace());
        strategy.observe(429);
        strategy.pace();
        assertTrue(strategy.pace().compareTo(Duration.ZERO) > 0);
    }
}
