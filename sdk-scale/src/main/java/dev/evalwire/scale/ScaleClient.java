package dev.evalwire.scale;

import dev.evalwire.core.Authentication;
import dev.evalwire.core.ClientBuilder;
import dev.evalwire.core.ConfigSource;
import dev.evalwire.core.EvalwireException;
import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.ApiRequest;
import dev.evalwire.core.internal.Checks;
import dev.evalwire.core.internal.HeaderValues;
import dev.evalwire.core.internal.ReadModifyWrite;
import dev.evalwire.core.internal.VendorDescription;
import dev.evalwire.core.internal.errors.FastApiValidation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javax.annotation.Nullable;

/**
 * Client for the Scale GenAI Platform calls that read an evaluation, {@code GET /v5/evaluations/{evaluation_id}},
 * and replace one evaluation task's configuration, {@code PATCH /v5/evaluations/{evaluation_id}/tasks/{alias}}.
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
 *
 *     // change one key and keep the others: the call replaces the whole configuration
 *     client.modifyTaskConfiguration("eval_123", "chat_completion", current ->
 *         current.overlay(ChatCompletionConfiguration.builder().temperature(0.7).buildChanges()));
 * }
 * }</pre>
 *
 * <p>The API has no version or ETag precondition: between a read and an update another writer may change the
 * task. {@link #modifyTaskConfiguration} reads the task again just before writing and refuses to write when its
 * configuration changed; a change after that second read still goes unnoticed.
 *
 * <p>Authentication is the {@code x-api-key} header. A client with an account ({@link Builder#accountId(String)},
 * {@code SGP_ACCOUNT_ID} or {@link #withAccount(String)}) sends it as {@code x-selected-account-id} on every call.
 * {@link #fromEnv()} reads {@code SGP_API_KEY}, {@code SGP_ACCOUNT_ID} and {@code SGP_CLIENT_BASE_URL} (system
 * properties {@code sgp.api.key}, {@code sgp.account.id} and {@code sgp.client.base.url} first). Clients are
 * thread-safe; close them to release their connections and threads.
 */
public final class ScaleClient extends ScaleCalls implements AutoCloseable {

    /** The production API. */
    public static final String DEFAULT_BASE_URL = "https://api.egp.scale.com";

    private static final GetEvaluationParams WITH_TASKS =
            GetEvaluationParams.builder().views(EvaluationView.TASKS).build();
    /** Where {@link #fromEnv()} reads the API key; named by the messages of a missing key and of a 401. */
    private static final String API_KEY_VARIABLE = "SGP_API_KEY";
    /** The header that selects the account. */
    private static final String ACCOUNT_HEADER = "x-selected-account-id";

    @Nullable
    private final String accountId;

