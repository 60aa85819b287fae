package dev.evalwire.keywordsai;

import static dev.evalwire.keywordsai.Fixtures.FULL_EVALUATOR;
import static dev.evalwire.keywordsai.Fixtures.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.ApiException;
import dev.evalwire.core.AuthenticationException;
import dev.evalwire.core.BadRequestException;
import dev.evalwire.core.FieldError;
import dev.evalwire.core.InternalServerException;
import dev.evalwire.core.InvalidResponseException;
import dev.evalwire.core.NotFoundException;
import dev.evalwire.core.PermissionDeniedException;
import dev.evalwire.core.RateLimitException;
import dev.evalwire.core.UnprocessableEntityException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each documented error body, through the client, becomes the right exception with the server's words. */
class KeywordsAiErrorsTest {

    @RegisterExtension
    final KeywordsAiServer server = new KeywordsAiServer();

    private final KeywordsAiClient client = server.client();

    private <T extends ApiException> T fails(Class<T> type, int status, String body) {
        server.enqueueWithoutRequestId(status, body);
        return assertThrows(
                type,
                () -> client.updateEvaluator(
                        "evl_1", UpdateEvaluatorParams.builder().name("n").build()));
    }

    @Test
    void badRequestWithFieldMessages() {
        BadRequestException e = fails(
                BadRequestException.class,
                400,
                "{\"configurations\":[\"Configuration validation failed: llm_engine 'invalid-model' is not"
                        + " supported\"]}");
        assertEquals(400, e.status());
        assertEquals(
                Collections.singletonList(new FieldError(
                        "configurations",
                        "Configuration validation failed: llm_engine 'invalid-model' is not supported")),
                e.fieldErrors());
        assertTrue(e.getMessage().contains("llm_engine 'invalid-model' is not supported"), e.getMessage());
    }

    @Test
    void badRequestWithDetail() {
        BadRequestException e = fails(BadRequestException.class, 400, "{\"detail\":\"Malformed body.\"}");
        assertEquals("Malformed body.", e.serverMessage());
        assertTrue(e.fieldErrors().isEmpty());
    }

    @Test
    void unauthorized() {
        AuthenticationException e = fails(
                AuthenticationException.class,
                401,
                "{\"detail\":\"Your API key is invalid or expired, please check your API key at"
                        + " https://platform.respan.ai/platform/api/api-keys\"}");
        assertTrue(e.serverMessage().startsWith("Your API key is invalid or expired"), e.serverMessage());
        assertFalse(e.getMessage().contains(KEY));
        assertEquals(1, server.requestCount());
    }

    @Test
    void forbidden() {
        PermissionDeniedException e = fails(
                PermissionDeniedException.class,
                403,
                "{\"detail\":\"You do not have permission to update this evaluator.\"}");
        assertEquals("You do not have permission to update this evaluator.", e.serverMessage());
    }

    @Test
    void notFound() {
        NotFoundException e = fails(NotFoundException.class, 404, "{\"detail\":\"Not found.\"}");
        assertEquals("Not found.", e.serverMessage());
        assertEquals(404, e.status());
    }

    @Test
    void unprocessableWithFieldMessages() {
        UnprocessableEntityException e = fails(
                UnprocessableEntityException.class,
                422,
                "{\"categorical_choices\":[\"This field is required when score_value_type is 'categorical'.\"]}");
        assertEquals(
                Collections.singletonList(new FieldError(
                        "categorical_choices", "This field is required when score_value_type is 'categorical'.")),
                e.fieldErrors());
    }

    @Test
    void unprocessableWithEnvelope() {
        UnprocessableEntityException e = fails(
                UnprocessableEntityException.class,
                422,
                "{\"detail\":\"Validation error\",\"errors\":{\"name\":[\"too long\"],"
                        + "\"score_config\":[\"min above max\",\"bad choice\"]}}");
        assertEquals("Validation error", e.serverMessage());
        assertEquals(
                Arrays.asList(
                        new FieldError("name", "too long"),
                        new FieldError("score_config", "min above max"),
                        new FieldError("score_config", "bad choice")),
                e.fieldErrors());
    }

