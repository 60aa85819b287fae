package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.ApiRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No secret reaches an exception's cause chain, a stack trace's text, or the {@code toString()} of a response,
 * when the server echoes the API key or a request's secret value: in an unparseable 200 body, in a broken status
 * line, and in a well-formed body.
 */
class CauseChainSecretsTest {

    private static final String KEY = "sk_cause_chain_key_7a41e0";
    private static final String SECRET = "cs_request_secret_93bd";

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aParseErrorQuotingTheKeyOrASecretDoesNotLeakThroughTheCause() {
        server.enqueue(json("{\"name\": " + KEY + " " + SECRET + "}"));
        server.enqueue(json(SECRET + " trailing"));
        try (ApiExecutor executor = client(server.url("/").toString())) {
            for (int i = 0; i < 2; i++) {
                InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> call(executor));
                assertNoSecret(e);
                assertTrue(
                        stackTrace(e).contains("com.fasterxml.jackson.core.JsonParseException"),
                        "the stand-in names the original class: " + stackTrace(e));
            }
        }
    }

    @Test
    void aBrokenStatusLineEchoingTheKeyDoesNotLeakThroughTheCause() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> answer =
                    CompletableFuture.runAsync(() -> answerOnce(socket, "HTTP/1.1 2OO " + KEY + "\r\n\r\n"));
            try (ApiExecutor executor = client("http://127.0.0.1:" + socket.getLocalPort())) {
                ApiConnectionException e = assertThrows(ApiConnectionException.class, () -> call(executor));
                assertNoSecret(e);
                assertTrue(stackTrace(e).contains("java.net.ProtocolException"), stackTrace(e));
            }
            answer.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aCauseWithoutSecretsIsKeptAsItIs() {
        IllegalStateException clean = new IllegalStateException("nothing secret");
        try (ApiExecutor executor = new TestClient()
                .apiKey(KEY)
                .baseUrl("https://api.example.invalid")
                .transport(InterruptTest.throwing(clean))
                .build()) {
            assertEquals(
                    clean,
                    assertThrows(ApiConnectionException.class, () -> call(executor))
                            .getCause());
        }
    }

    @Test
    void aLibraryCauseWithASecretDeepInItsChainIsReplacedWhole() {
        IOException deep = new IOException("outer", new IllegalStateException("inner " + KEY));
        deep.addSuppressed(new RuntimeException("suppressed " + SECRET));
        try (ApiExecutor executor = new TestClient()
                .apiKey(KEY)
                .baseUrl("https://api.example.invalid")
                .sleeper(duration -> {})
                .maxRetries(0)
                .transport(InterruptTest.throwing(deep))
                .build()) {
            ApiConnectionException e = assertThrows(ApiConnectionException.class, () -> call(executor));
            assertNoSecret(e);
            String trace = stackTrace(e);
            assertTrue(trace.contains("java.io.IOException: outer"), trace);
            assertTrue(trace.contains("java.lang.IllegalStateException: inner [REDACTED]"), trace);
            assertTrue(trace.contains("Suppressed: java.lang.RuntimeException: suppressed [REDACTED]"), trace);
            assertEquals(
                    Arrays.asList(deep.getStackTrace()),
                    Arrays.asList(e.getCause().getStackTrace()));
        }
    }

    @Test
    void printedResponsesMaskEchoedSecretsAndSecretFields() {
        server.enqueue(json("{\"name\":\"" + KEY + "\",\"note\":\"" + SECRET + "\","
                + "\"custom_secrets\":{\"OPENAI\":\"stored-value-not-in-request\"}}"));
        try (ApiExecutor executor = client(server.url("/").toString())) {
            ApiResponse<Echo> response = executor.execute(request(), Echo::new, RequestOptions.none());
            for (String printed :
                    new String[] {response.toString(), response.body().toString()}) {
                assertFalse(printed.contains(KEY), printed);
                assertFalse(printed.contains(SECRET), printed);
                assertFalse(printed.contains("stored-value-not-in-request"), printed);
                assertTrue(printed.contains("\"OPENAI\":\"[REDACTED]\""), printed);
            }
            assertEquals(KEY, response.body().rawField("name").asText(), "the data itself is untouched");
        }
        Echo outsideACall = new Echo((ObjectNode) response("{\"name\":\"" + KEY + "\"}"));
        assertTrue(outsideACall.toString().contains(KEY), "only the secrets of the call it came from are known");
    }

    private static JsonNode response(String json) {
        try {
            return dev.evalwire.core.internal.json.JsonMapperFactory.shared().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A response type like the vendors': an {@link ApiObject} over the JSON it was read from. */
    static final class Echo extends ApiObject {
        Echo(JsonNode json) {
            super((ObjectNode) json, new HashSet<>(Arrays.asList("name", "note")), Collections.<String>emptySet());
        }
    }

    private static void assertNoSecret(Throwable e) {
        String trace = stackTrace(e);
        assertFalse(trace.contains(KEY), trace);
        assertFalse(trace.contains(SECRET), trace);
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(KEY), t.toString());
            assertFalse(String.valueOf(t.getMessage()).contains(SECRET), t.toString());
        }
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private static void answerOnce(ServerSocket socket, String response) {
        try (Socket client = socket.accept()) {
            InputStream in = client.getInputStream();
            byte[] buffer = new byte[8192];
            int read = in.read(buffer);
            assertTrue(read > 0);
            OutputStream out = client.getOutputStream();
            out.write(response.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ApiExecutor client(String baseUrl) {
        return new TestClient().apiKey(KEY).baseUrl(baseUrl).maxRetries(0).build();
    }

    private static ApiResponse<JsonNode> call(ApiExecutor executor) {
        return executor.execute(request(), json -> json, RequestOptions.none());
    }

    private static ApiRequest request() {
        return ApiRequest.builder("PUT")
                .path("items")
                .pathParam("id", "i1")
                .body(Collections.singletonMap("name", "n"))
                .secrets(Collections.singletonList(SECRET))
                .build();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }
}
