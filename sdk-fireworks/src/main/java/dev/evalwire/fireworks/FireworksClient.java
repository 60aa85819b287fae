package dev.evalwire.fireworks;

import dev.evalwire.core.Authentication;
import dev.evalwire.core.ClientBuilder;
import dev.evalwire.core.ConfigSource;
import dev.evalwire.core.EvalwireException;
import dev.evalwire.core.WaitOptions;
import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.ApiRequest;
import dev.evalwire.core.internal.Checks;
import dev.evalwire.core.internal.PathEncoding;
import dev.evalwire.core.internal.Poller;
import dev.evalwire.core.internal.ReadModifyWrite;
import dev.evalwire.core.internal.VendorDescription;
import dev.evalwire.core.internal.errors.ErrorShapes;
import dev.evalwire.fireworks.internal.FireworksBaseUrl;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javax.annotation.Nullable;

/**
 * Client for Fireworks' evaluator calls: {@code GET} and {@code PATCH
 * /v1/accounts/{account_id}/evaluators/{evaluator_id}}.
 *
 * <pre>{@code
 * try (FireworksClient client = FireworksClient.fromEnv()) {
 *     Evaluator updated = client.updateEvaluator("exact-match",
 *         UpdateEvaluatorParams.builder().requirements("numpy==2.1.0\n").build());   // starts a rebuild
 *     EvaluatorBuild build = client.awaitBuild("exact-match");
 *     if (!build.succeeded()) {
 *         System.err.println("build failed: " + build.message());
 *     }
 * }
 * }</pre>
 *
 * <p>The API has no version or ETag precondition: between a read and an update another writer may change the
 * evaluator. {@link #modifyEvaluator} reads it again just before writing and refuses to write when
 * {@code updateTime} moved; a change after that second read still goes unnoticed.
 *
 * <p>Authentication is {@code Authorization: Bearer <key>}. {@link #fromEnv()} reads {@code FIREWORKS_API_KEY},
 * {@code FIREWORKS_ACCOUNT_ID} (the account in the path) and {@code FIREWORKS_BASE_URL}, system properties
 * {@code fireworks.api.key}, {@code fireworks.account.id} and {@code fireworks.base.url} first; a base URL
 * ending in {@code /inference/v1}, {@code /inference} or {@code /v1} has that suffix removed.
 * {@link #withAccount(String)} gives a view of the client that acts for another account. Clients are
 * thread-safe; close them to release their connections and threads.
 */
public final class FireworksClient extends FireworksCalls implements AutoCloseable {

    /** The production API. */
    public static final String DEFAULT_BASE_URL = "https://api.fireworks.ai";

    private static final Set<EvaluatorState> BUILT =
            new HashSet<>(Arrays.asList(EvaluatorState.ACTIVE, EvaluatorState.BUILD_FAILED));
    /** Where {@link #fromEnv()} reads the API key; named by the messages of a missing key and of a 401. */
    private static final String API_KEY_VARIABLE = "FIREWORKS_API_KEY";

    @Nullable
    private final String accountId;

