package dev.evalwire.fireworks;

import dev.evalwire.core.ApiResponse;
import dev.evalwire.core.Authentication;
import dev.evalwire.core.ClientBuilder;
import dev.evalwire.core.ConfigSource;
import dev.evalwire.core.EvalwireException;
import dev.evalwire.core.RequestOptions;
import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.ApiRequest;
import dev.evalwire.core.internal.Checks;
import dev.evalwire.core.internal.ResponseDecoder;
import dev.evalwire.fireworks.internal.FireworksBaseUrl;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.Nullable;

/**
 * Client for Fireworks' evaluator update call,
 * {@code PATCH /v1/accounts/{account_id}/evaluators/{evaluator_id}}.
 *
 * <pre>{@code
 * try (FireworksClient client = FireworksClient.fromEnv()) {
 *     Evaluator updated = client.updateEvaluator("exact-match",
 *         UpdateEvaluatorParams.builder().displayName("Exact match").build());
 *     System.out.println(updated.state());
 * }
 * }</pre>
 *
 * <p>Authentication is {@code Authorization: Bearer <key>}. {@link #fromEnv()} reads {@code FIREWORKS_API_KEY},
 * {@code FIREWORKS_ACCOUNT_ID} (the default account) and {@code FIREWORKS_BASE_URL}, system properties
 * {@code fireworks.api.key}, {@code fireworks.account.id} and {@code fireworks.base.url} first; a base URL
 * ending in {@code /inference/v1}, {@code /inference} or {@code /v1} has that suffix removed. Calls that do
 * not name an account use the client's; {@link UpdateEvaluatorRequest} names another one per call. Clients
 * are thread-safe; close them to release their connections and threads.
 */
public final class FireworksClient implements AutoCloseable {

    /** The production API. */
    public static final String DEFAULT_BASE_URL = "https://api.fireworks.ai";

    private static final ResponseDecoder<Evaluator> DECODER = Evaluator::fromJson;
    /** Where {@link #fromEnv()} reads the API key; named by the messages of a missing key and of a 401. */
    private static final String API_KEY_VARIABLE = "FIREWORKS_API_KEY";

    private final ApiExecutor executor;
    @Nullable private final String accountId;
    private final WithRawResponse raw = new WithRawResponse();

    private FireworksClient(ApiExecutor executor, @Nullable String accountId) {
        this.executor = executor;
        this.accountId = accountId;
    }

    /** @return a builder with the defaults: production base URL, no account, default timeouts and retries */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a client configured from system properties and environment variables
     * @throws IllegalArgumentException when {@code FIREWORKS_API_KEY} is not set, naming it
     */
    public static FireworksClient fromEnv() {
        return builder().fromEnv().build();
    }

    /** @return the account used by calls that do not name one, or null when none was configured */
    @Nullable
    public String accountId() {
        return accountId;
    }

    /**
     * Updates an evaluator of the client's account.
     *
     * @param evaluatorId the evaluator to change; any characters, sent as one path segment
     * @param params the fields to change
     * @return the evaluator as stored after the change
     * @throws IllegalStateException when the client has no account ({@code FIREWORKS_ACCOUNT_ID} or
     *     {@code accountId(...)}), before any request
     * @throws IllegalArgumentException for a null, blank, {@code .} or {@code ..} id, before any request
     * @throws EvalwireException subclasses for error statuses, network failures and invalid responses
     */
    public Evaluator updateEvaluator(String evaluatorId, UpdateEvaluatorParams params) {
        return updateEvaluator(evaluatorId, params, RequestOptions.none());
    }

    /**
     * Updates an evaluator of the client's account, with per-call options.
     *
     * @param evaluatorId the evaluator to change
     * @param params the fields to change
     * @param options timeout, retries and extra headers for this call
     * @return the evaluator as stored after the change
     * @throws IllegalStateException when the client has no account, before any request
     * @throws IllegalArgumentException for a bad id, before any request
     * @throws EvalwireException subclasses for error statuses, network failures and invalid responses
     */
    public Evaluator updateEvaluator(String evaluatorId, UpdateEvaluatorParams params, RequestOptions options) {
        return raw.updateEvaluator(evaluatorId, params, options).body();
    }

