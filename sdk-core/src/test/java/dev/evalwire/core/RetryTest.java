package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.ApiRequest;
import dev.evalwire.core.testing.RecordingSleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The retry schedule, as recorded by a fake sleeper, for each kind of retryable and non-retryable failure. */
class RetryTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private final MockWebServer server = new MockWebServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private ApiExecutor executor;

    @BeforeEach
    void start() throws IOException {
        server.start();
        executor = client(RetryPolicy.builder().jitter(0).build());
    }

    private ApiExecutor client(RetryPolicy policy) {
        return new TestClient()
                .apiKey("sk-test-key")
                .baseUrl(server.url("/").toString())
                .retryPolicy(policy)
                .sleeper(sleeper)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
    }

    @AfterEach
    void stop() {
        executor.close();
        server.close();
    }

    private static MockResponse ok() {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body("{\"ok\":true}")
                .build();
    }

    private static MockResponse status(int code, String... headers) {
        MockResponse.Builder builder = new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body("{\"detail\":\"status " + code + "\"}");
        for (int i = 0; i < headers.length; i += 2) {
            builder.addHeader(headers[i], headers[i + 1]);
        }
        return builder.build();
    }

    private ApiResponse<JsonNode> call() {
        return call(RequestOptions.none());
    }

    private ApiResponse<JsonNode> call(RequestOptions options) {
        return executor.execute(
                ApiRequest.builder("PUT")
                        .path("evaluations")
                        .pathParam("id", "e1")
                        .body(Collections.singletonMap("name", "n"))
                        .build(),
                json -> json,
                options);
    }

    private static List<Duration> seconds(double... values) {
        Duration[] durations = new Duration[values.length];
        for (int i = 0; i < values.length; i++) {
            durations[i] = Duration.ofMillis((long) (values[i] * 1000));
        }
        return Arrays.asList(durations);
    }

    @Test
    void status429WithRetryAfterSecondsWaitsThatLong() {
        server.enqueue(status(429, "Retry-After", "3"));
        server.enqueue(ok());
        assertEquals(200, call().status());
        assertEquals(seconds(3), sleeper.sleeps());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void status429WithRetryAfterHttpDateWaitsUntilThen() {
        String date =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(10).atOffset(ZoneOffset.UTC));
        server.enqueue(status(429, "Retry-After", date));
        server.enqueue(ok());
        assertEquals(200, call().status());
        assertEquals(seconds(10), sleeper.sleeps());
    }

    @Test
    void retryAfterDateInThePastMeansNoWait() {
        String date =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.minusSeconds(10).atOffset(ZoneOffset.UTC));
        server.enqueue(status(503, "Retry-After", date));
        server.enqueue(ok());
        call();
        assertEquals(seconds(0), sleeper.sleeps());
    }

    @Test
    void retryAfterMsTakesPrecedence() {
        server.enqueue(status(429, "retry-after-ms", "1500", "Retry-After", "9"));
        server.enqueue(ok());
        call();
        assertEquals(seconds(1.5), sleeper.sleeps());
    }

    @Test
    void bodyRetryAfterIsHonoured() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Content-Type", "application/json")
                .body("{\"detail\":\"Rate limit exceeded\",\"retry_after\":30}")
                .build());
        server.enqueue(ok());
        call();
        assertEquals(seconds(30), sleeper.sleeps());
    }

    @Test
    void waitOverTheCapFailsAtOnceWithRateLimitException() {
        server.enqueue(status(429, "Retry-After", "120"));
        RateLimitException e = assertThrows(RateLimitException.class, this::call);
        assertEquals(Duration.ofSeconds(120), e.retryAfter());
        assertEquals(Collections.emptyList(), sleeper.sleeps());
        assertEquals(1, server.getRequestCount());
        assertTrue(e.getMessage().contains("retry after 120000 ms"), e.getMessage());
    }

    @Test
    void capIsConfigurable() {
        executor.close();
        executor = client(RetryPolicy.builder()
                .jitter(0)
                .maxRetryAfter(Duration.ofSeconds(200))
                .build());
        server.enqueue(status(429, "Retry-After", "120"));
        server.enqueue(ok());
        call();
        assertEquals(seconds(120), sleeper.sleeps());
    }

    @Test
    void status503ThenSuccessBacksOffHalfASecond() {
        server.enqueue(status(503));
        server.enqueue(ok());
        assertEquals("true", call().body().get("ok").asText());
        assertEquals(seconds(0.5), sleeper.sleeps());
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 500, 502, 503, 504})
    void retryableStatusesAreRetried(int status) {
        server.enqueue(status(status));
        server.enqueue(status(status));
        server.enqueue(ok());
        assertEquals(200, call().status());
        assertEquals(seconds(0.5, 1), sleeper.sleeps());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void serverErrorThatNeverRecoversStopsAfterThreeAttempts() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(status(500));
        }
        InternalServerException e = assertThrows(InternalServerException.class, this::call);
        assertEquals(500, e.status());
        assertEquals(3, server.getRequestCount());
        assertEquals(seconds(0.5, 1), sleeper.sleeps());
    }

    @Test
    void backoffDoublesUpToEightSeconds() {
        executor.close();
        executor = client(RetryPolicy.builder().jitter(0).maxRetries(6).build());
        for (int i = 0; i < 6; i++) {
            server.enqueue(status(502));
        }
        server.enqueue(ok());
        call();
        assertEquals(seconds(0.5, 1, 2, 4, 8, 8), sleeper.sleeps());
    }

    @Test
    void connectionResetThenSuccessIsRetried() {
        server.enqueue(new MockResponse.Builder()
                .onRequestStart(new SocketEffect.CloseSocket())
                .build());
        server.enqueue(ok());
        assertEquals(200, call().status());
        assertEquals(seconds(0.5), sleeper.sleeps());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void connectionFailuresThatPersistEndInApiConnectionException() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder()
                    .onRequestStart(new SocketEffect.CloseSocket())
                    .build());
        }
        ApiConnectionException e = assertThrows(ApiConnectionException.class, this::call);
        assertTrue(e.getMessage().startsWith("connection failed calling PUT /evaluations/e1"), e.getMessage());
        assertEquals(seconds(0.5, 1), sleeper.sleeps());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 422})
    void clientErrorsAreNeverRetried(int status) {
        server.enqueue(status(status));
        server.enqueue(ok());
        ApiException e = assertThrows(ApiException.class, this::call);
        assertEquals(status, e.status());
        assertEquals(1, server.getRequestCount());
        assertEquals(Collections.emptyList(), sleeper.sleeps());
    }

    @Test
    void zeroRetriesDisablesRetrying() {
        executor.close();
        executor = client(RetryPolicy.none());
        server.enqueue(status(503));
        server.enqueue(ok());
        assertInstanceOf(InternalServerException.class, assertThrows(ApiException.class, this::call));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void perCallMaxRetriesOverridesTheClient() {
        server.enqueue(status(503));
        server.enqueue(ok());
        assertThrows(
                InternalServerException.class,
                () -> call(RequestOptions.builder().maxRetries(0).build()));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void readTimeoutIsATimeoutExceptionAfterRetries() {
        executor.close();
        executor = new TestClient()
                .apiKey("sk-test-key")
                .baseUrl(server.url("/").toString())
                .timeouts(Timeouts.builder().read(Duration.ofMillis(100)).build())
                .retryPolicy(RetryPolicy.builder().jitter(0).maxRetries(1).build())
                .sleeper(sleeper)
                .build();
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder()
                    .code(200)
                    .headersDelay(2, TimeUnit.SECONDS)
                    .body("{}")
                    .build());
        }
        ApiTimeoutException e = assertThrows(ApiTimeoutException.class, this::call);
        assertTrue(e.getMessage().startsWith("timed out calling PUT /evaluations/e1"), e.getMessage());
        assertEquals(seconds(0.5), sleeper.sleeps());
    }

    @Test
    void perCallTimeoutLimitsTheWholeAttempt() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .headersDelay(2, TimeUnit.SECONDS)
                .body("{}")
                .build());
        assertThrows(
                ApiTimeoutException.class,
                () -> call(RequestOptions.builder()
                        .timeouts(
                                Timeouts.builder().call(Duration.ofMillis(100)).build())
                        .maxRetries(0)
                        .build()));
    }

    @Test
    void perCallReadTimeoutAppliesWithoutAWholeCallTimeout() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .headersDelay(2, TimeUnit.SECONDS)
                .body("{}")
                .build());
        Timeouts readOnly = Timeouts.builder()
                .call(Duration.ZERO)
                .read(Duration.ofMillis(100))
                .build();
        assertThrows(
                ApiTimeoutException.class,
                () -> call(RequestOptions.builder()
                        .timeouts(readOnly)
                        .maxRetries(0)
                        .build()));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void earlierAttemptsFailuresAreAttachedToTheLastAsSuppressedWithoutTheKey() {
        server.enqueue(new MockResponse.Builder()
                .onRequestStart(new SocketEffect.CloseSocket())
                .build());
        server.enqueue(new MockResponse.Builder()
                .code(503)
                .addHeader("Content-Type", "application/json")
                .body("{\"detail\":\"busy, key sk-test-key\"}")
                .build());
        server.enqueue(status(500));

        InternalServerException e = assertThrows(InternalServerException.class, this::call);

        assertEquals(3, server.getRequestCount());
        Throwable[] earlier = e.getSuppressed();
        assertEquals(2, earlier.length);
        assertInstanceOf(ApiConnectionException.class, earlier[0]);
        assertTrue(
                earlier[0].getMessage().startsWith("connection failed calling PUT /evaluations/e1"),
                earlier[0].getMessage());
        InternalServerException second = assertInstanceOf(InternalServerException.class, earlier[1]);
        assertEquals(503, second.status());
        assertEquals("busy, key [REDACTED]", second.serverMessage());
        assertEquals(500, e.status());
    }

    @Test
    void asyncCallsAttachTheEarlierAttemptsToo() {
        server.enqueue(status(429, "Retry-After", "0"));
        server.enqueue(status(503));
        server.enqueue(status(404));

        CompletionException e = assertThrows(
                CompletionException.class,
                () -> executor.executeAsync(
                                ApiRequest.builder("PUT")
                                        .path("evaluations")
                                        .pathParam("id", "e1")
                                        .body(Collections.singletonMap("name", "n"))
                                        .build(),
                                json -> json,
                                RequestOptions.none())
                        .join());

        NotFoundException last = assertInstanceOf(NotFoundException.class, e.getCause());
        assertEquals(2, last.getSuppressed().length);
        assertEquals(429, ((ApiException) last.getSuppressed()[0]).status());
        assertEquals(503, ((ApiException) last.getSuppressed()[1]).status());
    }
}