    private ScaleClient(ApiExecutor executor, @Nullable String accountId) {
        super(executor);
        this.accountId = accountId;
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

    /** @return the account sent as {@code x-selected-account-id}, or null when the client sends none */
    @Nullable
    public String accountId() {
        return accountId;
    }

    /**
     * Returns a view of this client that acts for another account (header {@code x-selected-account-id}). The
     * view shares this client's connections, threads and settings; closing either closes them for both.
     *
     * @param accountId the account
     * @return the view
     * @throws NullPointerException for null, before any request
     * @throws IllegalArgumentException when blank or not a valid header value (line breaks, non-ASCII), before
     *     any request
     */
    public ScaleClient withAccount(String accountId) {
        return new ScaleClient(executor, checkAccountId(accountId));
    }

    private static String checkAccountId(String accountId) {
        Checks.notBlank("accountId", accountId);
        return HeaderValues.checkValue(ACCOUNT_HEADER, accountId, "");
    }

    /**
     * Reads the task (with the {@code tasks} view), lets {@code change} compute the new configuration from it,
     * reads it again and, when its configuration did not change in between, replaces it. The call replaces the
     * whole configuration, so start from the stored one ({@link CurrentTask#overlay}).
     *
     * @param evaluationId the evaluation that owns the task
     * @param alias the task's alias
     * @param change computes the new configuration from the current task
     * @return the whole evaluation after the change
     * @throws IllegalArgumentException for a bad id or alias before any request, or when the evaluation has no
     *     task with this alias, before the update is sent
     * @throws NullPointerException when {@code change} is null or returns null, before the update is sent
     * @throws dev.evalwire.core.ConcurrentChangeException when another writer changed the configuration after the
     *     first read; nothing was sent
     * @throws EvalwireException subclasses for error statuses, network failures and invalid responses
     */
    public Evaluation modifyTaskConfiguration(
            String evaluationId, String alias, Function<? super CurrentTask, ? extends TaskConfiguration> change) {
        return new ReadModifyWrite<>(
                        "the configuration of task '" + alias + "' of evaluation " + evaluationId,
                        () -> task(getEvaluation(evaluationId, WITH_TASKS), evaluationId, alias),
                        current -> current.task().configuration())
                .run(change, configuration -> updateTaskConfiguration(evaluationId, alias, configuration));
    }

    private static CurrentTask task(Evaluation evaluation, String evaluationId, String alias) {
        List<String> aliases = new ArrayList<>();
        for (EvaluationTask task :
                evaluation.tasks() == null ? Collections.<EvaluationTask>emptyList() : evaluation.tasks()) {
            if (alias.equals(task.alias())) {
                return new CurrentTask(task);
            }
            aliases.add(task.alias());
        }
        throw new IllegalArgumentException(
                "evaluation " + evaluationId + " has no task with alias '" + alias + "'; its tasks: " + aliases);
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
    ApiRequest updateTaskConfigurationRequest(String evaluationId, String alias, TaskConfiguration configuration) {
        Checks.notNull("configuration", configuration, Checks.REQUIRED);
        return evaluation("PATCH", evaluationId)
                .path("tasks")
                .pathParam("alias", alias)
                .body(UpdateTestCriteriaConfigurationRequest.builder()
                        .configuration(configuration.toJson())
                        .build())
                .build();
    }

    @Override
    ApiRequest getEvaluationRequest(String evaluationId, GetEvaluationParams params) {
        Checks.notNull("params", params, "pass GetEvaluationParams.builder().build() for the server's defaults");
        return evaluation("GET", evaluationId).query(params).build();
    }

    private ApiRequest.Builder evaluation(String method, String evaluationId) {
        ApiRequest.Builder call =
                ApiRequest.builder(method).path("v5", "evaluations").pathParam("evaluation_id", evaluationId);
        return accountId == null ? call : call.header(ACCOUNT_HEADER, accountId);
    }

    /**
     * Builds a {@link ScaleClient}; see {@link ClientBuilder} for the settings and {@code build()}, which throws
     * {@link IllegalArgumentException} for a missing or malformed API key (naming {@code SGP_API_KEY}) or an
     * invalid base URL. Adds {@link #accountId(String)}.
     */
    public static final class Builder extends ClientBuilder<Builder, ScaleClient> {

        private static final VendorDescription<Builder, ScaleClient> VENDOR = new VendorDescription<>(
                "scale",
                builder -> DEFAULT_BASE_URL,
                key -> Authentication.apiKeyHeader("x-api-key", key, API_KEY_VARIABLE),
                new FastApiValidation(),
                Builder::readConfig,
                (builder, executor) -> new ScaleClient(executor, builder.accountId),
                API_KEY_VARIABLE);

        @Nullable
        private String accountId;

        private Builder() {
            super(VENDOR);
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
            this.accountId = checkAccountId(accountId);
            return this;
        }

        private static void readConfig(Builder builder, ConfigSource source) {
            String key = VendorDescription.firstSet(source, API_KEY_VARIABLE);
            if (key != null) {
                builder.apiKey(key);
            }
            String account = VendorDescription.firstSet(source, "SGP_ACCOUNT_ID");
            if (account != null) {
                builder.accountId(account.trim());
            }
            String url = VendorDescription.firstSet(source, "SGP_CLIENT_BASE_URL");
            if (url != null) {
                builder.baseUrl(url.trim());
            }
        }
    }
}
