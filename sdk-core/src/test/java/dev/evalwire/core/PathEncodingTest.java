package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.ApiRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A hostile id is always exactly one path segment: it can change neither the path nor the query. */
class PathEncodingTest {

    private final MockWebServer server = new MockWebServer();
    private ApiExecutor executor;

    @BeforeEach
    void start() throws IOException {
        server.start();
        executor = new TestClient()
                .apiKey("sk-test-key")
                .baseUrl(server.url("/base").toString())
                .build();
    }

    @AfterEach
    void stop() {
        executor.close();
        server.close();
    }

    static Stream<Arguments> hostileIds() {
        return Stream.of(
                Arguments.of("a/b", "/base/evaluations/a%2Fb/"),
                Arguments.of("../../admin", "/base/evaluations/..%2F..%2Fadmin/"),
                Arguments.of("x?prepareCodeUpload=true", "/base/evaluations/x%3FprepareCodeUpload%3Dtrue/"),
                Arguments.of("x#frag", "/base/evaluations/x%23frag/"),
                Arguments.of("%2F", "/base/evaluations/%252F/"),
                Arguments.of("a b", "/base/evaluations/a%20b/"),
                Arguments.of("a..b", "/base/evaluations/a..b/"),
                Arguments.of("\u00e9val\u2603", "/base/evaluations/%C3%A9val%E2%98%83/"),
                Arguments.of("evl_abc123:2", "/base/evaluations/evl_abc123%3A2/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileIds")
    void idBecomesOneEncodedSegment(String id, String expectedPath) throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body("{}")
                .build());
        executor.execute(
                ApiRequest.builder("PATCH")
                        .path("evaluations")
                        .pathParam("evaluation_id", id)
                        .trailingSlash()
                        .query("flag", "a b&c")
                        .body(java.util.Collections.emptyMap())
                        .build(),
                json -> json,
                RequestOptions.none());
        RecordedRequest request = server.takeRequest();
        assertEquals(expectedPath + "?flag=a%20b%26c", request.getTarget());
        assertEquals(
                Arrays.asList("flag"),
                Arrays.asList(request.getUrl().queryParameterNames().toArray()));
    }

    @Test
    void tenKilobyteIdStaysOneSegment() throws Exception {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            id.append("ab/cd?ef#");
        }
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body("{}")
                .build());
        executor.execute(
                ApiRequest.builder("PUT")
                        .path("evaluations")
                        .pathParam("evaluation_id", id.toString())
                        .body(java.util.Collections.emptyMap())
                        .build(),
                json -> json,
                RequestOptions.none());
        RecordedRequest request = server.takeRequest();
        assertEquals(3, request.getUrl().pathSegments().size());
        assertEquals(id.toString(), request.getUrl().pathSegments().get(2));
        assertEquals(null, request.getUrl().query());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", ".", ".."})
    void blankAndDotIdsFailBeforeSending(String id) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> ApiRequest.builder("PUT").path("evaluations").pathParam("evaluation_id", id));
        assertTrue(e.getMessage().startsWith("evaluation_id must not be"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void nullIdFailsBeforeSending() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> ApiRequest.builder("PUT").pathParam("alias", null));
        assertEquals("alias must not be null", e.getMessage());
    }
}
