package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** WaitOptions: defaults, validation messages that name the field, the backoff and its cap, value semantics. */
class WaitOptionsTest {

    private static final WaitOptions DEFAULTS = WaitOptions.defaults();

    @Test
    void defaultsAreTwoSecondsTimesOneAndAHalfUpToThirtyForTenMinutes() {
        assertEquals(Duration.ofSeconds(2), DEFAULTS.interval());
        assertEquals(1.5, DEFAULTS.multiplier());
        assertEquals(Duration.ofSeconds(30), DEFAULTS.maxInterval());
        assertEquals(Duration.ofMinutes(10), DEFAULTS.timeout());
        assertSame(DEFAULTS, WaitOptions.defaults());
    }

    @Test
    void intervalAfterGrowsByTheMultiplierUpToTheCap() {
        WaitOptions options =
                DEFAULTS.withInterval(Duration.ofSeconds(1)).withMultiplier(2).withMaxInterval(Duration.ofSeconds(5));
        assertEquals(Duration.ofSeconds(1), options.intervalAfter(1));
        assertEquals(Duration.ofSeconds(2), options.intervalAfter(2));
        assertEquals(Duration.ofSeconds(4), options.intervalAfter(3));
        assertEquals(Duration.ofSeconds(5), options.intervalAfter(4));
        assertEquals(Duration.ofSeconds(5), options.intervalAfter(5));
        assertEquals(Duration.ofSeconds(5), options.intervalAfter(Integer.MAX_VALUE));
        assertEquals(Duration.ofSeconds(1), options.intervalAfter(0), "before any read: the first interval");
    }

    @Test
    void defaultBackoffReachesTheCapAfterSevenReads() {
        assertEquals(Duration.ofSeconds(2), DEFAULTS.intervalAfter(1));
        assertEquals(Duration.ofSeconds(3), DEFAULTS.intervalAfter(2));
        assertEquals(Duration.ofMillis(4500), DEFAULTS.intervalAfter(3));
        assertEquals(Duration.ofMillis(6750), DEFAULTS.intervalAfter(4));
        assertEquals(Duration.ofNanos(22_781_250_000L), DEFAULTS.intervalAfter(7));
        assertEquals(Duration.ofSeconds(30), DEFAULTS.intervalAfter(8));
    }

    @Test
    void multiplierOneKeepsTheIntervalConstant() {
        WaitOptions constant = DEFAULTS.withMultiplier(1);
        assertEquals(Duration.ofSeconds(2), constant.intervalAfter(1));
        assertEquals(Duration.ofSeconds(2), constant.intervalAfter(50));
    }

    @Test
    void aLongerIntervalRaisesTheCapAndAShorterOneKeepsIt() {
        WaitOptions longer = DEFAULTS.withInterval(Duration.ofMinutes(1));
        assertEquals(Duration.ofMinutes(1), longer.maxInterval());
        assertEquals(Duration.ofMinutes(1), longer.intervalAfter(3));
        assertEquals(
                Duration.ofSeconds(30),
                DEFAULTS.withInterval(Duration.ofMillis(1)).maxInterval());
    }

    @Test
    void eachWithReturnsNewOptionsAndLeavesTheOriginal() {
        WaitOptions changed = DEFAULTS.withTimeout(Duration.ofSeconds(5));
        assertEquals(Duration.ofSeconds(5), changed.timeout());
        assertEquals(Duration.ofMinutes(10), DEFAULTS.timeout());
        assertEquals(DEFAULTS.interval(), changed.interval());
        assertEquals(DEFAULTS.multiplier(), changed.multiplier());
        assertEquals(DEFAULTS.maxInterval(), changed.maxInterval());
    }

    @Test
    void timeoutAndIntervalMustBeAtLeastOneMillisecond() {
        assertEquals(
                "timeout must be at least 1 ms, got null",
                assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withTimeout(null))
                        .getMessage());
        assertEquals(
                "timeout must be at least 1 ms, got PT0S",
                assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withTimeout(Duration.ZERO))
                        .getMessage());
        assertEquals(
                "interval must be at least 1 ms, got PT-1S",
                assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withInterval(Duration.ofSeconds(-1)))
                        .getMessage());
        assertEquals(
                "interval must be at least 1 ms, got PT0.000999999S",
                assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withInterval(Duration.ofNanos(999_999)))
                        .getMessage());
        assertEquals(
                Duration.ofMillis(1), DEFAULTS.withTimeout(Duration.ofMillis(1)).timeout());
        assertEquals(
                Duration.ofMillis(1),
                DEFAULTS.withInterval(Duration.ofMillis(1)).interval());
    }

    @Test
    void maxIntervalMustNotBeShorterThanTheInterval() {
        assertEquals(
                "maxInterval must be at least the interval (PT2S), got PT1S",
                assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withMaxInterval(Duration.ofSeconds(1)))
                        .getMessage());
        assertEquals(
                "maxInterval must be at least the interval (PT2S), got null",
                assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withMaxInterval(null))
                        .getMessage());
        assertEquals(
                Duration.ofSeconds(2),
                DEFAULTS.withMaxInterval(Duration.ofSeconds(2)).maxInterval());
    }

    @Test
    void multiplierMustBeBetweenOneAndTen() {
        for (double bad : new double[] {0.99, 10.01, Double.NaN, Double.POSITIVE_INFINITY, -2}) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withMultiplier(bad));
            assertEquals("multiplier must be between 1 and 10, got " + bad, e.getMessage());
        }
        assertEquals(10.0, DEFAULTS.withMultiplier(10).multiplier());
        assertEquals(1.0, DEFAULTS.withMultiplier(1).multiplier());
    }

    @Test
    void equalOptionsAreEqualAndHashAlike() {
        WaitOptions a = DEFAULTS.withTimeout(Duration.ofSeconds(90)).withMultiplier(2);
        WaitOptions b = DEFAULTS.withMultiplier(2).withTimeout(Duration.ofSeconds(90));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(DEFAULTS, DEFAULTS.withTimeout(Duration.ofMinutes(10)));
        assertNotEquals(a, a.withTimeout(Duration.ofSeconds(91)));
        assertNotEquals(a, a.withMultiplier(2.5));
        assertNotEquals(a, a.withInterval(Duration.ofSeconds(3)));
        assertNotEquals(a, a.withMaxInterval(Duration.ofSeconds(31)));
        assertNotEquals(a, "WaitOptions");
        assertEquals("WaitOptions{interval=PT2S, multiplier=2.0, maxInterval=PT30S, timeout=PT1M30S}", a.toString());
    }
}
