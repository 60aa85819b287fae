package dev.evalwire.keywordsai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.Authentication;
import dev.evalwire.core.ClientBuilder;
import dev.evalwire.core.ConfigSource;
import dev.evalwire.core.EvalwireException;
import dev.evalwire.core.PatchValue;
import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.ApiRequest;
import dev.evalwire.core.internal.ReadModifyWrite;
import dev.evalwire.core.internal.VendorDescription;
import dev.evalwire.core.internal.json.JsonMapperFactory;
import dev.evalwire.keywordsai.internal.KeywordsAiErrorShapes;
import java.util.Objects;
import java.util.function.Function;

/**
 * Client for the Keywords AI / Respan evaluator calls, {@code GET} and {@code PATCH /api/evaluators/{evaluator_id}/}
 * (the trailing slash is part of the path).
 *
 * <pre>{@code
 * try (KeywordsAiClient client = KeywordsAiClient.fromEnv()) {
 *     UpdateEvaluatorParams change = UpdateEvaluatorParams.builder()
 *         .configurations(ConfigurationsPatch.builder().put("passing_score", 4.0).build())
 *         .starred(true)
 *         .build();
 *     Evaluator preview = client.previewUpdate("evl_123", change);   // what the server will hold
 *     Evaluator updated = client.updateEvaluator("evl_123", change);
 *     System.out.println(updated.configurations());
 * }
 * }</pre>
 *
 * <p>The API has no version or ETag precondition: between a read and an update another writer may change the
 * evaluator. {@link #modifyEvaluator} reads it again just before writing and refuses to write when
 * {@code updated_at} moved; a change after that second read still goes unnoticed.
 *
 * <p>Authentication is {@code Authorization: Bearer <key>}. The same API is served by two hosts; the default is
 * {@link KeywordsAiHost#RESPAN}, and {@link Builder#host(KeywordsAiHost)} or {@code baseUrl(...)} choose another.
 * {@link #fromEnv()} reads {@code RESPAN_API_KEY} and {@code RESPAN_BASE_URL}, falling back to the older
 * {@code KEYWORDSAI_API_KEY} and {@code KEYWORDSAI_BASE_URL} (system properties {@code respan.api.key} etc.
 * first); a key found only in {@code KEYWORDSAI_API_KEY}, with no base URL set, selects the Keywords AI host.
 * The server allows 60 requests a minute per organisation and says in its 429 body how long to wait; the client
 * waits that long (up to the retry policy's cap) and retries. Clients are thread-safe; close them to release
 * their connections and threads.
 */
public final class KeywordsAiClient extends KeywordsAiCalls implements AutoCloseable {

    /** The default base URL: the Respan host. */
    public static final String DEFAULT_BASE_URL = KeywordsAiHost.RESPAN.baseUrl();

    private static final String KEY_VARIABLES = "RESPAN_API_KEY or KEYWORDSAI_API_KEY";

    private KeywordsAiClient(ApiExecutor executor) {
        super(executor);
    }

    /** @return a builder with the defaults: Respan host, default timeouts and retries */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a client configured from system properties and environment variables
     * @throws IllegalArgumentException when neither {@code RESPAN_API_KEY} nor {@code KEYWORDSAI_API_KEY} is set,
     *     naming both
     */
    public static KeywordsAiClient fromEnv() {
        return builder().fromEnv().build();
    }

    /**
     * Reads an evaluator, lets {@code change} compute the update from it, reads it again and, when its
     * {@code updated_at} did not move in between, sends the update.
     *
     * @param evaluatorId the evaluator to change
     * @param change computes the update from the current evaluator
     * @return the whole evaluator after the change
     * @throws IllegalArgumentException for a bad id, before any request
     * @throws NullPointerException when {@code change} is null or returns null, before the update is sent
     * @throws dev.evalwire.core.ConcurrentChangeException when another writer changed the evaluator after the
     *     first read; nothing was sent
     * @throws EvalwireException subclasses for error statuses, network failures and invalid responses
     */
    public Evaluator modifyEvaluator(String evaluatorId, Function<? super Evaluator, UpdateEvaluatorParams> change) {
        return new ReadModifyWrite<>("evaluator " + evaluatorId, () -> getEvaluator(evaluatorId), Evaluator::updatedAt)
                .run(change, params -> updateEvaluator(evaluatorId, params));
    }

