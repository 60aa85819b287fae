package dev.evalwire.primeintellect;

import dev.evalwire.core.Authentication;
import dev.evalwire.core.ClientBuilder;
import dev.evalwire.core.ConfigSource;
import dev.evalwire.core.EvalwireException;
import dev.evalwire.core.WaitOptions;
import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.ApiRequest;
import dev.evalwire.core.internal.Poller;
import dev.evalwire.core.internal.ReadModifyWrite;
import dev.evalwire.core.internal.VendorDescription;
import dev.evalwire.primeintellect.internal.PrimeIntellectErrorShapes;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Client for Prime Intellect's evaluation calls: {@code GET} and {@code PUT /api/v1/evaluations/{evaluation_id}}.
 *
 * <pre>{@code
 * try (PrimeIntellectClient client = PrimeIntellectClient.fromEnv()) {
 *     GetEvaluationResponse current = client.getEvaluation("eval_123");
 *     UpdateEvaluationResponse updated = client.modifyEvaluation("eval_123", evaluation ->
 *         UpdateEvaluationParams.builder().tags(withTag(evaluation.tags(), "math")).build());
 *     GetEvaluationResponse finished = client.awaitEvaluation("eval_123");   // COMPLETED, FAILED, TIMEOUT or CANCELLED
 * }
 * }</pre>
 *
 * <p>The API has no version or ETag precondition: between a read and an update another writer may change the
 * evaluation. {@link #modifyEvaluation} reads it again just before writing and refuses to write when
 * {@code updated_at} moved; a change after that second read still goes unnoticed.
 *
 * <p>Authentication is {@code Authorization: Bearer <key>}. {@link #fromEnv()} reads {@code PRIME_API_KEY}
 * and {@code PRIME_BASE_URL} (or {@code PRIME_API_BASE_URL}; a trailing {@code /api/v1} is removed), system
 * properties {@code prime.api.key} and {@code prime.base.url} first. Clients are thread-safe; close them to
 * release their connections and threads.
 */
public final class PrimeIntellectClient extends PrimeIntellectCalls implements AutoCloseable {

    /** The production API. */
    public static final String DEFAULT_BASE_URL = "https://api.primeintellect.ai";

    /** The statuses the vendor's command-line tool treats as final; its API reference names none. */
    private static final Set<EvaluationStatus> FINAL = new HashSet<>(Arrays.asList(
            EvaluationStatus.COMPLETED, EvaluationStatus.FAILED, EvaluationStatus.TIMEOUT, EvaluationStatus.CANCELLED));
    /** Where {@link #fromEnv()} reads the API key; named by the messages of a missing key and of a 401. */
    private static final String API_KEY_VARIABLE = "PRIME_API_KEY";

    private PrimeIntellectClient(ApiExecutor executor) {
        super(executor);
    }

    /** @return a builder with the defaults: production base URL, default timeouts and retries */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a client configured from system properties and environment variables
     * @throws IllegalArgumentException when {@code PRIME_API_KEY} is not set, naming it
     */
    public static PrimeIntellectClient fromEnv() {
        return builder().fromEnv().build();
    }

    /**
     * Reads an evaluation, lets {@code change} compute the update from it (for example a tag added to the current
     * tags), reads it again and, when its {@code updated_at} did not move in between, sends the update.
     *
     * @param evaluationId the evaluation to change
     * @param change computes the update from the current evaluation
     * @return the server's summary of the evaluation after the update
     * @throws IllegalArgumentException for a bad id, before any request
     * @throws NullPointerException when {@code change} is null or returns null, before the update is sent
     * @throws dev.evalwire.core.ConcurrentChangeException when another writer changed the evaluation after the
     *     first read; nothing was sent
     * @throws EvalwireException subclasses for error statuses, network failures and invalid responses
     */
    public UpdateEvaluationResponse modifyEvaluation(
            String evaluationId, Function<? super GetEvaluationResponse, UpdateEvaluationParams> change) {
        return new ReadModifyWrite<>(
                        "evaluation " + evaluationId,
                        () -> getEvaluation(evaluationId),
                        GetEvaluationResponse::updatedAt)
                .run(change, params -> updateEvaluation(evaluationId, params));
    }

    /**
     * Reads an evaluation until its status is final (COMPLETED, FAILED, TIMEOUT or CANCELLED, the statuses the
     * vendor's command-line tool treats as final), with {@link WaitOptions#defaults()}.
     *
     * @param evaluationId the evaluation to wait for
     * @return the evaluation in its final status; {@code errorMessage()} says why when it failed
     * @throws IllegalArgumentException for a bad id, before any request
     * @throws dev.evalwire.core.WaitTimeoutException when the status is not final in time
     * @throws EvalwireException subclasses for error statuses, network failures, invalid responses and interrupts
     */
    public GetEvaluationResponse awaitEvaluation(String evaluationId) {
        return awaitEvaluation(evaluationId, WaitOptions.defaults());
    }

    /**
     * Reads an evaluation until its status is final, as {@link #awaitEvaluation(String)}.
     *
     * @param evaluationId the evaluation to wait for
     * @param options interval, backoff and timeout
     * @return the evaluation in its final status
     * @throws IllegalArgumentException for a bad id, before any request
     * @throws dev.evalwire.core.WaitTimeoutException when the status is not final in time
     * @throws EvalwireException subclasses for error statuses, network failures, invalid responses and interrupts
     */
    public GetEvaluationResponse awaitEvaluation(String evaluationId, WaitOptions options) {
        return executor.poller().await(() -> getEvaluation(evaluationId), finalStatus(evaluationId, options));
    }

    /**
     * Waits for a final status without holding a thread between reads. Cancelling the future cancels the read in
     * flight and the pending wait.
     *
     * @param evaluationId the evaluation to wait for
     * @param options interval, backoff and timeout
     * @return a future of the evaluation in its final status, failed with an {@link EvalwireException} (a
     *     {@link dev.evalwire.core.WaitTimeoutException} when time is up)
     * @throws IllegalArgumentException for a bad id, at once
     */
    public CompletableFuture<GetEvaluationResponse> awaitEvaluationAsync(String evaluationId, WaitOptions options) {
        return executor.poller().awaitAsync(() -> getEvaluationAsync(evaluationId), finalStatus(evaluationId, options));
    }

    /**
     * Waits for a final status without holding a thread, with {@link WaitOptions#defaults()}.
     *
     * @param evaluationId the evaluation to wait for
     * @return a future of the evaluation in its final status
     * @throws IllegalArgumentException for a bad id, at once
     */
    public CompletableFuture<GetEvaluationResponse> awaitEvaluationAsync(String evaluationId) {
        return awaitEvaluationAsync(evaluationId, WaitOptions.defaults());
    }

    private static Poller.Target<GetEvaluationResponse> finalStatus(String evaluationId, WaitOptions options) {
        return Poller.Target.untilState("evaluation " + evaluationId, GetEvaluationResponse::status, FINAL, options);
    }

    /** Closes the connections and threads the client owns; a shared OkHttp client is left open. */
    @Override
    public void close() {
        executor.close();
    }

    @Override
    ApiRequest getEvaluationRequest(String evaluationId) {
        return ApiRequest.builder("GET")
                .path("api", "v1", "evaluations")
                .pathParam("evaluation_id", evaluationId)
                .build();
    }

    @Override
    ApiRequest updateEvaluationRequest(String evaluationId, UpdateEvaluationParams params) {
        Objects.requireNonNull(params, "params");
        return ApiRequest.builder("PUT")
                .path("api", "v1", "evaluations")
                .pathParam("evaluation_id", evaluationId)
                .body(params)
                .build();
    }

    /**
     * Builds a {@link PrimeIntellectClient}; see {@link ClientBuilder} for the settings and {@code build()}.
     * {@code build()} throws {@link IllegalArgumentException} for a missing or malformed API key (naming
     * {@code PRIME_API_KEY}) or an invalid base URL.
     */
    public static final class Builder extends ClientBuilder<Builder, PrimeIntellectClient> {

        private static final VendorDescription<Builder, PrimeIntellectClient> VENDOR = new VendorDescription<>(
                "primeintellect",
                builder -> DEFAULT_BASE_URL,
                key -> Authentication.bearer(key, API_KEY_VARIABLE),
                new PrimeIntellectErrorShapes(),
                Builder::readConfig,
                (builder, executor) -> new PrimeIntellectClient(executor),
                API_KEY_VARIABLE);

        private Builder() {
            super(VENDOR);
        }

        private static void readConfig(Builder builder, ConfigSource source) {
            String key = VendorDescription.firstSet(source, API_KEY_VARIABLE);
            if (key != null) {
                builder.apiKey(key);
            }
            String url = VendorDescription.firstSet(source, "PRIME_BASE_URL", "PRIME_API_BASE_URL");
            if (url != null) {
                builder.baseUrl(stripApiPrefix(url.trim()));
            }
        }

        private static String stripApiPrefix(String url) {
            String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            return trimmed.endsWith("/api/v1") ? trimmed.substring(0, trimmed.length() - "/api/v1".length()) : trimmed;
        }
    }
}
