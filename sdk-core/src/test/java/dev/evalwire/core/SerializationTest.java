package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.ApiRequest;
import dev.evalwire.core.internal.Redaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every concrete {@link EvalwireException} survives a Java serialization round trip with what it reports (status,
 * headers, request id, body, server message, field errors, retry hint), and the stream never holds the API key, even
 * where the server echoed it in a header.
 */
class SerializationTest {

    private static final String KEY = "sk-live-serial-0123456789";

    private final MockWebServer server = new MockWebServer();
    private ApiExecutor executor;

    @BeforeEach
    void start() throws IOException {
        server.start();
        executor = new TestClient(false, (root, found) -> found.fieldMap(root.path("errors")))
                .apiKey(KEY)
                .baseUrl(server.url("/").toString())
                .maxRetries(0)
                .build();
    }

    @AfterEach
    void stop() {
        executor.close();
        server.close();
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(301, RedirectException.class),
                Arguments.of(400, BadRequestException.class),
                Arguments.of(401, AuthenticationException.class),
                Arguments.of(403, PermissionDeniedException.class),
                Arguments.of(404, NotFoundException.class),
                Arguments.of(409, ConflictException.class),
                Arguments.of(422, UnprocessableEntityException.class),
                Arguments.of(429, RateLimitException.class),
                Arguments.of(503, InternalServerException.class),
                Arguments.of(418, UnexpectedStatusException.class));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("statuses")
    void apiExceptionsRoundTripWithoutTheKey(int status, Class<? extends ApiException> type) throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(status)
                .addHeader("x-request-id", "req_7")
                .addHeader("x-echo", "key was " + KEY)
                .addHeader("Location", "https://elsewhere.example/")
                .addHeader("Retry-After", "2")
                .addHeader("Content-Type", "application/json")
                .body("{\"detail\":\"bad " + KEY + "\",\"errors\":{\"name\":[\"too long\"]}}")
                .build());
        ApiException thrown = assertThrows(
                ApiException.class,
                () -> executor.execute(
                        ApiRequest.builder("PATCH")
                                .path("v1", "things")
                                .body(Collections.singletonMap("name", "n"))
                                .build(),
                        json -> json,
                        RequestOptions.none()));
        assertInstanceOf(type, thrown);

        byte[] bytes = serialize(thrown);
        ApiException back = (ApiException) deserialize(bytes);

        assertEquals(type, back.getClass());
        assertEquals(status, back.status());
        assertEquals(thrown.getMessage(), back.getMessage());
        assertEquals("req_7", back.requestId());
        assertEquals(thrown.rawBody(), back.rawBody());
        assertEquals(thrown.serverMessage(), back.serverMessage());
        assertEquals(Arrays.asList(new FieldError("name", "too long")), back.fieldErrors());
        assertEquals(thrown.retryAfter(), back.retryAfter());
        assertEquals("PATCH", back.response().method());
        assertEquals("/v1/things", back.response().path());
        assertEquals("key was " + Redaction.MASK, back.headers().first("x-echo"));
        assertEquals("https://elsewhere.example/", back.headers().first("location"));
        assertNoKey(bytes);
    }

    @Test
    void invalidResponseRoundTripsWithoutTheKey() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("x-echo", KEY)
                .addHeader("Content-Type", "application/json")
                .body("not json")
                .build());
        InvalidResponseException thrown = assertThrows(
                InvalidResponseException.class,
                () -> executor.execute(
                        ApiRequest.builder("GET").path("v1", "things").build(), json -> json, RequestOptions.none()));

        byte[] bytes = serialize(thrown);
        InvalidResponseException back = (InvalidResponseException) deserialize(bytes);

        assertEquals(200, back.status());
        assertEquals(thrown.getMessage(), back.getMessage());
        assertEquals(thrown.rawBody(), back.rawBody());
        assertEquals(Redaction.MASK, back.headers().first("x-echo"));
        assertNoKey(bytes);
    }

    @Test
    void headersWriteCredentialsMasked() throws Exception {
        HttpHeaders headers = HttpHeaders.builder()
                .set("Authorization", "Bearer " + KEY)
                .set("x-trace", "t1")
                .build()
                .maskingValues(Collections.singletonList(KEY));

        byte[] bytes = serialize(headers);
        HttpHeaders back = (HttpHeaders) deserialize(bytes);

        assertEquals(Redaction.MASK, back.first("authorization"));
        assertEquals("t1", back.first("x-trace"));
        assertNoKey(bytes);
    }

    static Stream<EvalwireException> connectionFailures() {
        return Stream.of(
                new ApiConnectionException("connection failed calling GET /v1", new IOException("reset")),
                new ApiTimeoutException("timed out calling GET /v1", new IOException("timeout")),
                new ApiInterruptedException("interrupted calling GET /v1", null),
                new ClientClosedException("the client was closed before the call started"));
    }

    @ParameterizedTest
    @MethodSource("connectionFailures")
    void failuresWithoutAResponseRoundTrip(EvalwireException failure) throws Exception {
        EvalwireException back = (EvalwireException) deserialize(serialize(failure));

        assertEquals(failure.getClass(), back.getClass());
        assertEquals(failure.getMessage(), back.getMessage());
        assertEquals(
                failure.getCause() == null ? null : failure.getCause().getMessage(),
                back.getCause() == null ? null : back.getCause().getMessage());
    }

    @Test
    void retryAfterAndFieldErrorsSurviveOnTheirOwn() throws Exception {
        ErrorResponse response = new ErrorResponse(
                "GET",
                "/v1",
                429,
                HttpHeaders.empty(),
                null,
                "",
                null,
                Collections.<FieldError>emptyList(),
                Duration.ofSeconds(3));
        ErrorResponse back = (ErrorResponse) deserialize(serialize(response));
        assertEquals(Duration.ofSeconds(3), back.retryAfter());
        assertEquals(429, back.status());
    }

    private static void assertNoKey(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains(KEY), "the serialized form holds the API key");
        assertFalse(text.contains(KEY.substring(8)), "the serialized form holds part of the API key");
    }

    private static byte[] serialize(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }
}