    /**
     * Updates an evaluator as described by a request: its account (or the client's), the evaluator, the
     * optional {@code prepareCodeUpload} flag and the fields.
     *
     * @param request the call
     * @return the evaluator as stored after the change
     * @throws IllegalStateException when neither the request nor the client names an account
     * @throws IllegalArgumentException for a bad id, before any request
     * @throws EvalwireException subclasses for error statuses, network failures and invalid responses
     */
    public Evaluator updateEvaluator(UpdateEvaluatorRequest request) {
        return updateEvaluator(request, RequestOptions.none());
    }

    /**
     * Updates an evaluator as described by a request, with per-call options.
     *
     * @param request the call
     * @param options timeout, retries and extra headers for this call
     * @return the evaluator as stored after the change
     * @throws IllegalStateException when neither the request nor the client names an account
     * @throws IllegalArgumentException for a bad id, before any request
     * @throws EvalwireException subclasses for error statuses, network failures and invalid responses
     */
    public Evaluator updateEvaluator(UpdateEvaluatorRequest request, RequestOptions options) {
        return raw.updateEvaluator(request, options).body();
    }

    /**
     * Updates an evaluator of the client's account without blocking. Cancelling the future cancels the call.
     *
     * @param evaluatorId the evaluator to change
     * @param params the fields to change
     * @return a future of the evaluator, failed with an {@link EvalwireException} on error
     * @throws IllegalStateException when the client has no account, at once
     * @throws IllegalArgumentException for a bad id, at once
     */
    public CompletableFuture<Evaluator> updateEvaluatorAsync(String evaluatorId, UpdateEvaluatorParams params) {
        return updateEvaluatorAsync(evaluatorId, params, RequestOptions.none());
    }

    /**
     * Updates an evaluator of the client's account without blocking, with per-call options.
     *
     * @param evaluatorId the evaluator to change
     * @param params the fields to change
     * @param options timeout, retries and extra headers for this call
     * @return a future of the evaluator
     * @throws IllegalStateException when the client has no account, at once
     * @throws IllegalArgumentException for a bad id, at once
     */
    public CompletableFuture<Evaluator> updateEvaluatorAsync(String evaluatorId, UpdateEvaluatorParams params,
            RequestOptions options) {
        return executor.executeAsyncBody(request(evaluatorId, params), DECODER, options);
    }

    /**
     * Updates an evaluator as described by a request, without blocking.
     *
     * @param request the call
     * @return a future of the evaluator; cancelling it cancels the call
     * @throws IllegalStateException when neither the request nor the client names an account, at once
     * @throws IllegalArgumentException for a bad id, at once
     */
    public CompletableFuture<Evaluator> updateEvaluatorAsync(UpdateEvaluatorRequest request) {
        return updateEvaluatorAsync(request, RequestOptions.none());
    }

