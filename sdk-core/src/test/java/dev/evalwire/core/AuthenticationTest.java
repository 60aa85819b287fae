package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.ApiRequest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bearer and x-api-key strategies put exactly their header on the wire and refuse bad keys at build time. */
class AuthenticationTest {

    private static final String KEY = "sk-test-0123456789";

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RecordedRequest send(TestClient builder) throws InterruptedException {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body("{}")
                .build());
        try (ApiExecutor executor = builder.baseUrl(server.url("/").toString()).build()) {
            executor.execute(
                    ApiRequest.builder("PATCH")
                            .path("things")
                            .pathParam("id", "t1")
                            .body(java.util.Collections.singletonMap("a", 1))
                            .build(),
                    json -> json,
                    RequestOptions.none());
        }
        return server.takeRequest();
    }

    @Test
    void bearerSendsAuthorizationHeaderOnly() throws Exception {
        RecordedRequest request = send(new TestClient().apiKey(KEY));
        assertEquals("Bearer " + KEY, request.getHeaders().get("Authorization"));
        assertNull(request.getHeaders().get("x-api-key"));
    }

    @Test
    void apiKeyHeaderSendsXApiKeyAndVendorHeadersButNoAuthorization() throws Exception {
        RecordedRequest request = send(new TestClient(true).apiKey(KEY).header("x-selected-account-id", "acct_1"));
        assertEquals(KEY, request.getHeaders().get("x-api-key"));
        assertEquals("acct_1", request.getHeaders().get("x-selected-account-id"));
        assertNull(request.getHeaders().get("Authorization"));
    }

    @Test
    void userAgentNamesSdkVendorAndJava() throws Exception {
        RecordedRequest request = send(new TestClient().apiKey(KEY));
        String expected = "evalwire-java/0.1.0-SNAPSHOT (test) Java/" + System.getProperty("java.version");
        assertEquals(expected, request.getHeaders().get("User-Agent"));
    }

    @Test
    void missingKeyNamesTheEnvironmentVariable() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Authentication.bearer(null, "PRIME_API_KEY"));
        assertEquals(
                "API key is missing: set the PRIME_API_KEY environment variable or pass the key to the"
                        + " client builder's apiKey(...)",
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "   \n "})
    void blankKeysAreRefused(String key) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Authentication.apiKeyHeader("x-api-key", key, "SGP_API_KEY"));
        assertTrue(e.getMessage().startsWith("API key is empty or only whitespace"), e.getMessage());
        assertTrue(e.getMessage().contains("SGP_API_KEY"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sk-abc\r\nX-Evil: 1", "sk-abc\n", "sk-\u00e9t\u00e9", "sk-\u0000"})
    void keysThatWouldBreakTheHeaderAreRefusedWithoutEchoingThem(String key) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Authentication.bearer(key, "FIREWORKS_API_KEY"));
        assertTrue(e.getMessage().contains("FIREWORKS_API_KEY"), e.getMessage());
        assertFalse(e.getMessage().contains("sk-"), "the message must not quote the key: " + e.getMessage());
    }

    @Test
    void keyWithSurroundingWhitespaceIsRefused() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Authentication.bearer(" " + KEY, "PRIME_API_KEY"));
        assertTrue(e.getMessage().startsWith("API key starts or ends with whitespace"), e.getMessage());
    }

    @Test
    void clientBuildFailsBeforeAnyCallWhenKeyIsMissing() {
        assertThrows(IllegalArgumentException.class, () -> new TestClient().build());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void extraHeaderWithLineBreakIsRefusedAtBuilderTime() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new TestClient().header("x-selected-account-id", "a\r\nb"));
        assertTrue(e.getMessage().contains("line break"), e.getMessage());
    }

    @Test
    void toStringNeverShowsTheKey() {
        assertEquals(
                "Authentication{Authorization: [REDACTED]}",
                Authentication.bearer(KEY, "K").toString());
        assertEquals(
                "Authentication{x-api-key: [REDACTED]}",
                Authentication.apiKeyHeader("x-api-key", KEY, "K").toString());
    }

    @Test
    void noPublicMethodGivesTheKeyBack() throws Exception {
        for (Authentication auth : new Authentication[] {
            Authentication.bearer(KEY, "V"), Authentication.apiKeyHeader("x-api-key", KEY, "V")
        }) {
            for (Method method : Authentication.class.getDeclaredMethods()) {
                if (Modifier.isStatic(method.getModifiers()) || !Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                Object[] arguments = new Object[method.getParameterCount()];
                if (method.getParameterCount() == 1 && method.getParameterTypes()[0] == HttpHeaders.Builder.class) {
                    HttpHeaders.Builder headers = HttpHeaders.builder();
                    arguments[0] = headers;
                    method.invoke(auth, arguments);
                    assertFalse(headers.build().asMap().toString().contains(KEY), method.getName() + " gave the key");
                    continue;
                }
                if (method.getParameterCount() > 0) {
                    continue;
                }
                Object result = method.invoke(auth);
                assertFalse(String.valueOf(result).contains(KEY), method.getName() + "() gave the key back");
            }
        }
    }
}
