package dev.evalwire.scale;

import dev.evalwire.core.ApiResponse;
import dev.evalwire.core.Authentication;
import dev.evalwire.core.ClientBuilder;
import dev.evalwire.core.ConfigSource;
import dev.evalwire.core.EvalwireException;
import dev.evalwire.core.RequestOptions;
import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.ApiRequest;
import dev.evalwire.core.internal.ResponseDecoder;
import dev.evalwire.core.internal.errors.FastApiValidation;
import dev.evalwire.scale.internal.UpdateTaskConfigurationBody;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.Nullable;

/**
 * Client for the Scale GenAI Platform call that replaces one evaluation task's configuration,
 * {@code PATCH /v5/evaluations/{evaluation_id}/tasks/{alias}}.
 *
 * <pre>{@code
 * try (ScaleClient client = ScaleClient.fromEnv()) {
 *     Evaluation evaluation = client.updateTaskConfiguration("eval_123", "chat_completion",
 *         ChatCompletionConfiguration.builder()
 *             .model("openai/gpt-4o-mini")
 *             .messagesFromItem("item.messages")
 *             .temperature(0.2)
 *             .build());
 *     System.out.println(evaluation.status());
 * }
 * }</pre>
 *
 * <p>Authentication is the {@code x-api-key} header. {@link Builder#accountId(String)} adds
 * {@code x-selected-account-id} to every call; {@link UpdateTaskConfigurationRequest#accountId()} replaces it for
 * one call. {@link #fromEnv()} reads {@code SGP_API_KEY}, {@code SGP_ACCOUNT_ID} and {@code SGP_CLIENT_BASE_URL}
 * (system properties {@code sgp.api.key}, {@code sgp.account.id} and {@code sgp.client.base.url} first). Clients
 * are thread-safe; close them to release their connections and threads.
 */
public final class ScaleClient implements AutoCloseable {

    /** The production API. */
    public static final String DEFAULT_BASE_URL = "https://api.egp.scale.com";

    private static final ResponseDecoder<Evaluation> DECODER = Evaluation::fromJson;
    /** Where {@link #fromEnv()} reads the API key; named by the messages of a missing key and of a 401. */
    private static final String API_KEY_VARIABLE = "SGP_API_KEY";

    private final ApiExecutor executor;
    private final WithRawResponse raw = new WithRawResponse();

    private ScaleClient(ApiExecutor executor) {
        this.executor = executor;
    }

    /** @return a builder with the defaults: production base URL, default timeouts and retries, no account */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a client configured from system properties and environment variables
     * @throws IllegalArgumentException when {@code SGP_API_KEY} is not set, naming it
     */
    public static ScaleClient fromEnv() {
        return builder().fromEnv().build();
    }

    /**
     * Replaces the configuration of one task.
     *
     * @param evaluationId the evaluation that owns the task; sent as one path segment
     * @param alias the task's alias; sent as one path segment
     * @param configuration the new configuration; keys not in it are not kept
     * @return the whole evaluation after the change
     * @throws IllegalArgumentException for a null, blank, {@code .} or {@code ..} id or alias, before any request
     * @throws EvalwireException subclasses for error statuses, network failures and invalid responses
     */
    public Evaluation updateTaskConfiguration(String evaluationId, String alias, TaskConfiguration configuration) {
        return updateTaskConfiguration(request(evaluationId, alias, configuration), RequestOptions.none());
    }

    /**
     * Replaces the configuration of one task, with per-call options.
     *
     * @param evaluationId the evaluation that owns the task
     * @param alias the task's alias
     * @param configuration the new configuration
     * @param options timeout, retries and extra headers for this call
     * @return the whole evaluation after the change
     * @throws IllegalArgumentException for a bad id or alias, before any request
     * @throws EvalwireException subclasses for error statuses, network failures and invalid responses
     */
    public Evaluation updateTaskConfiguration(String evaluationId, String alias, TaskConfiguration configuration,
            RequestOptions options) {
        return updateTaskConfiguration(request(evaluationId, alias, configuration), options);
    }

    /**
     * Replaces the configuration of one task, with the account given in the request when it has one.
     *
     * @param request the task, configuration and optional account
     * @return the whole evaluation after the change
     * @throws EvalwireException subclasses for error statuses, network failures and invalid responses
     */
    public Evaluation updateTaskConfiguration(UpdateTaskConfigurationRequest request) {
        return updateTaskConfiguration(request, RequestOptions.none());
    }

    /**
     * Replaces the configuration of one task, with per-call options.
     *
     * @param request the task, configuration and optional account
     * @param options timeout, retries and extra headers for this call
     * @return the whole evaluation after the change
     * @throws EvalwireException subclasses for error statuses, network failures and invalid responses
     */
    public Evaluation updateTaskConfiguration(UpdateTaskConfigurationRequest request, RequestOptions options) {
        return raw.updateTaskConfiguration(request, options).body();
    }

    /**
     * Replaces the configuration of one task without blocking. Cancelling the future cancels the HTTP call.
     *
     * @param evaluationId the evaluation that owns the task
     * @param alias the task's alias
     * @param configuration the new configuration
     * @return a future of the evaluation, failed with an {@link EvalwireException} on error
     * @throws IllegalArgumentException for a bad id or alias, at once
     */
    public CompletableFuture<Evaluation> updateTaskConfigurationAsync(String evaluationId, String alias,
            TaskConfiguration configuration) {
        return updateTaskConfigurationAsync(request(evaluationId, alias, configuration), RequestOptions.none());
    }

