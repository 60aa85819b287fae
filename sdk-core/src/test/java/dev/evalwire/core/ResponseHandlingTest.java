package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.ApiRequest;
import dev.evalwire.core.testing.RecordingSleeper;
import java.io.IOException;
import java.util.Collections;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Successful bodies that are not the promised JSON become InvalidResponseException; no response is left open. */
class ResponseHandlingTest {

    private final MockWebServer server = new MockWebServer();
    private final ConnectionPool pool = new ConnectionPool();
    private final OkHttpClient shared =
            new OkHttpClient.Builder().connectionPool(pool).build();
    private ApiExecutor executor;

    @BeforeEach
    void start() throws IOException {
        server.start();
        executor = new TestClient()
                .apiKey("sk-test-key")
                .baseUrl(server.url("/").toString())
                .okHttpClient(shared)
                .sleeper(new RecordingSleeper())
                .maxResponseBytes(64 * 1024)
                .build();
    }

    @AfterEach
    void stop() {
        executor.close();
        server.close();
        shared.dispatcher().executorService().shutdown();
        pool.evictAll();
    }

    private ApiResponse<JsonNode> call() {
        return executor.execute(
                ApiRequest.builder("PATCH")
                        .path("evaluators")
                        .pathParam("id", "e1")
                        .body(Collections.singletonMap("name", "x"))
                        .build(),
                json -> {
                    if (!json.isObject()) {
                        throw new IllegalArgumentException("expected an object but got " + json.getNodeType());
                    }
                    return json;
                },
                RequestOptions.none());
    }

    private InvalidResponseException invalid(MockResponse response) {
        server.enqueue(response);
        return assertThrows(InvalidResponseException.class, this::call);
    }

    @Test
    void requestCarriesJsonHeadersAndExactBody() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .addHeader("x-request-id", "req_1")
                .body("{\"id\":\"e1\",\"unknown\":[1]}")
                .build());
        ApiResponse<JsonNode> response = call();
        RecordedRequest request = server.takeRequest();
        assertEquals("PATCH", request.getMethod());
        assertEquals("application/json", request.getHeaders().get("Content-Type"));
        assertEquals("application/json", request.getHeaders().get("Accept"));
        assertEquals("{\"name\":\"x\"}", request.getBody().utf8());
        assertEquals("req_1", response.requestId());
        assertEquals("{\"id\":\"e1\",\"unknown\":[1]}", response.rawBody());
        assertEquals("[1]", response.body().get("unknown").toString());
    }

    @Test
    void nullOptionsAreRefusedBeforeAnyRequest() {
        ApiRequest request = ApiRequest.builder("PATCH")
                .path("evaluators")
                .pathParam("id", "e1")
                .body(Collections.singletonMap("name", "x"))
                .build();
        assertEquals(
                "options",
                assertThrows(NullPointerException.class, () -> executor.execute(request, json -> json, null))
                        .getMessage());
        assertEquals(
                "options",
                assertThrows(NullPointerException.class, () -> executor.executeAsync(request, json -> json, null))
                        .getMessage());
        assertEquals(
                "options",
                assertThrows(NullPointerException.class, () -> executor.executeAsyncBody(request, json -> json, null))
                        .getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void malformedJsonIsInvalid() {
        InvalidResponseException e = invalid(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body("{\"id\": ")
                .build());
        assertEquals("HTTP 200 response could not be read: the body is not valid JSON", e.getMessage());
        assertEquals("{\"id\": ", e.rawBody());
    }

    @Test
    void trailingGarbageIsInvalid() {
        invalid(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body("{\"id\":\"e1\"} trailing")
                .build());
    }

    @Test
    void htmlPageIsInvalidEvenWithStatus200() {
        InvalidResponseException e = invalid(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "text/html")
                .body("<html>login</html>")
                .build());
        assertEquals(
                "HTTP 200 response could not be read: expected a JSON body but the Content-Type is 'text/html'",
                e.getMessage());
        assertEquals(200, e.status());
    }

    @Test
    void emptyBodyIsInvalid() {
        InvalidResponseException e = invalid(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .build());
        assertTrue(e.getMessage().endsWith("the body is empty"), e.getMessage());
    }

    @Test
    void jsonOfTheWrongShapeIsInvalid() {
        InvalidResponseException e = invalid(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body("[1,2]")
                .build());
        assertTrue(e.getMessage().endsWith("expected an object but got ARRAY"), e.getMessage());
    }

    @Test
    void bodyLargerThanTheLimitIsInvalidAndNotRetried() {
        StringBuilder big = new StringBuilder("{\"x\":\"");
        for (int i = 0; i < 100_000; i++) {
            big.append('y');
        }
        InvalidResponseException e = invalid(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body(big.append("\"}").toString())
                .build());
        assertTrue(e.getMessage().contains("larger than the limit of 65536 bytes"), e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void everyResponseBodyIsClosedWhateverTheOutcome() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body("{}")
                .build());
        server.enqueue(new MockResponse.Builder()
                .code(404)
                .addHeader("Content-Type", "application/json")
                .body("{\"detail\":\"Not found.\"}")
                .build());
        server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body("{}")
                .build());
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "text/html")
                .body("<html/>")
                .build());
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body("not json")
                .build());
        call();
        assertThrows(NotFoundException.class, this::call);
        call();
        assertThrows(InvalidResponseException.class, this::call);
        assertThrows(InvalidResponseException.class, this::call);
        assertEquals(6, server.getRequestCount());
        assertTrue(pool.connectionCount() >= 1);
        assertEquals(
                pool.connectionCount(),
                pool.idleConnectionCount(),
                "a connection is still in use: some response body was not closed");
    }
}
