package dev.evalwire.fireworks;

import dev.evalwire.core.testing.RecordingSleeper;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A MockWebServer plus the client settings the wire tests share. */
final class TestServer implements AutoCloseable {

    static final String API_KEY = "fw-test-key-123";
    static final String EVALUATOR_JSON = "{\"name\":\"accounts/acme/evaluators/exact-match\","
            + "\"displayName\":\"Exact match\",\"state\":\"ACTIVE\"}";

    final MockWebServer server = new MockWebServer();
    final RecordingSleeper sleeper = new RecordingSleeper();

    TestServer() throws IOException {
        server.start();
    }

    String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    FireworksClient.Builder clientBuilder() {
        return FireworksClient.builder().apiKey(API_KEY).baseUrl(baseUrl()).sleeper(sleeper);
    }

    FireworksClient client() {
        return clientBuilder().accountId("acme").build();
    }

    void enqueueJson(int status, String body) {
        server.enqueue(new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/json")
                .addHeader("x-request-id", "req-1")
                .body(body)
                .build());
    }

    void enqueueEvaluator() {
        enqueueJson(200, EVALUATOR_JSON);
    }

    RecordedRequest take() throws InterruptedException {
        RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("no request reached the server");
        }
        return request;
    }

    @Override
    public void close() {
        server.close();
    }
}
