package dev.evalwire.fireworks;

import dev.evalwire.core.ApiResponse;
import dev.evalwire.core.Authentication;
import dev.evalwire.core.ClientBuilder;
import dev.evalwire.core.ConfigSource;
import dev.evalwire.core.EvalwireException;
import dev.evalwire.core.RequestOptions;
import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.ApiRequest;
import dev.evalwire.core.internal.Checks;
import dev.evalwire.core.internal.PathEncoding;
import dev.evalwire.core.internal.ResponseDecoder;
import dev.evalwire.core.internal.VendorDescription;
import dev.evalwire.core.internal.errors.ErrorShapes;
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
 * {@code FIREWORKS_ACCOUNT_ID} (the account in the path) and {@code FIREWORKS_BASE_URL}, system properties
 * {@code fireworks.api.key}, {@code fireworks.account.id} and {@code fireworks.base.url} first; a base URL
 * ending in {@code /inference/v1}, {@code /inference} or {@code /v1} has that suffix removed.
 * {@link #withAccount(String)} gives a view of the client that acts for another account. Clients are
 * thread-safe; close them to release their connections and threads.
 */
public final class FireworksClient implements AutoCloseable {

    /** The production API. */
    public static final String DEFAULT_BASE_URL = "https://api.fireworks.ai";

    private static final ResponseDecoder<Evaluator> DECODER = Evaluator::fromJson;
    /** Where {@link #fromEnv()} reads the API key; named by the messages of a missing key and of a 401. */
    private static final String API_KEY_VARIABLE = "FIREWORKS_API_KEY";

    private final ApiExecutor executor;

    @Nullable
    private final String accountId;

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

    /** @return the account whose evaluators this client changes, or null when none was configured */
    @Nullable
    public String accountId() {
        return accountId;
    }

    /**
     * Returns a view of this client that acts for another account ({@code {account_id}} in the path). The view
     * shares this client's connections, threads and settings; closing either closes them for both.
     *
     * @param accountId the account; any characters, sent as one path segment
     * @return the view
     * @throws NullPointerException for null, before any request
     * @throws IllegalArgumentException for a blank, {@code .} or {@code ..} id, or one that is not valid UTF-16,
     *     before any request
     */
    public FireworksClient withAccount(String accountId) {
        return new FireworksClient(executor, checkAccountId(accountId));
    }

    private static String checkAccountId(String accountId) {
        PathEncoding.segment("accountId", Checks.notBlank("accountId", accountId));
        return accountId;
    }

    /**
     * Updates an evaluator of the client's account.
     *
     * @param evaluatorId the evaluator to change; any characters, sent as one path segment
     * @param params the fields to change and the optional {@code prepareCodeUpload} flag
     * @return the evaluator as stored after the change
     * @throws IllegalStateException when the client has no account ({@code FIREWORKS_ACCOUNT_ID},
     *     {@code accountId(...)} or {@link #withAccount(String)}), before any request
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
     * @param params the fields to change and the optional {@code prepareCodeUpload} flag
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
     * Updates an evaluator of the client's account without blocking. Cancelling the future cancels the call.
     *
     * @param evaluatorId the evaluator to change
     * @param params the fields to change and the optional {@code prepareCodeUpload} flag
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
     * @param params the fields to change and the optional {@code prepareCodeUpload} flag
     * @param options timeout, retries and extra headers for this call
     * @return a future of the evaluator
     * @throws IllegalStateException when the client has no account, at once
     * @throws IllegalArgumentException for a bad id, at once
     */
    public CompletableFuture<Evaluator> updateEvaluatorAsync(
            String evaluatorId, UpdateEvaluatorParams params, RequestOptions options) {
        return executor.executeAsyncBody(request(evaluatorId, params), DECODER, options);
    }

    /** @return the same calls, returning the raw status, headers and body next to the typed response */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /**
     * Closes the connections and threads the client owns, for this client and every view made with
     * {@link #withAccount(String)} (and for the client it was made from); a shared OkHttp client is left open.
     */
    @Override
    public void close() {
        executor.close();
    }

    private ApiRequest request(String evaluatorId, UpdateEvaluatorParams params) {
        Objects.requireNonNull(params, "params");
        if (accountId == null) {
            throw new IllegalStateException("no Fireworks account id: set the FIREWORKS_ACCOUNT_ID environment"
                    + " variable, call FireworksClient.builder().accountId(...), or use client.withAccount(...)");
        }
        return ApiRequest.builder("PATCH")
                .path("v1", "accounts")
                .pathParam("account_id", accountId)
                .path("evaluators")
                .pathParam("evaluator_id", evaluatorId)
                .body(params)
                .apiKeyVariables(API_KEY_VARIABLE)
                .build();
    }

    /** The client's calls, answering with {@link ApiResponse}: typed body plus status, headers and raw body. */
    public final class WithRawResponse {

        private WithRawResponse() {}

        /**
         * @param evaluatorId the evaluator to change, in the client's account
         * @param params the fields to change and the optional {@code prepareCodeUpload} flag
         * @return the typed and raw response
         * @throws IllegalStateException when the client has no account, before any request
         * @throws IllegalArgumentException for a bad id, before any request
         * @throws EvalwireException subclasses on failure
         */
        public ApiResponse<Evaluator> updateEvaluator(String evaluatorId, UpdateEvaluatorParams params) {
            return updateEvaluator(evaluatorId, params, RequestOptions.none());
        }

        /**
         * @param evaluatorId the evaluator to change, in the client's account
         * @param params the fields to change and the optional {@code prepareCodeUpload} flag
         * @param options per-call options
         * @return the typed and raw response
         * @throws IllegalStateException when the client has no account, before any request
         * @throws IllegalArgumentException for a bad id, before any request
         * @throws EvalwireException subclasses on failure
         */
        public ApiResponse<Evaluator> updateEvaluator(
                String evaluatorId, UpdateEvaluatorParams params, RequestOptions options) {
            return executor.execute(request(evaluatorId, params), DECODER, options);
        }

        /**
         * @param evaluatorId the evaluator to change, in the client's account
         * @param params the fields to change and the optional {@code prepareCodeUpload} flag
         * @return a future of the typed and raw response; cancelling it cancels the call
         * @throws IllegalStateException when the client has no account, at once
         * @throws IllegalArgumentException for a bad id, at once
         */
        public CompletableFuture<ApiResponse<Evaluator>> updateEvaluatorAsync(
                String evaluatorId, UpdateEvaluatorParams params) {
            return updateEvaluatorAsync(evaluatorId, params, RequestOptions.none());
        }

        /**
         * @param evaluatorId the evaluator to change, in the client's account
         * @param params the fields to change and the optional {@code prepareCodeUpload} flag
         * @param options per-call options
         * @return a future of the typed and raw response; cancelling it cancels the call
         * @throws IllegalStateException when the client has no account, at once
         * @throws IllegalArgumentException for a bad id, at once
         */
        public CompletableFuture<ApiResponse<Evaluator>> updateEvaluatorAsync(
                String evaluatorId, UpdateEvaluatorParams params, RequestOptions options) {
            return executor.executeAsync(request(evaluatorId, params), DECODER, options);
        }
    }

    /**
     * Builds a {@link FireworksClient}; see {@link ClientBuilder} for the settings and {@code build()}, which
     * throws {@link IllegalArgumentException} for a missing or malformed API key (naming
     * {@code FIREWORKS_API_KEY}) or an invalid base URL. Adds {@link #accountId(String)}.
     */
    public static final class Builder extends ClientBuilder<Builder, FireworksClient> {

        private static final VendorDescription<Builder, FireworksClient> VENDOR = new VendorDescription<>(
                "fireworks",
                builder -> DEFAULT_BASE_URL,
                key -> Authentication.bearer(key, API_KEY_VARIABLE),
                ErrorShapes.GENERIC,
                Builder::readConfig,
                (builder, executor) -> new FireworksClient(executor, builder.accountId));

        @Nullable
        private String accountId;

        private Builder() {
            super(VENDOR);
        }

        /**
         * @param accountId the account whose evaluators the client changes (the official SDKs read it from
         *     {@code FIREWORKS_ACCOUNT_ID}); any characters, sent as one path segment
         * @return this builder
         * @throws NullPointerException for null
         * @throws IllegalArgumentException for a blank, {@code .} or {@code ..} id, or one that is not valid UTF-16
         */
        public Builder accountId(String accountId) {
            this.accountId = checkAccountId(accountId);
            return this;
        }

        private static void readConfig(Builder builder, ConfigSource source) {
            String key = VendorDescription.firstSet(source, API_KEY_VARIABLE);
            if (key != null) {
                builder.apiKey(key);
            }
            String account = VendorDescription.firstSet(source, "FIREWORKS_ACCOUNT_ID");
            if (account != null) {
                builder.accountId(account.trim());
            }
            String url = VendorDescription.firstSet(source, "FIREWORKS_BASE_URL");
            if (url != null) {
                builder.baseUrl(FireworksBaseUrl.fromConfig(url));
            }
        }
    }
}
