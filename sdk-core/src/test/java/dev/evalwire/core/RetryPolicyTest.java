package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** The policy's defaults, backoff formula (with its cap and bounds), argument checks and value semantics. */
class RetryPolicyTest {

    @Test
    void defaultsAreDocumented() {
        RetryPolicy policy = RetryPolicy.defaults();
        assertEquals(2, policy.maxRetries());
        assertEquals(Duration.ofMillis(500), policy.initialBackoff());
        assertEquals(Duration.ofSeconds(8), policy.maxBackoff());
        assertEquals(0.25, policy.jitter());
        assertEquals(Duration.ofSeconds(60), policy.maxRetryAfter());
        assertEquals(new HashSet<>(Arrays.asList(408, 429, 500, 502, 503, 504)), policy.retryableStatuses());
    }

    @Test
    void jitterShortensTheDelayByUpToAQuarter() {
        RetryPolicy policy = RetryPolicy.defaults();
        assertEquals(Duration.ofMillis(1000), policy.backoff(2, 0));
        assertEquals(Duration.ofMillis(875), policy.backoff(2, 0.5));
        assertTrue(policy.backoff(2, 0.999999).compareTo(Duration.ofMillis(750)) >= 0);
        assertEquals(Duration.ofSeconds(8), policy.backoff(60, 0));
    }