    @Test
    void rateLimitWaitsTheBodysRetryAfterThenSucceeds() {
        server.enqueueWithoutRequestId(429, "{\"detail\":\"Rate limit exceeded\",\"retry_after\":30}");
        server.enqueueWithoutRequestId(200, FULL_EVALUATOR);
        Evaluator evaluator = client.updateEvaluator(
                "evl_1", UpdateEvaluatorParams.builder().name("n").build());
        assertEquals("response_quality_v1", evaluator.evaluatorSlug());
        assertEquals(Collections.singletonList(Duration.ofSeconds(30)), server.sleeper.sleeps());
        assertEquals(2, server.requestCount());
    }

    @Test
    void rateLimitAsyncAlsoWaits() throws Exception {
        server.enqueueWithoutRequestId(429, "{\"detail\":\"Rate limit exceeded\",\"retry_after\":30}");
        server.enqueueWithoutRequestId(200, FULL_EVALUATOR);
        client.updateEvaluatorAsync(
                        "evl_1", UpdateEvaluatorParams.builder().name("n").build())
                .get(10, TimeUnit.SECONDS);
        assertEquals(Collections.singletonList(Duration.ofSeconds(30)), server.sleeper.sleeps());
    }

    @Test
    void rateLimitAboveTheCapFailsAtOnce() {
        RateLimitException e =
                fails(RateLimitException.class, 429, "{\"detail\":\"Rate limit exceeded\",\"retry_after\":90}");
        assertEquals("Rate limit exceeded", e.serverMessage());
        assertEquals(Duration.ofSeconds(90), e.retryAfter());
        assertTrue(server.sleeper.sleeps().isEmpty());
        assertEquals(1, server.requestCount());
    }

    @Test
    void rateLimitAfterTheLastRetryIsThrown() {
        for (int i = 0; i < 3; i++) {
            server.enqueueWithoutRequestId(429, "{\"detail\":\"Rate limit exceeded\",\"retry_after\":30}");
        }
        RateLimitException e = assertThrows(
                RateLimitException.class,
                () -> client.updateEvaluator(
                        "evl_1", UpdateEvaluatorParams.builder().name("n").build()));
        assertEquals(429, e.status());
        assertEquals(Arrays.asList(Duration.ofSeconds(30), Duration.ofSeconds(30)), server.sleeper.sleeps());
    }

    @Test
    void serverErrorWithoutBody() {
        server.enqueue(new MockResponse.Builder().code(500).build());
        server.enqueue(new MockResponse.Builder().code(500).build());
        server.enqueue(new MockResponse.Builder().code(500).build());
        InternalServerException e = assertThrows(
                InternalServerException.class,
                () -> client.updateEvaluator(
                        "evl_1", UpdateEvaluatorParams.builder().name("n").build()));
        assertEquals(500, e.status());
        assertEquals(2, server.sleeper.sleeps().size());
    }

    @Test
    void asyncFailureCarriesTheException() {
        server.enqueueWithoutRequestId(404, "{\"detail\":\"Not found.\"}");
        ExecutionException e = assertThrows(
                ExecutionException.class,
                () -> client.updateEvaluatorAsync(
                                "evl_1",
                                UpdateEvaluatorParams.builder().name("n").build())
                        .get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof NotFoundException, String.valueOf(e.getCause()));
    }

    @Test
    void aFieldOfTheWrongTypeFailsOnlyItsAccessor() {
        server.enqueueWithoutRequestId(200, "{\"id\":42,\"name\":\"n\"}");
        Evaluator evaluator = client.updateEvaluator(
                "evl_1", UpdateEvaluatorParams.builder().name("n").build());
        assertEquals("n", evaluator.name());
        InvalidResponseException e = assertThrows(InvalidResponseException.class, evaluator::id);
        assertTrue(e.getMessage().contains("'id'"), e.getMessage());
        assertThrows(InvalidResponseException.class, evaluator::validate);
    }
}
