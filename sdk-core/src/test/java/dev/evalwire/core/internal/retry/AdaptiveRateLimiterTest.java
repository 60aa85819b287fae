package dev.evalwire.core.internal.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The adaptive rate estimate on a clock the test moves: no pacing before the first 429, a cut to 80 % of the rate
 * being sent, one cut for a burst of 429s, tokens spaced at the estimated rate, and a cubic climb back past the
 * rate of the last 429.
 */
class AdaptiveRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(now::get);

    @Test
    void nothingIsPacedBeforeTheFirst429() {
        for (int i = 0; i < 1000; i++) {
            assertEquals(Duration.ZERO, limiter.acquire());
            limiter.onResponse(200);
        }
        assertEquals(Double.POSITIVE_INFINITY, limiter.rate());
    }

    @Test
    void a429CutsTheRateTo80PercentOfWhatWasSentAndSpacesAttempts() {
        sendAt(100, 1.0);
        limiter.onResponse(429);
        assertEquals(80, limiter.rate(), 3);
        double tokenMillis = 1000.0 / limiter.rate();
        assertEquals(tokenMillis, limiter.acquire().toNanos() / 1e6, 0.01, "the bucket starts empty");
        assertEquals(2 * tokenMillis, limiter.acquire().toNanos() / 1e6, 0.01, "each attempt reserves a token");
        now.addAndGet((long) (2 * tokenMillis * 1e6));
        assertEquals(tokenMillis, limiter.acquire().toNanos() / 1e6, 0.01, "time refills the bucket");
    }

    @Test
    void a429BurstWithinOneIntervalCountsAsOneCut() {
        sendAt(100, 1.0);
        limiter.onResponse(429);
        double afterFirst = limiter.rate();
        for (int i = 0; i < 31; i++) {
            limiter.onResponse(429);
        }
        assertEquals(afterFirst, limiter.rate(), 1e-9);
        now.addAndGet(600_000_000L);
        limiter.onResponse(429);
        assertTrue(limiter.rate() < afterFirst, "a 429 after the interval cuts again");
    }

    @Test
    void successesClimbBackToTheRateOfTheLast429AndBeyond() {
        sendAt(100, 1.0);
        limiter.onResponse(429);
        double cut = limiter.rate();
        now.addAndGet(500_000_000L);
        limiter.onResponse(200);
        double halfASecondLater = limiter.rate();
        assertTrue(halfASecondLater > cut && halfASecondLater < 100, "climbing: " + halfASecondLater);
        now.addAndGet(1_200_000_000L);
        limiter.onResponse(200);
        assertEquals(100, limiter.rate(), 3, "back near the rate of the last 429 after k = 1.7 s");
        now.addAndGet(1_300_000_000L);
        limiter.onResponse(200);
        assertTrue(limiter.rate() > 100, "then probing above it: " + limiter.rate());
        assertTrue(limiter.rate() <= 200, "never above twice what was sent: " + limiter.rate());
    }

    @Test
    void theRateNeverFallsBelowHalfARequestASecond() {
        limiter.onResponse(429);
        for (int i = 0; i < 50; i++) {
            now.addAndGet(600_000_000L);
            limiter.onResponse(429);
        }
        assertEquals(0.5, limiter.rate(), 1e-9);
    }

    /** Sends at {@code perSecond} for {@code seconds}, with successes, so that the sent rate is measured. */
    private void sendAt(int perSecond, double seconds) {
        long step = 1_000_000_000L / perSecond;
        for (int i = 0; i < perSecond * seconds; i++) {
            limiter.acquire();
            limiter.onResponse(200);
            now.addAndGet(step);
        }
    }
}
