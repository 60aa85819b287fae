package dev.evalwire.scale;

import dev.evalwire.core.internal.Checks;
import dev.evalwire.core.internal.HeaderValues;
import dev.evalwire.core.internal.PathEncoding;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * One call of {@code PATCH /v5/evaluations/{evaluation_id}/tasks/{alias}}: which task, the new configuration and,
 * optionally, the account to act for. The account given here replaces the client's {@code accountId} for this call
 * only (header {@code x-selected-account-id}). Instances are immutable.
 *
 * <pre>{@code
 * UpdateTaskConfigurationRequest request = UpdateTaskConfigurationRequest.builder()
 *     .evaluationId("eval_123")
 *     .alias("chat_completion")
 *     .accountId("acct_other")
 *     .configuration(config)
 *     .build();
 * }</pre>
 */
public final class UpdateTaskConfigurationRequest {

    /** The header that selects the account. */
    static final String ACCOUNT_HEADER = "x-selected-account-id";

    private final String evaluationId;
    private final String alias;
    @Nullable private final String accountId;
    private final TaskConfiguration configuration;

    private UpdateTaskConfigurationRequest(Builder builder) {
        this.evaluationId = builder.evaluationId;
        this.alias = builder.alias;
        this.accountId = builder.accountId;
        this.configuration = builder.configuration;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.evaluationId = evaluationId;
        builder.alias = alias;
        builder.accountId = accountId;
        builder.configuration = configuration;
        return builder;
    }

    /** @return the evaluation that owns the task */
    public String evaluationId() {
        return evaluationId;
    }

    /** @return the alias of the task whose configuration is replaced */
    public String alias() {
        return alias;
    }

    /** @return the account for this call, or null to use the client's */
    @Nullable
    public String accountId() {
        return accountId;
    }

    /** @return the new configuration */
    public TaskConfiguration configuration() {
        return configuration;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof UpdateTaskConfigurationRequest)) {
            return false;
        }
        UpdateTaskConfigurationRequest other = (UpdateTaskConfigurationRequest) o;
        return evaluationId.equals(other.evaluationId) && alias.equals(other.alias)
                && Objects.equals(accountId, other.accountId) && configuration.equals(other.configuration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(evaluationId, alias, accountId, configuration);
    }

    @Override
    public String toString() {
        return "UpdateTaskConfigurationRequest{evaluationId=" + evaluationId + ", alias=" + alias + ", accountId="
                + accountId + ", configuration=" + configuration + "}";
    }

    /** Builds an {@link UpdateTaskConfigurationRequest}; setters check their argument at once. */
    public static final class Builder {
        @Nullable private String evaluationId;
        @Nullable private String alias;
        @Nullable private String accountId;
        @Nullable private TaskConfiguration configuration;

        private Builder() {
        }

        /**
         * @param evaluationId the evaluation that owns the task; any characters, sent as one path segment
         * @return this builder
         * @throws IllegalArgumentException for null (saying that it is required), blank, {@code .} or {@code ..}
         */
        public Builder evaluationId(String evaluationId) {
            this.evaluationId = segment("evaluation_id", evaluationId);
            return this;
        }

        /**
         * @param alias the task's alias; any characters, sent as one path segment
         * @return this builder
         * @throws IllegalArgumentException for null (saying that it is required), blank, {@code .} or {@code ..}
         */
        public Builder alias(String alias) {
            this.alias = segment("alias", alias);
            return this;
        }

        /**
         * @param accountId the account to act for in this call, replacing the client's
         * @return this builder
         * @throws NullPointerException for null, saying to leave it unset to use the client's account
         * @throws IllegalArgumentException when blank or not a valid header value (line breaks, non-ASCII)
         */
        public Builder accountId(String accountId) {
            this.accountId = checkAccountId(Checks.notNull("accountId", accountId,
                    "leave it unset to use the client's account"));
            return this;
        }

        /**
         * @param configuration the new configuration, replacing the stored one entirely
         * @return this builder
         * @throws NullPointerException for null, saying that it is required
         */
        public Builder configuration(TaskConfiguration configuration) {
            this.configuration = Checks.notNull("configuration", configuration, Checks.REQUIRED);
            return this;
        }

        /** Checks a path segment, refusing null with the same exception type as a blank value. */
        private static String segment(String name, String value) {
            if (value == null) {
                throw new IllegalArgumentException(name + " must not be null; " + Checks.REQUIRED);
            }
            PathEncoding.segment(name, value);
            return value;
        }

        /**
         * @return the request
         * @throws IllegalStateException when the evaluation id, alias or configuration is missing
         */
        public UpdateTaskConfigurationRequest build() {
            Checks.required("evaluation_id", evaluationId, "evaluationId");
            Checks.required("alias", alias, "alias");
            Checks.required("configuration", configuration, "configuration");
            return new UpdateTaskConfigurationRequest(this);
        }
    }

    static String checkAccountId(String accountId) {
        Checks.notBlank("accountId", accountId);
        return HeaderValues.checkValue(ACCOUNT_HEADER, accountId, "");
    }
}
