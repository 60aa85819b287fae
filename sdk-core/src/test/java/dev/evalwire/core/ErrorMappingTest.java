package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.ApiRequest;
import dev.evalwire.core.testing.RecordingSleeper;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each error status becomes its exception, carrying status, request id, raw body, message and field errors. */
class ErrorMappingTest {

    private static final String KEY = "sk-live-secret-0123456789";

    private final MockWebServer server = new MockWebServer();
    private ApiExecutor executor;

    @BeforeEach
    void start() throws IOException {
        server.start();
        executor = new TestClient()
                .apiKey(KEY)
                .baseUrl(server.url("/").toString())
                .maxRetries(0)
                .sleeper(new RecordingSleeper())
                .build();
    }

    @AfterEach
    void stop() {
        executor.close();
        server.close();
    }

    private ApiException fail(int status, String contentType, String body) {
        MockResponse.Builder response = new MockResponse.Builder()
                .code(status)
                .addHeader("x-request-id", "req_42")
                .body(body);
        if (contentType != null) {
            response.addHeader("Content-Type", contentType);
        }
        server.enqueue(response.build());
        return updateFails(executor);
    }

    /** @return what a {@code PATCH /api/evaluators/evl_1/} through {@code client} throws */
    private static ApiException updateFails(ApiExecutor client) {
        return assertThrows(
                ApiException.class,
                () -> client.execute(
                        ApiRequest.builder("PATCH")
                                .path("api", "evaluators")
                                .pathParam("evaluator_id", "evl_1")
                                .trailingSlash()
                                .body(Collections.singletonMap("name", "n"))
                                .build(),
                        json -> json,
                        RequestOptions.none()));
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(400, BadRequestException.class, "Bad Request"),
                Arguments.of(401, AuthenticationException.class, "Unauthorized"),
                Arguments.of(403, PermissionDeniedException.class, "Forbidden"),
                Arguments.of(404, NotFoundException.class, "Not Found"),
                Arguments.of(409, ConflictException.class, "Conflict"),
                Arguments.of(422, UnprocessableEntityException.class, "Unprocessable Entity"),
                Arguments.of(429, RateLimitException.class, "Too Many Requests"),
                Arguments.of(500, InternalServerException.class, "Internal Server Error"),
                Arguments.of(502, InternalServerException.class, "Bad Gateway"),
                Arguments.of(503, InternalServerException.class, "Service Unavailable"),
                Arguments.of(504, InternalServerException.class, "Gateway Timeout"),
                Arguments.of(418, UnexpectedStatusException.class, null),
                Arguments.of(402, UnexpectedStatusException.class, null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("statuses")
    void statusMapsToItsException(int status, Class<? extends ApiException> type, String reason) {
        String body = "{\"detail\":\"server says no\"}";
        ApiException e = fail(status, "application/json", body);
        assertInstanceOf(type, e);
        assertEquals(type, e.getClass());
        assertEquals(status, e.status());
        assertEquals("req_42", e.requestId());
        assertEquals(body, e.rawBody());
        assertEquals("server says no", e.serverMessage());
        assertEquals("req_42", e.headers().first("X-Request-Id"));
        String prefix = "HTTP " + status + (reason == null ? "" : " " + reason);
        String keyHint = status == 401
                ? "; the API key was refused: check the key set with the client builder's" + " apiKey(...)"
                : "";
        assertEquals(
                prefix + " from PATCH /api/evaluators/evl_1/: server says no (request id req_42)" + keyHint,
                e.getMessage());
    }

    static Stream<Arguments> errorShapes() {
        return Stream.of(
                Arguments.of(
                        "detail string",
                        403,
                        "{\"detail\":\"You are not a member of this team\"}",
                        "You are not a member of this team",
                        Collections.emptyList()),
                Arguments.of(
                        "google.rpc.Status: code, message, details",
                        403,
                        "{\"code\":7,\"message\":\"admin role required to update evaluators\",\"details\":[]}",
                        "admin role required to update evaluators",
                        Collections.emptyList()),
                Arguments.of(
                        "error object with a message",
                        400,
                        "{\"error\":{\"message\":\"invalid entryPoint\",\"code\":\"INVALID_ARGUMENT\","
                                + "\"type\":\"invalid_request_error\"}}",
                        "invalid entryPoint",
                        Collections.emptyList()),
                Arguments.of(
                        "detail string, short",
                        404,
                        "{\"detail\":\"Not found.\"}",
                        "Not found.",
                        Collections.emptyList()),
                Arguments.of(
                        "generic message",
                        409,
                        "{\"message\":\"evaluation is archived\"}",
                        "evaluation is archived",
                        Collections.emptyList()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorShapes")
    void errorShapeYieldsMessageAndFieldErrors(
            String shape, int status, String body, String message, List<FieldError> fieldErrors) {
        ApiException e = fail(status, "application/json", body);
        assertEquals(message, e.serverMessage());
        assertEquals(fieldErrors, e.fieldErrors());
        assertEquals(body, e.rawBody());
        assertFalse(e.getMessage().contains(KEY));
    }

    @Test
    void rateLimitBodyRetryAfterIsKept() {
        ApiException e = fail(429, "application/json", "{\"detail\":\"Rate limit exceeded\",\"retry_after\":30}");
        assertInstanceOf(RateLimitException.class, e);
        assertEquals(Duration.ofSeconds(30), e.retryAfter());
        assertEquals(
                "HTTP 429 Too Many Requests from PATCH /api/evaluators/evl_1/: Rate limit exceeded"
                        + " (retry after 30000 ms) (request id req_42)",
                e.getMessage());
    }

    @Test
    void htmlErrorPageGivesTypedExceptionWithRawBody() {
        String html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        ApiException e = fail(502, "text/html", html);
        assertInstanceOf(InternalServerException.class, e);
        assertNull(e.serverMessage());
        assertEquals(html, e.rawBody());
        assertEquals(
                "HTTP 502 Bad Gateway from PATCH /api/evaluators/evl_1/ (body is not a recognised JSON error;"
                        + " see rawBody()) (request id req_42)",
                e.getMessage());
    }

    @Test
    void emptyErrorBodyIsSaidSo() {
        ApiException e = fail(401, null, "");
        assertInstanceOf(AuthenticationException.class, e);
        assertEquals("", e.rawBody());
        assertEquals(
                "HTTP 401 Unauthorized from PATCH /api/evaluators/evl_1/ (empty body) (request id req_42);"
                        + " the API key was refused: check the key set with the client builder's apiKey(...)",
                e.getMessage());
    }

    @Test
    void unauthorizedNamesWhereTheKeyComesFrom() {
        server.enqueue(new MockResponse.Builder()
                .code(401)
                .addHeader("Content-Type", "application/json")
                .body("{\"detail\":\"Invalid API key\"}")
                .build());
        ApiException e;
        try (ApiExecutor twoVariables = TestClient.withKeyVariables("RESPAN_API_KEY", "KEYWORDSAI_API_KEY")
                .apiKey(KEY)
                .baseUrl(server.url("/").toString())
                .maxRetries(0)
                .build()) {
            e = updateFails(twoVariables);
        }
        assertInstanceOf(AuthenticationException.class, e);
        assertEquals(
                "HTTP 401 Unauthorized from PATCH /api/evaluators/evl_1/: Invalid API key; the API key was"
                        + " refused: check the key set with the client builder's apiKey(...) or read by fromEnv() from the"
                        + " environment variables RESPAN_API_KEY or KEYWORDSAI_API_KEY (system properties respan.api.key or"
                        + " keywordsai.api.key)",
                e.getMessage());
        assertFalse(e.getMessage().contains(KEY), e.getMessage());
    }

    @Test
    void onlyUnauthorizedGetsTheKeyHint() {
        server.enqueue(new MockResponse.Builder().code(403).build());
        ApiException e = assertThrows(
                PermissionDeniedException.class,
                () -> executor.execute(
                        ApiRequest.builder("PATCH")
                                .path("x")
                                .body(Collections.emptyMap())
                                .build(),
                        json -> json,
                        RequestOptions.none()));
        assertFalse(e.getMessage().contains("API key"), e.getMessage());
    }

    @Test
    void plainTextErrorBecomesTheMessage() {
        ApiException e = fail(503, "text/plain; charset=utf-8", "upstream connect error\nmore detail");
        assertEquals("upstream connect error", e.serverMessage());
    }

    @Test
    void apiKeyEchoedByTheServerIsScrubbedFromMessages() {
        ApiException e = fail(401, "application/json", "{\"detail\":\"invalid key " + KEY + "\"}");
        assertEquals("invalid key [REDACTED]", e.serverMessage());
        assertFalse(e.getMessage().contains(KEY), e.getMessage());
        assertFalse(e.toString().contains(KEY), e.toString());
    }

    @Test
    void apiKeyEchoedInTheBodyOrAnOrdinaryHeaderIsMaskedInRawBodyAndHeadersToString() {
        server.enqueue(new MockResponse.Builder()
                .code(403)
                .addHeader("X-Debug-Auth", "Bearer " + KEY)
                .addHeader("Content-Type", "application/json")
                .body("{\"detail\":\"key " + KEY + " denied\"}")
                .build());
        ApiException e = assertThrows(
                ApiException.class,
                () -> executor.execute(
                        ApiRequest.builder("PATCH")
                                .path("x")
                                .body(Collections.singletonMap("name", "n"))
                                .build(),
                        json -> json,
                        RequestOptions.none()));

        assertEquals("{\"detail\":\"key [REDACTED] denied\"}", e.rawBody());
        assertEquals("Bearer [REDACTED]", e.headers().toString().replaceAll(".*x-debug-auth=([^,}]*).*", "$1"));
        assertEquals("Bearer " + KEY, e.headers().first("X-Debug-Auth"), "lookups return the value as received");
    }

    @Test
    void rawBodyIsCapped() {
        StringBuilder big = new StringBuilder("{\"detail\":\"");
        for (int i = 0; i < 100_000; i++) {
            big.append('x');
        }
        big.append("\"}");
        ApiException e = fail(500, "application/json", big.toString());
        assertEquals(ErrorResponse.MAX_RAW_BODY_CHARS, e.rawBody().length());
    }
}
