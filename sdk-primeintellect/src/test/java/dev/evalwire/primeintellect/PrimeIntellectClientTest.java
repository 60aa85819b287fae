package dev.evalwire.primeintellect;

import static dev.evalwire.primeintellect.PrimeIntellectServer.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.ApiResponse;
import dev.evalwire.core.AuthenticationException;
import dev.evalwire.core.ConfigSource;
import dev.evalwire.core.FieldError;
import dev.evalwire.core.PermissionDeniedException;
import dev.evalwire.core.RequestOptions;
import dev.evalwire.core.UnprocessableEntityException;
import dev.evalwire.core.testing.RecordingSleeper;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The update call on the wire: method, path, headers, exact body; and the typed response and errors. */
class PrimeIntellectClientTest {

    private static final String OK_BODY = "{\"evaluation_id\":\"eval_1\",\"name\":\"gsm8k\",\"status\":\"RUNNING\","
            + "\"updated_at\":\"2025-05-01T11:00:00Z\"}";

    private final RecordingSleeper sleeper = new RecordingSleeper();

    @RegisterExtension
    final PrimeIntellectServer server = new PrimeIntellectServer();

    private final PrimeIntellectClient client =
            server.closeAfter(server.builder().sleeper(sleeper).build());

    private String sentBody() throws InterruptedException {
        return server.take().getBody().utf8();
    }

    @Test
    void renameSendsOnlyTheNameWithPutBearerAndJsonHeaders() throws Exception {
        server.enqueue(200, OK_BODY);
        UpdateEvaluationResponse response = client.updateEvaluation(
                "eval_1", UpdateEvaluationParams.builder().name("gsm8k").build());
        RecordedRequest request = server.take();
        assertEquals("PUT", request.getMethod());
        assertEquals("/api/v1/evaluations/eval_1", request.getTarget());
        assertEquals("Bearer " + KEY, request.getHeaders().get("Authorization"));
        assertEquals("application/json", request.getHeaders().get("Content-Type"));
        assertTrue(request.getHeaders().get("User-Agent").startsWith("evalwire-java/"));
        assertTrue(request.getHeaders().get("User-Agent").contains("(primeintellect)"));
        assertEquals("{\"name\":\"gsm8k\"}", request.getBody().utf8());
        assertEquals("eval_1", response.evaluationId());
        assertEquals("gsm8k", response.name());
        assertEquals(EvaluationStatus.RUNNING, response.status());
        assertEquals(EvaluationStatus.Known.RUNNING, response.status().known());
        assertEquals(OffsetDateTime.parse("2025-05-01T11:00:00Z"), response.updatedAt());
    }

    @Test
    void clearedFieldsAreSentAsNullAndUnsetOnesNotAtAll() throws Exception {
        server.enqueue(200, OK_BODY);
        client.updateEvaluation(
                "eval_1",
                UpdateEvaluationParams.builder()
                        .clearDescription()
                        .tags()
                        .clearEvalConfig()
                        .isPublic(false)
                        .build());
        assertEquals("{\"description\":null,\"tags\":[],\"eval_config\":null,\"is_public\":false}", sentBody());
    }

    @Test
    void fullHostedEvalConfigIsSentWhole() throws Exception {
        server.enqueue(200, OK_BODY);
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("OPENAI_API_KEY", "sk-secret-value-1");
        Map<String, Object> sampling = new LinkedHashMap<>();
        sampling.put("temperature", 0.7);
        sampling.put("max_tokens", 512);
        HostedEvalConfig config = HostedEvalConfig.builder()
                .numExamples(HostedEvalConfig.ALL_EXAMPLES)
                .rolloutsPerExample(8)
                .timeoutMinutes(240)
                .maxConcurrent(16)
                .maxRetries(2)
                .customSecrets(secrets)
                .samplingArgs(sampling)
                .stateColumns(Arrays.asList("answer", "reasoning"))
                .headers("X-Team: evals")
                .allowSandboxAccess(true)
                .clearApiBaseUrl()
                .verbose(false)
                .build();
        client.updateEvaluation(
                "eval_1", UpdateEvaluationParams.builder().evalConfig(config).build());
        assertEquals(
                "{\"eval_config\":{\"num_examples\":-1,\"rollouts_per_example\":8,\"timeout_minutes\":240,"
                        + "\"max_concurrent\":16,\"max_retries\":2,\"custom_secrets\":{\"OPENAI_API_KEY\":\"sk-secret-value-1\"},"
                        + "\"sampling_args\":{\"temperature\":0.7,\"max_tokens\":512},\"state_columns\":[\"answer\","
                        + "\"reasoning\"],\"headers\":[\"X-Team: evals\"],\"allow_sandbox_access\":true,\"api_base_url\":null,"
                        + "\"verbose\":false}}",
                sentBody());
    }