    /**
     * Reads an evaluator and computes, without changing it, what the server will hold after {@code params}:
     * {@code configurations} merged key by key ({@link ConfigurationsMerge}), every other field set replacing the
     * stored one. The vendor does not document how {@code score_config}, {@code llm_config} and
     * {@code code_config} combine with stored values; the preview replaces them whole. Another writer may change
     * the evaluator before the update is sent.
     *
     * @param evaluatorId the evaluator to read
     * @param params the update to preview
     * @return the evaluator as it would be after the update; server-managed fields such as {@code updated_at}
     *     keep their current values
     * @throws IllegalArgumentException for a bad id, before any request
     * @throws NullPointerException for null {@code params}, before any request
     * @throws EvalwireException subclasses for error statuses, network failures and invalid responses
     */
    public Evaluator previewUpdate(String evaluatorId, UpdateEvaluatorParams params) {
        Objects.requireNonNull(params, "params");
        Evaluator current = getEvaluator(evaluatorId);
        ObjectNode after = current.json();
        after.setAll(JsonMapperFactory.shared().<ObjectNode>valueToTree(params));
        PatchValue<ConfigurationsPatch> configurations = params.configurations();
        if (configurations.isValue()) {
            after.set("configurations", ConfigurationsMerge.apply(current.configurations(), configurations.get()));
        }
        return Evaluator.fromJson(after);
    }

    /** Closes the connections and threads the client owns; a shared OkHttp client is left open. */
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

    private static ApiRequest.Builder evaluator(String method, String evaluatorId) {
        return ApiRequest.builder(method)
                .path("api", "evaluators")
                .pathParam("evaluator_id", evaluatorId)
                .trailingSlash();
    }

    /**
     * Builds a {@link KeywordsAiClient}; see {@link ClientBuilder} for the settings and {@code build()}.
     * {@code build()} throws {@link IllegalArgumentException} for a missing or malformed API key (naming
     * {@code RESPAN_API_KEY} and {@code KEYWORDSAI_API_KEY}) or an invalid base URL.
     */
    public static final class Builder extends ClientBuilder<Builder, KeywordsAiClient> {

        private static final VendorDescription<Builder, KeywordsAiClient> VENDOR = new VendorDescription<>(
                "keywordsai",
                Builder::defaultBaseUrl,
                key -> Authentication.bearer(key, KEY_VARIABLES),
                new KeywordsAiErrorShapes(),
                Builder::readConfig,
                (builder, executor) -> new KeywordsAiClient(executor),
                "RESPAN_API_KEY",
                "KEYWORDSAI_API_KEY");

        /** Set when the key came only from {@code KEYWORDSAI_API_KEY}: the default host is then Keywords AI's. */
        private boolean legacyKeyOnly;

        private Builder() {
            super(VENDOR);
        }

        /**
         * Selects one of the two hosts (default {@link KeywordsAiHost#RESPAN}); same as
         * {@code baseUrl(host.baseUrl())}.
         *
         * @param host the host
         * @return this builder
         * @throws NullPointerException for null
         */
        public Builder host(KeywordsAiHost host) {
            return baseUrl(Objects.requireNonNull(host, "host").baseUrl());
        }

        /**
         * @param baseUrl the API's base URL, for example {@code https://api.respan.ai}; a trailing {@code /api}
         *     (as in the official SDKs' settings) is removed
         * @return this builder
         * @throws NullPointerException for null
         */
        @Override
        public Builder baseUrl(String baseUrl) {
            return super.baseUrl(
                    stripApiSuffix(Objects.requireNonNull(baseUrl, "baseUrl").trim()));
        }

        private static String stripApiSuffix(String url) {
            String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            return trimmed.endsWith("/api") ? trimmed.substring(0, trimmed.length() - "/api".length()) : trimmed;
        }

        private static void readConfig(Builder builder, ConfigSource source) {
            String respanKey = source.get("RESPAN_API_KEY");
            String legacyKey = source.get("KEYWORDSAI_API_KEY");
            String key = respanKey != null ? respanKey : legacyKey;
            if (key != null) {
                builder.apiKey(key);
            }
            builder.legacyKeyOnly = respanKey == null && legacyKey != null;
            String url = VendorDescription.firstSet(source, "RESPAN_BASE_URL", "KEYWORDSAI_BASE_URL");
            if (url != null) {
                builder.baseUrl(url);
            }
        }

        private static String defaultBaseUrl(Builder builder) {
            return (builder.legacyKeyOnly ? KeywordsAiHost.KEYWORDS_AI : KeywordsAiHost.RESPAN).baseUrl();
        }
    }
}
