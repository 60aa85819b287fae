package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalwire.core.http.HttpCall;
import dev.evalwire.core.http.HttpRequest;
import dev.evalwire.core.http.HttpResponse;
import dev.evalwire.core.http.HttpTransport;
import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.ApiRequest;
import dev.evalwire.core.testing.RecordingSleeper;
import java.io.IOException;
import java.util.Collections;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** Async calls complete with the same results and exceptions as sync ones, and cancelling cancels the HTTP call. */
class AsyncTest {

    private static ApiRequest request() {
        return ApiRequest.builder("PATCH")
                .path("evaluators")
                .pathParam("id", "e1")
                .body(Collections.singletonMap("starred", true))
                .build();
    }

    @Test
    void asyncCallCompletesWithTheTypedBodyAfterARetry() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().code(503).build());
            server.enqueue(new MockResponse.Builder()
                    .code(200)
                    .addHeader("Content-Type", "application/json")
                    .body("{\"id\":\"e1\"}")
                    .build());
            RecordingSleeper sleeper = new RecordingSleeper();
            try (ApiExecutor executor = new TestClient()
                    .apiKey("sk-test-key")
                    .baseUrl(server.url("/").toString())
                    .sleeper(sleeper)
                    .build()) {
                ApiResponse<JsonNode> response = executor.executeAsync(request(), json -> json, RequestOptions.none())
                        .get(10, TimeUnit.SECONDS);
                assertEquals("e1", response.body().get("id").asText());
                assertEquals(1, sleeper.sleeps().size());
                assertEquals(
                        "{\"starred\":true}", server.takeRequest().getBody().utf8());
            }
        }
    }

    @Test
    void asyncFailureCompletesExceptionallyWithTheTypedException() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder()
                    .code(404)
                    .addHeader("Content-Type", "application/json")
                    .body("{\"detail\":\"Not found.\"}")
                    .build());
            try (ApiExecutor executor = new TestClient()
                    .apiKey("sk-test-key")
                    .baseUrl(server.url("/").toString())
                    .build()) {
                CompletableFuture<ApiResponse<JsonNode>> future =
                        executor.executeAsync(request(), json -> json, RequestOptions.none());
                ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
                assertInstanceOf(NotFoundException.class, e.getCause());
                assertEquals("Not found.", ((NotFoundException) e.getCause()).serverMessage());
            }
        }
    }

    /** A transport whose call blocks until cancelled, recording the cancellation. */
    static final class BlockingTransport implements HttpTransport {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch cancelled = new CountDownLatch(1);

        @Override
        public HttpCall newCall(HttpRequest request) {
            return new HttpCall() {
                @Override
                public HttpResponse execute() throws IOException {
                    started.countDown();
                    try {
                        cancelled.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IOException("Canceled");
                }

                @Override
                public void cancel() {
                    cancelled.countDown();
                }
            };
        }

        @Override
        public void close() {}
    }

    @Test
    void cancellingTheFutureCancelsTheHttpCall() throws Exception {
        BlockingTransport transport = new BlockingTransport();
        RecordingSleeper sleeper = new RecordingSleeper();
        try (ApiExecutor executor = new TestClient()
                .apiKey("sk-test-key")
                .transport(transport)
                .sleeper(sleeper)
                .build()) {
            CompletableFuture<ApiResponse<JsonNode>> future =
                    executor.executeAsync(request(), json -> json, RequestOptions.none());
            assertTrue(transport.started.await(10, TimeUnit.SECONDS));
            assertTrue(future.cancel(true));
            assertTrue(transport.cancelled.await(10, TimeUnit.SECONDS), "the HTTP call was not cancelled");
            assertTrue(future.isCancelled());
            assertThrows(CancellationException.class, future::join);
            assertEquals(Collections.emptyList(), sleeper.sleeps(), "a cancelled call must not be retried");
        }
    }
}