    /**
     * Replaces the configuration of one task without blocking, with per-call options.
     *
     * @param evaluationId the evaluation that owns the task
     * @param alias the task's alias
     * @param configuration the new configuration
     * @param options timeout, retries and extra headers for this call
     * @return a future of the evaluation
     * @throws IllegalArgumentException for a bad id or alias, at once
     */
    public CompletableFuture<Evaluation> updateTaskConfigurationAsync(String evaluationId, String alias,
            TaskConfiguration configuration, RequestOptions options) {
        return updateTaskConfigurationAsync(request(evaluationId, alias, configuration), options);
    }

    /**
     * Replaces the configuration of one task without blocking.
     *
     * @param request the task, configuration and optional account
     * @return a future of the evaluation
     */
    public CompletableFuture<Evaluation> updateTaskConfigurationAsync(UpdateTaskConfigurationRequest request) {
        return updateTaskConfigurationAsync(request, RequestOptions.none());
    }

    /**
     * Replaces the configuration of one task without blocking, with per-call options.
     *
     * @param request the task, configuration and optional account
     * @param options timeout, retries and extra headers for this call
     * @return a future of the evaluation
     */
    public CompletableFuture<Evaluation> updateTaskConfigurationAsync(UpdateTaskConfigurationRequest request,
            RequestOptions options) {
        return executor.executeAsyncBody(apiRequest(request), DECODER, options);
    }

    /** @return the same calls, returning the raw status, headers and body next to the typed response */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /** Closes the connections and threads the client owns; a shared OkHttp client is left open. */
    @Override
    public void close() {
        executor.close();
    }

    private static UpdateTaskConfigurationRequest request(String evaluationId, String alias,
            TaskConfiguration configuration) {
        return UpdateTaskConfigurationRequest.builder().evaluationId(evaluationId).alias(alias)
                .configuration(configuration).build();
    }

    private static ApiRequest apiRequest(UpdateTaskConfigurationRequest request) {
        Objects.requireNonNull(request, "request");
        UpdateTaskConfigurationBody body = UpdateTaskConfigurationBody.of(request.configuration());
        ApiRequest.Builder call = ApiRequest.builder("PATCH").path("v5", "evaluations")
                .pathParam("evaluation_id", request.evaluationId()).path("tasks").pathParam("alias", request.alias())
                .body(body).apiKeyVariables(API_KEY_VARIABLE);
        if (request.accountId() != null) {
            call.header(UpdateTaskConfigurationRequest.ACCOUNT_HEADER, request.accountId());
        }
        return call.build();
    }

    /** The client's calls, answering with {@link ApiResponse}: typed body plus status, headers and raw body. */
    public final class WithRawResponse {

        private WithRawResponse() {
        }

        /**
         * @param request the task, configuration and optional account
         * @param options per-call options
         * @return the typed and raw response
         * @throws EvalwireException subclasses on failure
         */
        public ApiResponse<Evaluation> updateTaskConfiguration(UpdateTaskConfigurationRequest request,
                RequestOptions options) {
            return executor.execute(apiRequest(request), DECODER, options);
        }

        /**
         * @param request the task, configuration and optional account
         * @param options per-call options
         * @return a future of the typed and raw response; cancelling it cancels the call
         */
        public CompletableFuture<ApiResponse<Evaluation>> updateTaskConfigurationAsync(
                UpdateTaskConfigurationRequest request, RequestOptions options) {
            return executor.executeAsync(apiRequest(request), DECODER, options);
        }
    }

    /** Builds a {@link ScaleClient}; see {@link ClientBuilder} for the shared settings. */
    public static final class Builder extends ClientBuilder<Builder> {

        @Nullable private String accountId;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * Sends {@code x-selected-account-id} on every call, for keys that can reach more than one account.
         *
         * @param accountId the account to act for
         * @return this builder
         * @throws NullPointerException for null
         * @throws IllegalArgumentException when blank or not a valid header value (line breaks, non-ASCII)
         */
        public Builder accountId(String accountId) {
            this.accountId = UpdateTaskConfigurationRequest.checkAccountId(accountId);
            return this;
        }

        @Override
        protected void readConfig(ConfigSource source) {
            String key = firstSet(source, API_KEY_VARIABLE);
            if (key != null) {
                apiKey(key);
            }
            String account = firstSet(source, "SGP_ACCOUNT_ID");
            if (account != null) {
                accountId(account.trim());
            }
            String url = firstSet(source, "SGP_CLIENT_BASE_URL");
            if (url != null) {
                baseUrl(url.trim());
            }
        }

        /**
         * @return the client
         * @throws IllegalArgumentException for a missing or malformed API key (naming {@code SGP_API_KEY}) or an
         *     invalid base URL
         */
        public ScaleClient build() {
            HttpHeaders vendorHeaders = accountId == null ? HttpHeaders.empty()
                    : HttpHeaders.builder().set(UpdateTaskConfigurationRequest.ACCOUNT_HEADER, accountId).build();
            return new ScaleClient(buildExecutor("scale", DEFAULT_BASE_URL,
                    Authentication.apiKeyHeader("x-api-key", apiKey(), API_KEY_VARIABLE), vendorHeaders,
                    new FastApiValidation()));
        }
    }
}