    private FireworksClient(ApiExecutor executor, @Nullable String accountId) {
        super(executor);
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
     * Reads an evaluator, lets {@code change} compute the update from it, reads it again and, when its
     * {@code updateTime} did not move in between, sends the update.
     *
     * @param evaluatorId the evaluator to change
     * @param change computes the update from the current evaluator
     * @return the evaluator as stored after the change
     * @throws IllegalStateException when the client has no account, before any request
     * @throws IllegalArgumentException for a bad id, before any request
     * @throws NullPointerException when {@code change} is null or returns null, before the update is sent
     * @throws dev.evalwire.core.ConcurrentChangeException when another writer changed the evaluator after the
     *     first read; nothing was sent
     * @throws EvalwireException subclasses for error statuses, network failures and invalid responses
     */
    public Evaluator modifyEvaluator(String evaluatorId, Function<? super Evaluator, UpdateEvaluatorParams> change) {
        return new ReadModifyWrite<>("evaluator " + evaluatorId, () -> getEvaluator(evaluatorId), Evaluator::updateTime)
                .run(change, params -> updateEvaluator(evaluatorId, params));
    }

    /**
     * Reads an evaluator until its build is over ({@code ACTIVE} or {@code BUILD_FAILED}), with
     * {@link WaitOptions#defaults()}. The vendor's documented way to follow a build; an update of
     * {@code requirements} or {@code entryPoint}, or one with {@code prepareCodeUpload}, starts one. Any other state
     * ({@code BUILDING}, {@code STATE_UNSPECIFIED}, or one newer than this SDK) counts as not over yet.
     *
     * @param evaluatorId the evaluator to wait for
     * @return how the build ended, with the status message
     * @throws IllegalStateException when the client has no account, before any request
     * @throws IllegalArgumentException for a bad id, before any request
     * @throws dev.evalwire.core.WaitTimeoutException when the build is not over in time
     * @throws EvalwireException subclasses for error statuses, network failures, invalid responses and interrupts
     */
    public EvaluatorBuild awaitBuild(String evaluatorId) {
        return awaitBuild(evaluatorId, WaitOptions.defaults());
    }

    /**
     * Reads an evaluator until its build is over, as {@link #awaitBuild(String)}.
     *
     * @param evaluatorId the evaluator to wait for
     * @param options interval, backoff and timeout
     * @return how the build ended, with the status message
     * @throws IllegalStateException when the client has no account, before any request
     * @throws IllegalArgumentException for a bad id, before any request
     * @throws dev.evalwire.core.WaitTimeoutException when the build is not over in time
     * @throws EvalwireException subclasses for error statuses, network failures, invalid responses and interrupts
     */
    public EvaluatorBuild awaitBuild(String evaluatorId, WaitOptions options) {
        return new EvaluatorBuild(
                executor.poller().await(() -> getEvaluator(evaluatorId), built(evaluatorId, options)));
    }

    /**
     * Waits for the build to be over without holding a thread between reads, with {@link WaitOptions#defaults()}.
     *
     * @param evaluatorId the evaluator to wait for
     * @return a future of how the build ended
     * @throws IllegalStateException when the client has no account, at once
     * @throws IllegalArgumentException for a bad id, at once
     */
    public CompletableFuture<EvaluatorBuild> awaitBuildAsync(String evaluatorId) {
        return awaitBuildAsync(evaluatorId, WaitOptions.defaults());
    }

    /**
     * Waits for the build to be over without holding a thread between reads. Cancelling the future cancels the
     * read in flight and the pending wait.
     *
     * @param evaluatorId the evaluator to wait for
     * @param options interval, backoff and timeout
     * @return a future of how the build ended, failed with an {@link EvalwireException} (a
     *     {@link dev.evalwire.core.WaitTimeoutException} when time is up)
     * @throws IllegalStateException when the client has no account, at once
     * @throws IllegalArgumentException for a bad id, at once
     */
    public CompletableFuture<EvaluatorBuild> awaitBuildAsync(String evaluatorId, WaitOptions options) {
        return executor.poller()
                .awaitAsync(() -> getEvaluatorAsync(evaluatorId), built(evaluatorId, options), EvaluatorBuild::new);
    }

    private static Poller.Target<Evaluator> built(String evaluatorId, WaitOptions options) {
        return Poller.Target.untilState("evaluator " + evaluatorId, Evaluator::state, BUILT, options);
    }

    /**
     * Closes the connections and threads the client owns, for this client and every view made with
     * {@link #withAccount(String)} (and for the client it was made from); a shared OkHttp client is left open.
     */
    @Override
    public void close() {
        executor.close();
    }

    @Override
    ApiRequest getEvaluatorRequest(String evaluatorId) {
        return evaluator("GET", evaluatorId).build();
    }

    @Override
    ApiRequest updateEvaluatorRequest(String evaluatorId, UpdateEvaluatorParams params) {
        Objects.requireNonNull(params, "params");
        return evaluator("PATCH", evaluatorId).body(params).build();
    }

    private ApiRequest.Builder evaluator(String method, String evaluatorId) {
        if (accountId == null) {
            throw new IllegalStateException("no Fireworks account id: set the FIREWORKS_ACCOUNT_ID environment"
                    + " variable, call FireworksClient.builder().accountId(...), or use client.withAccount(...)");
        }
        return ApiRequest.builder(method)
                .path("v1", "accounts")
                .pathParam("account_id", accountId)
                .path("evaluators")
                .pathParam("evaluator_id", evaluatorId);
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
                (builder, executor) -> new FireworksClient(executor, builder.accountId),
                API_KEY_VARIABLE);

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
