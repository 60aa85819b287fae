package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalwire.core.internal.ApiExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * The SDK's own OkHttp client runs as many calls at once as {@link ConcurrencyLimits} allow (64 by default, all
 * to one host; OkHttp's default of 5 per host no longer throttles a client); the rest wait in the queue. The
 * limits are refused with a user's client, and refused when out of range.
 */
class ConcurrencyLimitsTest extends MockServerCalls {

    @Test
    void byDefaultSixtyFourCallsToOneHostRunAtOnce() throws Exception {
        assertRunAtOnce(null, 70, 64);
    }

    @Test
    void theLimitsCapTheCallsInFlight() throws Exception {
        assertRunAtOnce(ConcurrencyLimits.of(10, 3), 8, 3);
    }

    /**
     * Starts {@code calls} async calls whose answers are held back: exactly {@code expected} of them reach the
     * server, the rest wait in the client's queue until the answers are released, and then all succeed.
     */
    private void assertRunAtOnce(ConcurrencyLimits limits, int calls, int expected) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                release.await(30, TimeUnit.SECONDS);
                return ok();
            }
        });
        TestClient builder =
                new TestClient().apiKey("sk-limits-key").baseUrl(server.url("/").toString());
        if (limits != null) {
            builder.concurrencyLimits(limits);
        }
        List<CompletableFuture<ApiResponse<JsonNode>>> futures = new ArrayList<>();
        try (ApiExecutor executor = builder.build()) {
            for (int i = 0; i < calls; i++) {
                futures.add(executor.executeAsync(request(), json -> json, RequestOptions.none()));
            }
            for (int i = 0; i < expected; i++) {
                assertNotNull(server.takeRequest(30, TimeUnit.SECONDS), "call " + (i + 1) + " of " + expected);
            }
            assertNull(server.takeRequest(500, TimeUnit.MILLISECONDS), "no more than " + expected + " at once");
            release.countDown();
            for (CompletableFuture<ApiResponse<JsonNode>> future : futures) {
                assertEquals(200, future.get(30, TimeUnit.SECONDS).status(), "the queued calls run later");
            }
        }
    }

    @Test
    void limitsWithAUsersClientAreRefused() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new TestClient()
                        .apiKey("sk-limits-key")
                        .okHttpClient(new OkHttpClient())
                        .concurrencyLimits(ConcurrencyLimits.defaults())
                        .build());
        assertTrue(e.getMessage().contains("set the limits on that client's Dispatcher"), e.getMessage());
    }

    @Test
    void outOfRangeLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ConcurrencyLimits.of(0, 1));
        assertThrows(IllegalArgumentException.class, () -> ConcurrencyLimits.of(100_001, 1));
        assertThrows(IllegalArgumentException.class, () -> ConcurrencyLimits.of(10, 0));
        assertThrows(IllegalArgumentException.class, () -> ConcurrencyLimits.of(10, 11));
        ConcurrencyLimits edge = ConcurrencyLimits.of(100_000, 100_000);
        assertEquals(100_000, edge.maxRequestsPerHost());
        assertEquals(ConcurrencyLimits.of(1, 1), ConcurrencyLimits.of(1, 1));
        assertEquals(
                ConcurrencyLimits.of(1, 1).hashCode(),
                ConcurrencyLimits.of(1, 1).hashCode());
        assertEquals(
                "ConcurrencyLimits{maxRequests=64, maxRequestsPerHost=64}",
                ConcurrencyLimits.defaults().toString());
    }
}
