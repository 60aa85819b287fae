package dev.evalwire.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A started MockWebServer for wire tests: queues JSON answers, hands back the requests it received, and lists
 * those not yet looked at. Registered with {@code @RegisterExtension}, it closes itself and every resource given
 * to {@link #closeAfter} once each test ends. Vendor modules extend it with their key, client factory and bodies.
 */
public class WireServer implements AfterEachCallback {

    private final MockWebServer server = new MockWebServer();
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final String requestId;
    private int taken;

    /**
     * Starts the server.
     *
     * @param requestId the {@code x-request-id} header {@link #enqueue(int, String)} answers with
     * @throws UncheckedIOException if the server cannot start
     */
    public WireServer(String requestId) {
        this.requestId = requestId;
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the server's root URL, ending in {@code /} */
    public String url() {
        return server.url("/").toString();
    }

    /** Queues a JSON answer with this server's {@code x-request-id}. */
    public void enqueue(int status, String body) {
        enqueue(json(status, body).addHeader("x-request-id", requestId).build());
    }

    /** Queues a JSON answer without any {@code x-request-id} header. */
    public void enqueueWithoutRequestId(int status, String body) {
        enqueue(json(status, body).build());
    }

    /** Queues an answer as given. */
    public void enqueue(MockResponse response) {
        server.enqueue(response);
    }

    private static MockResponse.Builder json(int status, String body) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/json")
                .body(body);
    }

    /**
     * @return the next request received, waiting up to ten seconds for it
     * @throws AssertionError if none arrives
     */
    public RecordedRequest take() throws InterruptedException {
        RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("no request reached the server");
        }
        taken++;
        return request;
    }

    /**
     * @param call the request expected next, as "METHOD target"
     * @return the next request, after checking that it is {@code call}
     */
    public RecordedRequest take(String call) throws InterruptedException {
        RecordedRequest request = take();
        assertEquals(call, describe(request));
        return request;
    }

    /**
     * @param target the path and query expected
     * @return the next request, after checking that it is a GET of {@code target} with no body and no Content-Type
     */
    public RecordedRequest takeRead(String target) throws InterruptedException {
        RecordedRequest request = take("GET " + target);
        assertEquals(0L, request.getBodySize());
        assertNull(request.getHeaders().get("Content-Type"));
        return request;
    }

    /** @return "METHOD target" of every request received and not yet taken, in order */
    public List<String> calls() throws InterruptedException {
        List<String> calls = new ArrayList<>();
        for (int i = server.getRequestCount() - taken; i > 0; i--) {
            calls.add(describe(take()));
        }
        return calls;
    }

    private static String describe(RecordedRequest request) {
        return request.getMethod() + " " + request.getTarget();
    }

    /** @return how many requests the server received, taken or not */
    public int requestCount() {
        return server.getRequestCount();
    }

    /** @return {@code resource}, to be closed when the test ends */
    public <T extends AutoCloseable> T closeAfter(T resource) {
        resources.add(resource);
        return resource;
    }

    /** Closes the resources given to {@link #closeAfter}, then the server. */
    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
        server.close();
    }
}
