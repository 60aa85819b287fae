package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * OkHttp reads a timeout in whole milliseconds up to {@link Integer#MAX_VALUE}, and 0 ms as "no timeout": a
 * duration that would round down to 0 ms or overflow is refused when it is set, never when a call is made.
 */
class TimeoutBoundsTest {

    private static final Duration ONE_MS = Duration.ofMillis(1);
    private static final Duration JUST_UNDER_ONE_MS = Duration.ofNanos(999_999);
    private static final Duration MAX = Duration.ofMillis(Integer.MAX_VALUE);
    private static final Duration JUST_OVER_MAX =
            Duration.ofMillis(Integer.MAX_VALUE).plusNanos(1);
    private static final Duration ONE_MS_OVER_MAX = Duration.ofMillis(Integer.MAX_VALUE + 1L);

    @Test
    void perCallTimeoutsAreTheClientsTimeoutsType() {
        Timeouts timeouts = Timeouts.builder().call(ONE_MS).read(MAX).build();
        assertEquals(
                timeouts, RequestOptions.builder().timeouts(timeouts).build().timeouts());
    }

    @Test
    void nullPerCallTimeoutsAreRefused() {
        NullPointerException e = assertThrows(
                NullPointerException.class, () -> RequestOptions.builder().timeouts(null));
        assertEquals("timeouts", e.getMessage());
    }

    static Stream<Arguments> setters() {
        return Stream.of(
                Arguments.of("connect", (BiFunction<Timeouts.Builder, Duration, Duration>)
                        (b, d) -> b.connect(d).build().connect()),
                Arguments.of("read", (BiFunction<Timeouts.Builder, Duration, Duration>)
                        (b, d) -> b.read(d).build().read()),
                Arguments.of("write", (BiFunction<Timeouts.Builder, Duration, Duration>)
                        (b, d) -> b.write(d).build().write()),
                Arguments.of("call", (BiFunction<Timeouts.Builder, Duration, Duration>)
                        (b, d) -> b.call(d).build().call()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setters")
    void clientTimeoutsAcceptZeroAndOneMillisecondToIntegerMaxMilliseconds(
            String name, BiFunction<Timeouts.Builder, Duration, Duration> set) {
        for (Duration accepted : new Duration[] {Duration.ZERO, ONE_MS, Duration.ofSeconds(5), MAX}) {
            assertEquals(accepted, set.apply(Timeouts.builder(), accepted), name + " " + accepted);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setters")
    void clientTimeoutsOutsideTheRangeAreRefusedWithoutArithmeticException(
            String name, BiFunction<Timeouts.Builder, Duration, Duration> set) {
        for (Duration refused : new Duration[] {
            Duration.ofNanos(1),
            JUST_UNDER_ONE_MS,
            Duration.ofNanos(-1),
            Duration.ofMillis(-1),
            JUST_OVER_MAX,
            ONE_MS_OVER_MAX,
            Duration.ofSeconds(Long.MAX_VALUE),
            Duration.ofSeconds(Long.MIN_VALUE)
        }) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class, () -> set.apply(Timeouts.builder(), refused), name + " " + refused);
            assertEquals(
                    name + " timeout must be 0 (no timeout) or between 1 ms and 2147483647 ms, was " + refused,
                    e.getMessage());
        }
        NullPointerException e = assertThrows(NullPointerException.class, () -> set.apply(Timeouts.builder(), null));
        assertEquals(name + " timeout", e.getMessage());
    }

    @Test
    void toBuilderKeepsAcceptedExtremes() {
        Timeouts extremes = Timeouts.builder()
                .connect(ONE_MS)
                .read(MAX)
                .write(Duration.ZERO)
                .call(MAX)
                .build();
        assertEquals(extremes, extremes.toBuilder().build());
        assertTrue(extremes.toString().contains("read=" + MAX), extremes.toString());
    }

    @Test
    void defaultsAndEquality() {
        Timeouts defaults = Timeouts.defaults();
        assertEquals(Duration.ofSeconds(10), defaults.connect());
        assertEquals(Duration.ofSeconds(60), defaults.read());
        assertEquals(Duration.ofSeconds(60), defaults.write());
        assertEquals(Duration.ofSeconds(120), defaults.call());
        assertEquals(defaults, Timeouts.builder().build());
        assertEquals(defaults.hashCode(), Timeouts.builder().build().hashCode());
        assertNotEquals(defaults, Timeouts.builder().connect(ONE_MS).build());
        assertNotEquals(defaults, Timeouts.builder().read(ONE_MS).build());
        assertNotEquals(defaults, Timeouts.builder().write(ONE_MS).build());
        assertNotEquals(defaults, Timeouts.builder().call(ONE_MS).build());
        assertNotEquals(
                defaults.hashCode(), Timeouts.builder().call(ONE_MS).build().hashCode());
        assertNotEquals(defaults, (Object) "Timeouts");
    }

    @Test
    void perCallOptionsKeepWhatWasSet() {
        RequestOptions none = RequestOptions.none();
        assertNull(none.timeouts());
        assertNull(none.maxRetries());
        assertTrue(none.extraHeaders().isEmpty());
        RequestOptions options = RequestOptions.builder()
                .timeouts(Timeouts.builder().call(ONE_MS).build())
                .maxRetries(0)
                .header("X-Trace", "t1")
                .build();
        assertEquals("t1", options.extraHeaders().first("X-Trace"));
        assertEquals(
                "RequestOptions{timeouts=Timeouts{connect=PT10S, read=PT1M, write=PT1M, call=PT0.001S},"
                        + " maxRetries=0, extraHeaders=" + options.extraHeaders() + "}",
                options.toString());
        assertEquals(100, RequestOptions.builder().maxRetries(100).build().maxRetries());
        for (int refused : new int[] {-1, 101}) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> RequestOptions.builder().maxRetries(refused));
            assertEquals("maxRetries must be between 0 and 100, was " + refused, e.getMessage());
        }
    }

    @Test
    void requestOptionsHaveValueEquality() {
        RequestOptions options = RequestOptions.builder()
                .timeouts(Timeouts.builder().call(ONE_MS).build())
                .maxRetries(1)
                .header("X-Trace", "t1")
                .build();
        RequestOptions same = RequestOptions.builder()
                .timeouts(Timeouts.builder().call(ONE_MS).build())
                .maxRetries(1)
                .header("x-trace", "t1")
                .build();
        assertEquals(options, same);
        assertEquals(options.hashCode(), same.hashCode());
        assertEquals(RequestOptions.none(), RequestOptions.builder().build());
        assertEquals(
                RequestOptions.none().hashCode(),
                RequestOptions.builder().build().hashCode());
        assertNotEquals(
                options,
                RequestOptions.builder()
                        .timeouts(Timeouts.builder().call(ONE_MS).build())
                        .maxRetries(2)
                        .header("X-Trace", "t1")
                        .build());
        assertNotEquals(
                options,
                RequestOptions.builder()
                        .timeouts(Timeouts.defaults())
                        .maxRetries(1)
                        .header("X-Trace", "t1")
                        .build());
        assertNotEquals(
                options,
                RequestOptions.builder()
                        .timeouts(Timeouts.builder().call(ONE_MS).build())
                        .maxRetries(1)
                        .header("X-Trace", "t2")
                        .build());
        assertNotEquals(options, (Object) "RequestOptions");
        assertNotEquals(options.hashCode(), RequestOptions.none().hashCode());
    }

    @Test
    void requestOptionsPrintNoCredential() {
        String secret = "sk-live-options-0123456789";
        RequestOptions options = RequestOptions.builder()
                .header("Authorization", "Bearer " + secret)
                .header("x-api-key", secret)
                .build();
        assertFalse(options.toString().contains(secret), options.toString());
    }
}
