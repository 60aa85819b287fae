package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.testing.RecordingSleeper;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An error body larger than {@code maxResponseBytes} gives the exception for its status, says the body was not
 * read, and is retried when the status is; only a 2xx body that is too large is an
 * {@link InvalidResponseException}.
 */
class OversizedErrorBodyTest extends MockServerCalls {

    private static final int LIMIT = 1024;

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private ApiExecutor executor;

    @BeforeEach
    void buildClient() {
        executor = new TestClient()
                .apiKey("sk-oversized-key")
                .baseUrl(server.url("/").toString())
                .maxResponseBytes(LIMIT)
                .sleeper(sleeper)
                .retryPolicy(RetryPolicy.builder()
                        .jitter(0)
                        .initialBackoff(Duration.ofSeconds(1))
                        .build())
                .build();
    }

    @AfterEach
    void closeClient() {
        executor.close();
    }

    @Test
    void aRetryableStatusWithAGzipBodyThatInflatesPastTheCapIsRetried() throws IOException {
        server.enqueue(new MockResponse.Builder()
                .code(503)
                .addHeader("Content-Encoding", "gzip")
                .addHeader("Retry-After", "2")
                .body(gzip(LIMIT * 50))
                .build());
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body("{}")
                .build());
        assertEquals(200, call().status());
        assertEquals(Collections.singletonList(Duration.ofSeconds(2)), sleeper.sleeps());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aNonRetryableStatusGetsItsOwnExceptionSayingTheBodyWasNotRead() {
        server.enqueue(
                new MockResponse.Builder().code(400).body(repeat(LIMIT + 1)).build());
        BadRequestException e = assertThrows(BadRequestException.class, this::call);
        assertTrue(
                e.getMessage()
                        .startsWith("HTTP 400 Bad Request from PUT /items/i1 (body not read: response body"
                                + " of at least"),
                e.getMessage());
        assertTrue(e.getMessage().contains("larger than the limit of 1024 bytes"), e.getMessage());
        assertEquals("", e.rawBody());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aRetryableStatusThatStaysTooLargeEndsInItsOwnException() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(
                    new MockResponse.Builder().code(502).body(repeat(LIMIT + 1)).build());
        }
        InternalServerException e = assertThrows(
                InternalServerException.class,
                () -> executor.execute(
                        request(),
                        json -> json,
                        RequestOptions.builder().maxRetries(2).build()));
        assertEquals(502, e.status());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aBodyJustAtTheCapIsRead() {
        server.enqueue(new MockResponse.Builder().code(400).body(repeat(LIMIT)).build());
        BadRequestException e = assertThrows(BadRequestException.class, this::call);
        assertEquals(LIMIT, e.rawBody().length());
    }

    @Test
    void aSuccessBodyThatIsTooLargeIsAnInvalidResponse() {
        server.enqueue(
                new MockResponse.Builder().code(200).body(repeat(LIMIT + 1)).build());
        InvalidResponseException e = assertThrows(InvalidResponseException.class, this::call);
        assertEquals(200, e.status());
        assertEquals(1, server.getRequestCount());
    }

    private ApiResponse<JsonNode> call() {
        return executor.execute(request(), json -> json, RequestOptions.none());
    }

    private static String repeat(int length) {
        return String.join("", Collections.nCopies(length, "x"));
    }

    private static Buffer gzip(int inflatedLength) throws IOException {
        Buffer compressed = new Buffer();
        try (GZIPOutputStream out = new GZIPOutputStream(compressed.outputStream())) {
            out.write(repeat(inflatedLength).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        return compressed;
    }
}