    @Test
    void hostileIdStaysOneSegment() throws Exception {
        server.enqueue(200, OK_BODY);
        client.updateEvaluation(
                "../evaluations/x?y#z",
                UpdateEvaluationParams.builder().name("n").build());
        assertEquals(
                "/api/v1/evaluations/..%2Fevaluations%2Fx%3Fy%23z",
                server.take().getTarget());
    }

    @Test
    void blankIdFailsBeforeAnyRequest() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> client.updateEvaluation(
                        " ", UpdateEvaluationParams.builder().name("n").build()));
        assertEquals("evaluation_id must not be empty or whitespace", e.getMessage());
        assertEquals(0, server.requestCount());
    }

    @Test
    void asyncUpdateCompletesWithTheTypedResponse() throws Exception {
        server.enqueue(200, OK_BODY);
        UpdateEvaluationResponse response = client.updateEvaluationAsync(
                        "eval_1",
                        UpdateEvaluationParams.builder().showOnLeaderboard(true).build())
                .get(10, TimeUnit.SECONDS);
        assertEquals("gsm8k", response.name());
        assertEquals("{\"show_on_leaderboard\":true}", sentBody());
    }

    @Test
    void asyncFailureCarriesTheTypedException() throws Exception {
        server.enqueue(403, "{\"detail\":\"You are not a member of this team\"}");
        ExecutionException e = assertThrows(
                ExecutionException.class,
                () -> client.updateEvaluationAsync(
                                "eval_1",
                                UpdateEvaluationParams.builder().name("n").build())
                        .get(10, TimeUnit.SECONDS));
        assertInstanceOf(PermissionDeniedException.class, e.getCause());
        assertEquals("You are not a member of this team", ((PermissionDeniedException) e.getCause()).serverMessage());
    }

    @Test
    void rawResponseShowsStatusHeadersAndBodyNextToTheTypedOne() throws Exception {
        server.enqueue(200, OK_BODY);
        server.enqueue(200, OK_BODY);
        ApiResponse<UpdateEvaluationResponse> raw = client.withRawResponse()
                .updateEvaluation(
                        "eval_1", UpdateEvaluationParams.builder().name("gsm8k").build(), RequestOptions.none());
        assertEquals(200, raw.status());
        assertEquals("req_pi", raw.requestId());
        assertEquals(OK_BODY, raw.rawBody());
        assertEquals("eval_1", raw.body().evaluationId());
        ApiResponse<UpdateEvaluationResponse> async = client.withRawResponse()
                .updateEvaluationAsync(
                        "eval_1", UpdateEvaluationParams.builder().name("gsm8k").build(), RequestOptions.none())
                .get(10, TimeUnit.SECONDS);
        assertEquals(200, async.status());
    }

    @Test
    void perCallHeadersAreSent() throws Exception {
        server.enqueue(200, OK_BODY);
        client.updateEvaluation(
                "eval_1",
                UpdateEvaluationParams.builder().name("n").build(),
                RequestOptions.builder().header("X-Trace", "abc").build());
        assertEquals("abc", server.take().getHeaders().get("X-Trace"));
    }

    @Test
    void unknownFieldsAndStatusesAreKept() {
        server.enqueue(
                200,
                "{\"evaluation_id\":\"eval_1\",\"name\":\"n\",\"status\":\"ARCHIVED\","
                        + "\"updated_at\":\"2025-05-01T11:00:00.123+02:00\",\"viewer_url\":\"https://x\"}");
        UpdateEvaluationResponse response = client.updateEvaluation(
                "eval_1", UpdateEvaluationParams.builder().name("n").build());
        assertEquals("ARCHIVED", response.status().value());
        assertEquals(EvaluationStatus.Known._UNKNOWN, response.status().known());
        assertEquals(
                "\"https://x\"",
                response.additionalProperties().get("viewer_url").toString());
        assertEquals(OffsetDateTime.parse("2025-05-01T11:00:00.123+02:00"), response.updatedAt());
    }

    @Test
    void validationErrorsOfBothShapesBecomeFieldErrors() {
        server.enqueue(
                422, "{\"errors\":[{\"param\":\"eval_config.rollouts_per_example\",\"details\":\"must be <= 2048\"}]}");
        UnprocessableEntityException declared = assertThrows(
                UnprocessableEntityException.class,
                () -> client.updateEvaluation(
                        "eval_1", UpdateEvaluationParams.builder().name("n").build()));
        assertEquals(
                Collections.singletonList(new FieldError("eval_config.rollouts_per_example", "must be <= 2048")),
                declared.fieldErrors());
        assertEquals("req_pi", declared.requestId());

        server.enqueue(
                422,
                "{\"detail\":[{\"loc\":[\"body\",\"name\"],\"msg\":\"str type expected\",\"type\":\"type_error\"}]}");
        UnprocessableEntityException fastApi = assertThrows(
                UnprocessableEntityException.class,
                () -> client.updateEvaluation(
                        "eval_1", UpdateEvaluationParams.builder().name("n").build()));
        assertEquals(Collections.singletonList(new FieldError("name", "str type expected")), fastApi.fieldErrors());
    }

    @Test
    void unauthorizedWithoutBodyIsAnAuthenticationException() {
        server.enqueue(new MockResponse.Builder().code(401).build());
        AuthenticationException e = assertThrows(
                AuthenticationException.class,
                () -> client.updateEvaluation(
                        "eval_1", UpdateEvaluationParams.builder().name("n").build()));
        assertEquals(
                "HTTP 401 Unauthorized from PUT /api/v1/evaluations/eval_1 (empty body); the API key was refused:"
                        + " check the key set with the client builder's apiKey(...) or read by fromEnv() from the environment"
                        + " variable PRIME_API_KEY (system property prime.api.key)",
                e.getMessage());
    }

    @Test
    void secretsNeverAppearInToStringOrMessages() {
        HostedEvalConfig config = HostedEvalConfig.builder()
                .numExamples(1)
                .rolloutsPerExample(1)
                .customSecrets(Collections.singletonMap("HF_TOKEN", "hf-secret-abcdef"))
                .build();
        UpdateEvaluationParams params =
                UpdateEvaluationParams.builder().evalConfig(config).build();
        assertEquals(
                "UpdateEvaluationParams{eval_config=HostedEvalConfig{num_examples=1, rollouts_per_example=1,"
                        + " custom_secrets={HF_TOKEN=[REDACTED]}}}",
                params.toString());
        server.enqueue(400, "{\"detail\":\"bad secret hf-secret-abcdef for key " + KEY + "\"}");
        RuntimeException e = assertThrows(RuntimeException.class, () -> client.updateEvaluation("eval_1", params));
        assertFalse(e.getMessage().contains("hf-secret-abcdef"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY), e.getMessage());
        assertEquals(
                Collections.singleton("HF_TOKEN"), config.customSecretNames().get());
    }

    @Test
    void fromEnvReadsKeyAndBaseUrlAndStripsApiPrefix() throws Exception {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PRIME_API_KEY", KEY);
        env.put("PRIME_API_BASE_URL", server.url() + "api/v1");
        server.enqueue(200, OK_BODY);
        try (PrimeIntellectClient fromEnv =
                PrimeIntellectClient.builder().fromEnv(ConfigSource.of(env)).build()) {
            fromEnv.updateEvaluation(
                    "eval_1", UpdateEvaluationParams.builder().name("n").build());
        }
        RecordedRequest request = server.take();
        assertEquals("/api/v1/evaluations/eval_1", request.getTarget());
        assertEquals("Bearer " + KEY, request.getHeaders().get("Authorization"));
    }

    @Test
    void fromEnvWithoutKeyNamesTheVariable() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> PrimeIntellectClient.builder()
                        .fromEnv(ConfigSource.of(Collections.<String, String>emptyMap()))
                        .build());
        assertEquals(
                "API key is missing: set the PRIME_API_KEY environment variable or pass the key to the client"
                        + " builder's apiKey(...)",
                e.getMessage());
    }

    @Test
    void retriesAServerErrorThenSucceeds() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(503)
                .addHeader("Retry-After", "2")
                .build());
        server.enqueue(200, OK_BODY);
        assertEquals(
                "eval_1",
                client.updateEvaluation(
                                "eval_1",
                                UpdateEvaluationParams.builder().name("n").build())
                        .evaluationId());
        assertEquals(Collections.singletonList(java.time.Duration.ofSeconds(2)), sleeper.sleeps());
        assertEquals(2, server.requestCount());
    }

    @Test
    void missingRequiredResponseFieldFailsOnlyItsAccessor() {
        server.enqueue(
                200, "{\"evaluation_id\":\"eval_1\",\"status\":\"RUNNING\",\"updated_at\":\"2025-05-01T11:00:00Z\"}");
        UpdateEvaluationResponse updated = client.updateEvaluation(
                "eval_1", UpdateEvaluationParams.builder().name("n").build());
        assertEquals("eval_1", updated.evaluationId());
        assertEquals(EvaluationStatus.RUNNING, updated.status());
        dev.evalwire.core.InvalidResponseException e =
                assertThrows(dev.evalwire.core.InvalidResponseException.class, updated::name);
        assertEquals(
                "UpdateEvaluationResponse.name cannot be read: required field 'name' is missing or null",
                e.getMessage());
        assertTrue(e.rawBody().contains("\"evaluation_id\":\"eval_1\""), e.rawBody());
        assertEquals(
                e.getMessage(),
                assertThrows(dev.evalwire.core.InvalidResponseException.class, updated::validate)
                        .getMessage());
        assertEquals("eval_1", updated.json().get("evaluation_id").asText(), "the raw JSON stays readable");
    }

    @Test
    void mistypedResponseFieldFailsOnlyItsAccessor() {
        server.enqueue(200, "{\"evaluation_id\":\"eval_1\",\"name\":\"n\",\"status\":\"RUNNING\",\"updated_at\":7}");
        UpdateEvaluationResponse updated = client.updateEvaluation(
                "eval_1", UpdateEvaluationParams.builder().name("n").build());
        assertEquals("n", updated.name());
        dev.evalwire.core.InvalidResponseException e =
                assertThrows(dev.evalwire.core.InvalidResponseException.class, updated::updatedAt);
        assertTrue(
                e.getMessage()
                        .startsWith(
                                "UpdateEvaluationResponse.updated_at cannot be read: field" + " 'updated_at' must be"),
                e.getMessage());
    }

    @Test
    void validateReturnsACompleteResponse() {
        server.enqueue(200, OK_BODY);
        UpdateEvaluationResponse updated = client.updateEvaluation(
                "eval_1", UpdateEvaluationParams.builder().name("n").build());
        assertTrue(updated == updated.validate());
    }

    @Test
    void nullSettersPointToTheClearMethod() {
        NullPointerException e = assertThrows(
                NullPointerException.class,
                () -> UpdateEvaluationParams.builder().description(null));
        assertEquals(
                "description must not be null; to send null and clear it, call clearDescription()", e.getMessage());
    }

    @Test
    void paramsAreValuesWithToBuilder() {
        UpdateEvaluationParams params =
                UpdateEvaluationParams.builder().name("a").tags("x").build();
        UpdateEvaluationParams changed = params.toBuilder().clearName().build();
        assertEquals(params, params.toBuilder().build());
        assertEquals(params.hashCode(), params.toBuilder().build().hashCode());
        assertTrue(changed.name().isNull());
        assertEquals("a", params.name().get(), "the original must not change");
    }
}
