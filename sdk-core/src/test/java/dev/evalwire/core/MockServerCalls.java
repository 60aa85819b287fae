package dev.evalwire.core;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.ApiRequest;
import java.io.IOException;
import java.util.Collections;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The shared frame of core tests that drive a client against a {@link MockWebServer}: the server, started and
 * closed around each test, one update call ({@code PUT /items/i1} with a small JSON body), and a 200 JSON answer.
 */
abstract class MockServerCalls {

    final MockWebServer server = new MockWebServer();

    @BeforeEach
    void startServer() throws IOException {
        server.start();
    }

    @AfterEach
    void closeServer() {
        server.close();
    }

    /** @return the update call every test makes */
    static ApiRequest request() {
        return ApiRequest.builder("PUT")
                .path("items")
                .pathParam("id", "i1")
                .body(Collections.singletonMap("name", "n"))
                .build();
    }

    /** @return the answer to {@link #request()} through {@code executor}, read as a JSON tree */
    static ApiResponse<JsonNode> call(ApiExecutor executor) {
        return executor.execute(request(), json -> json, RequestOptions.none());
    }

    /** @return a 200 answer with an empty JSON object */
    static MockResponse ok() {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body("{}")
                .build();
    }
}
