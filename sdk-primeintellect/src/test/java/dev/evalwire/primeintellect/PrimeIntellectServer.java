package dev.evalwire.primeintellect;

import dev.evalwire.core.RetryPolicy;
import dev.evalwire.core.Sleeper;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A MockWebServer and the evaluation bodies the read, modify and wait tests share. */
final class PrimeIntellectServer implements AutoCloseable {

    static final String KEY = "pi-test-key-0123456789";
    static final String PATH = "/api/v1/evaluations/eval_1";

    final MockWebServer server = new MockWebServer();
    private int taken;

    PrimeIntellectServer() throws IOException {
        server.start();
    }

    /** @return a client of this server that never retries on its own, with the given sleeper and clock */
    PrimeIntellectClient client(Sleeper sleeper, Clock clock) {
        return PrimeIntellectClient.builder()
                .apiKey(KEY)
                .baseUrl(server.url("/").toString())
                .retryPolicy(RetryPolicy.none())
                .sleeper(sleeper)
                .clock(clock)
                .build();
    }

    /** @return an evaluation record with the given status, modification time and tags */
    static String evaluation(String status, String updatedAt, String tags) {
        return "{\"evaluation_id\":\"eval_1\",\"name\":\"gsm8k\",\"status\":\"" + status + "\",\"eval_type\":\"suite\","
                + "\"total_samples\":10,\"created_at\":\"2025-05-01T10:00:00Z\",\"updated_at\":\"" + updatedAt + "\","
                + "\"tags\":" + tags + ",\"error_message\":null}";
    }

    /** @return a record in {@code status}, otherwise fixed */
    static String inStatus(String status) {
        return evaluation(status, "2025-05-01T11:00:00Z", "[]");
    }

    void enqueue(int status, String body) {
        server.enqueue(new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/json")
                .addHeader("x-request-id", "req_pi")
                .body(body)
                .build());
    }

    RecordedRequest take() throws InterruptedException {
        RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("no request reached the server");
        }
        taken++;
        return request;
    }

    /** @return "METHOD target" of every request received and not yet taken, in order */
    List<String> calls() throws InterruptedException {
        List<String> calls = new ArrayList<>();
        for (int i = server.getRequestCount() - taken; i > 0; i--) {
            RecordedRequest request = take();
            calls.add(request.getMethod() + " " + request.getTarget());
        }
        return calls;
    }

    @Override
    public void close() {
        server.close();
    }
}
