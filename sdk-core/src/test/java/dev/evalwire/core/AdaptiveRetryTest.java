package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.testing.RecordingSleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/**
 * Adaptive retry mode through a client, on a fixed clock: after a 429 every attempt of the client, sync and async,
 * waits for a token at the cut rate (recorded by the sleeper), on top of the {@code Retry-After} the 429 asked for;
 * the standard mode never paces.
 */
class AdaptiveRetryTest extends MockServerCalls {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

    private final RecordingSleeper sleeper = new RecordingSleeper();

    @Test
    void after429EveryAttemptOfTheClientIsPaced() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "1")
                .build());
        for (int i = 0; i < 3; i++) {
            server.enqueue(ok());
        }
        try (ApiExecutor executor = client(RetryPolicy.adaptive())) {
            call(executor);
            executor.executeAsync(request(), json -> json, RequestOptions.none())
                    .get(10, TimeUnit.SECONDS);
            call(executor);
        }
        // One attempt sent within the first 100 ms: 10/s measured, cut to 8/s, so a token every 1/8 s, reserved.
        assertEquals(
                Arrays.asList(1000L, 125L, 250L, 375L),
                millis(sleeper),
                "Retry-After, then one token wait per attempt");
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void theStandardModeNeverPaces() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "1")
                .build());
        server.enqueue(ok());
        server.enqueue(ok());
        try (ApiExecutor executor = client(RetryPolicy.defaults())) {
            call(executor);
            call(executor);
        }
        assertEquals(Collections.singletonList(Duration.ofSeconds(1)), sleeper.sleeps());
        assertTrue(
                !RetryPolicy.defaults().isAdaptive() && RetryPolicy.adaptive().isAdaptive());
    }

    private ApiExecutor client(RetryPolicy policy) {
        return new TestClient()
                .apiKey("sk-adaptive-key")
                .baseUrl(server.url("/").toString())
                .retryPolicy(policy)
                .sleeper(sleeper)
                .clock(FIXED)
                .build();
    }

    private static List<Long> millis(RecordingSleeper sleeper) {
        List<Long> millis = new ArrayList<>();
        for (Duration sleep : sleeper.sleeps()) {
            millis.add(sleep.toMillis());
        }
        return millis;
    }
}