    /**
     * Updates an evaluator as described by a request, without blocking, with per-call options.
     *
     * @param request the call
     * @param options timeout, retries and extra headers for this call
     * @return a future of the evaluator; cancelling it cancels the call
     * @throws IllegalStateException when neither the request nor the client names an account, at once
     * @throws IllegalArgumentException for a bad id, at once
     */
    public CompletableFuture<Evaluator> updateEvaluatorAsync(UpdateEvaluatorRequest request,
            RequestOptions options) {
        return executor.executeAsyncBody(request(request), DECODER, options);
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

    private ApiRequest request(String evaluatorId, UpdateEvaluatorParams params) {
        Objects.requireNonNull(params, "params");
        return build(clientAccount(), evaluatorId, null, params);
    }

    private ApiRequest request(UpdateEvaluatorRequest request) {
        Objects.requireNonNull(request, "request");
        String account = request.accountId() != null ? request.accountId() : clientAccount();
        return build(account, request.evaluatorId(), request.prepareCodeUpload(), request.params());
    }

    private String clientAccount() {
        if (accountId == null) {
            throw new IllegalStateException("no Fireworks account id: set the FIREWORKS_ACCOUNT_ID environment"
                    + " variable, call FireworksClient.builder().accountId(...), or name the account per call with"
                    + " UpdateEvaluatorRequest.builder().accountId(...)");
        }
        return accountId;
    }

    private static ApiRequest build(String account, String evaluatorId, @Nullable Boolean prepareCodeUpload,
            UpdateEvaluatorParams params) {
        ApiRequest.Builder builder = ApiRequest.builder("PATCH").path("v1", "accounts")
                .pathParam("account_id", account).path("evaluators").pathParam("evaluator_id", evaluatorId);
        if (prepareCodeUpload != null) {
            builder.query("prepareCodeUpload", prepareCodeUpload.toString());
        }
        return builder.body(params).apiKeyVariables(API_KEY_VARIABLE).build();
    }

    /** The client's calls, answering with {@link ApiResponse}: typed body plus status, headers and raw body. */
    public final class WithRawResponse {

        private WithRawResponse() {
        }

        /**
         * @param evaluatorId the evaluator to change, in the client's account
         * @param params the fields to change
         * @param options per-call options
         * @return the typed and raw response
         * @throws IllegalStateException when the client has no account
         * @throws EvalwireException subclasses on failure
         */
        public ApiResponse<Evaluator> updateEvaluator(String evaluatorId, UpdateEvaluatorParams params,
                RequestOptions options) {
            return executor.execute(request(evaluatorId, params), DECODER, options);
        }

        /**
         * @param request the call
         * @param options per-call options
         * @return the typed and raw response
         * @throws IllegalStateException when neither the request nor the client names an account
         * @throws EvalwireException subclasses on failure
         */
        public ApiResponse<Evaluator> updateEvaluator(UpdateEvaluatorRequest request, RequestOptions options) {
            return executor.execute(request(request), DECODER, options);
        }

        /**
         * @param evaluatorId the evaluator to change, in the client's account
         * @param params the fields to change
         * @param options per-call options
         * @return a future of the typed and raw response; cancelling it cancels the call
         * @throws IllegalStateException when the client has no account, at once
         */
        public CompletableFuture<ApiResponse<Evaluator>> updateEvaluatorAsync(String evaluatorId,
                UpdateEvaluatorParams params, RequestOptions options) {
            return executor.executeAsync(request(evaluatorId, params), DECODER, options);
        }

        /**
         * @param request the call
         * @param options per-call options
         * @return a future of the typed and raw response; cancelling it cancels the call
         * @throws IllegalStateException when neither the request nor the client names an account, at once
         */
        public CompletableFuture<ApiResponse<Evaluator>> updateEvaluatorAsync(UpdateEvaluatorRequest request,
                RequestOptions options) {
            return executor.executeAsync(request(request), DECODER, options);
        }
    }

    /**
     * Builds a {@link FireworksClient}; see {@link ClientBuilder} for the shared settings. Adds
     * {@link #accountId(String)}, the account used by calls that do not name one.
     */
    public static final class Builder extends ClientBuilder<Builder> {

        @Nullable private String accountId;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * @param accountId the account used by calls that do not name one (the official SDKs read it from
         *     {@code FIREWORKS_ACCOUNT_ID})
         * @return this builder
         * @throws NullPointerException for null
         * @throws IllegalArgumentException for an empty or whitespace id
         */
        public Builder accountId(String accountId) {
            this.accountId = Checks.notBlank("accountId", accountId);
            return this;
        }

        @Override
        protected void readConfig(ConfigSource source) {
            String key = firstSet(source, API_KEY_VARIABLE);
            if (key != null) {
                apiKey(key);
            }
            String account = firstSet(source, "FIREWORKS_ACCOUNT_ID");
            if (account != null) {
                accountId(account.trim());
            }
            String url = firstSet(source, "FIREWORKS_BASE_URL");
            if (url != null) {
                baseUrl(FireworksBaseUrl.fromConfig(url));
            }
        }

        /**
         * @return the client
         * @throws IllegalArgumentException for a missing or malformed API key (naming {@code FIREWORKS_API_KEY})
         *     or an invalid base URL
         */
        public FireworksClient build() {
            return new FireworksClient(buildExecutor("fireworks", DEFAULT_BASE_URL,
                    Authentication.bearer(apiKey(), API_KEY_VARIABLE), HttpHeaders.empty()), accountId);
        }
    }
}