    @Test
    void badSettingsAreRefusedWithTheirName() {
        assertEquals(
                "maxRetries must be between 0 and 100, was -1",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> RetryPolicy.builder().maxRetries(-1))
                        .getMessage());
        assertEquals(
                "jitter must be between 0 and 1, was NaN",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> RetryPolicy.builder().jitter(Double.NaN))
                        .getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> RetryPolicy.builder()
                        .initialBackoff(Duration.ofSeconds(10))
                        .build());
        assertThrows(
                IllegalArgumentException.class,
                () -> RetryPolicy.builder().retryableStatuses(new HashSet<>(Arrays.asList(99))));
        assertThrows(
                IllegalArgumentException.class, () -> RetryPolicy.defaults().backoff(0, 0));
    }

    @Test
    void toBuilderRoundTrips() {
        RetryPolicy policy = RetryPolicy.builder().maxRetries(5).jitter(0).build();
        assertEquals(policy, policy.toBuilder().build());
        assertEquals(policy.hashCode(), policy.toBuilder().build().hashCode());
    }

    @Test
    void theExponentialIsCappedWithoutRoundingUpAndWithoutOverflow() {
        // 13 >> 2 == 3: the exponential 3 << 2 = 12 is below the cap and must not be rounded up to it.
        RetryPolicy odd = RetryPolicy.builder()
                .initialBackoff(Duration.ofNanos(3))
                .maxBackoff(Duration.ofNanos(13))
                .jitter(0)
                .build();
        assertEquals(Duration.ofNanos(12), odd.backoff(3, 0));
        assertEquals(Duration.ofNanos(13), odd.backoff(4, 0));
        RetryPolicy policy = RetryPolicy.builder().jitter(0).build();
        assertEquals(Duration.ofSeconds(8), policy.backoff(63, 0));
        assertEquals(Duration.ofSeconds(8), policy.backoff(Integer.MAX_VALUE, 0));
        // 2 << 62 overflows to a negative number; the cap must be chosen before shifting, never after.
        RetryPolicy tiny = RetryPolicy.builder()
                .initialBackoff(Duration.ofNanos(2))
                .maxBackoff(Duration.ofNanos(5))
                .jitter(0)
                .build();
        assertEquals(Duration.ofNanos(5), tiny.backoff(63, 0));
    }

    @Test
    void randomMustBeFromZeroUpToButExcludingOne() {
        RetryPolicy policy = RetryPolicy.builder().jitter(1).build();
        assertEquals(Duration.ofMillis(500), policy.backoff(1, 0));
        assertEquals(
                "random must be in [0, 1), was 1.0",
                assertThrows(IllegalArgumentException.class, () -> policy.backoff(1, 1))
                        .getMessage());
        assertEquals(
                "random must be in [0, 1), was -0.1",
                assertThrows(IllegalArgumentException.class, () -> policy.backoff(1, -0.1))
                        .getMessage());
        assertEquals(
                "retry must be 1 or more, was 0",
                assertThrows(IllegalArgumentException.class, () -> policy.backoff(0, 0))
                        .getMessage());
    }

    @Test
    void everyBoundOfTheBuilderIsInclusive() {
        assertEquals(0, RetryPolicy.builder().maxRetries(0).build().maxRetries());
        assertEquals(100, RetryPolicy.builder().maxRetries(100).build().maxRetries());
        assertEquals(
                "maxRetries must be between 0 and 100, was 101",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> RetryPolicy.builder().maxRetries(101))
                        .getMessage());
        assertEquals(0.0, RetryPolicy.builder().jitter(0).build().jitter());
        assertEquals(1.0, RetryPolicy.builder().jitter(1).build().jitter());
        assertEquals(
                "jitter must be between 0 and 1, was -0.01",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> RetryPolicy.builder().jitter(-0.01))
                        .getMessage());
        assertEquals(
                "jitter must be between 0 and 1, was 1.01",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> RetryPolicy.builder().jitter(1.01))
                        .getMessage());
        assertEquals(
                new HashSet<>(Arrays.asList(100, 599)),
                RetryPolicy.builder()
                        .retryableStatuses(new HashSet<>(Arrays.asList(100, 599)))
                        .build()
                        .retryableStatuses());
        for (Integer status : new Integer[] {99, 600, null}) {
            assertEquals(
                    "retryable statuses must be HTTP statuses 100..599, got " + status,
                    assertThrows(
                                    IllegalArgumentException.class,
                                    () -> RetryPolicy.builder().retryableStatuses(Collections.singleton(status)))
                            .getMessage());
        }
        Duration same = Duration.ofSeconds(3);
        assertEquals(
                same,
                RetryPolicy.builder()
                        .initialBackoff(same)
                        .maxBackoff(same)
                        .build()
                        .maxBackoff());
        assertEquals(
                "initialBackoff (PT3.000000001S) must not be longer than maxBackoff (PT3S)",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> RetryPolicy.builder()
                                        .initialBackoff(same.plusNanos(1))
                                        .maxBackoff(same)
                                        .build())
                        .getMessage());
        assertEquals(
                "maxRetryAfter must not be negative, was PT-0.001S",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> RetryPolicy.builder().maxRetryAfter(Duration.ofMillis(-1)))
                        .getMessage());
    }

    @Test
    void policiesAreEqualExactlyWhenEverySettingIs() {
        RetryPolicy policy = RetryPolicy.defaults();
        assertEquals(policy, policy);
        assertEquals(policy, RetryPolicy.builder().build());
        assertNotEquals(policy, null);
        assertNotEquals(policy, "RetryPolicy");
        RetryPolicy.Builder[] changed = {
            RetryPolicy.builder().maxRetries(3),
            RetryPolicy.builder().jitter(0.5),
            RetryPolicy.builder().initialBackoff(Duration.ofMillis(400)),
            RetryPolicy.builder().maxBackoff(Duration.ofSeconds(9)),
            RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(61)),
            RetryPolicy.builder().retryableStatuses(Collections.singleton(503)),
        };
        for (RetryPolicy.Builder builder : changed) {
            RetryPolicy other = builder.build();
            assertNotEquals(policy, other, other.toString());
            assertNotEquals(policy.hashCode(), other.hashCode(), other.toString());
        }
    }

    @Test
    void toStringNamesEverySetting() {
        assertEquals(
                "RetryPolicy{maxRetries=2, initialBackoff=PT0.5S, maxBackoff=PT8S, jitter=0.25,"
                        + " maxRetryAfter=PT1M, retryableStatuses=[408, 429, 500, 502, 503, 504], adaptive=false}",
                RetryPolicy.defaults().toString());
    }
}
