package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalwire.core.internal.ApiExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
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
        assertEquals(64, inFlightAtOnce(null, 70));
    }

    @Test
    void theLimitsCapTheCallsInFlight() throws Exception {
        assertEquals(3, inFlightAtOnce(ConcurrencyLimits.of(10, 3), 8));
    }

    /** Starts {@code calls} async calls whose answers are held back, and counts how many reach the server. */
    private int inFlightAtOnce(ConcurrencyLimits limits, int calls) throws Exception {
        for (int i = 0; i < calls; i++) {
            server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body("{}").headersDelay(1, TimeUnit.SECONDS).build());
        }
        TestClient builder = new TestClient().apiKey("sk-limits-key").baseUrl(server.url("/").toString());
        if (limits != null) {
            builder.concurrencyLimits(limits);
        }
        List<CompletableFuture<ApiResponse<JsonNode>>> futures = new ArrayList<>();
        int reached = 0;
        try (ApiExecutor executor = builder.build()) {
            for (int i = 0; i < calls; i++) {
                futures.add(executor.executeAsync(request(), json -> json, RequestOptions.none()));
            }
            while (server.takeRequest(300, TimeUnit.MILLISECONDS) != null) {
                reached++;
                if (reached == calls) {
                    break;
                }
            }
            for (CompletableFuture<ApiResponse<JsonNode>> future : futures) {
                future.cancel(true);
            }
        }
        return reached;
    }

    @Test
    void limitsWithAUsersClientAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TestClient().apiKey("sk-limits-key").okHttpClient(new OkHttpClient())
                        .concurrencyLimits(ConcurrencyLimits.defaults()).build());
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
        assertEquals(ConcurrencyLimits.of(1, 1).hashCode(), ConcurrencyLimits.of(1, 1).hashCode());
        assertEquals("ConcurrencyLimits{maxRequests=64, maxRequestsPerHost=64}",
                ConcurrencyLimits.defaults().toString());
    }
}
