package dev.evalwire.fireworks;

import dev.evalwire.core.internal.Checks;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * A complete update call: which account and evaluator, whether to prepare a new code upload, and the fields
 * to change. Use it when {@link FireworksClient#updateEvaluator(String, UpdateEvaluatorParams)} is not
 * enough: to name another account than the client's, or to send {@code prepareCodeUpload}.
 *
 * <pre>{@code
 * client.updateEvaluator(UpdateEvaluatorRequest.builder()
 *     .accountId("acme")
 *     .evaluatorId("exact-match")
 *     .prepareCodeUpload(true)
 *     .build());
 * }</pre>
 *
 * <p>Instances are immutable; {@link #toBuilder()} starts a changed copy.
 */
public final class UpdateEvaluatorRequest {

    private static final UpdateEvaluatorParams NO_FIELDS = UpdateEvaluatorParams.builder().build();

    @Nullable private final String accountId;
    private final String evaluatorId;
    @Nullable private final Boolean prepareCodeUpload;
    private final UpdateEvaluatorParams params;

    private UpdateEvaluatorRequest(Builder builder) {
        this.accountId = builder.accountId;
        this.evaluatorId = builder.evaluatorId;
        this.prepareCodeUpload = builder.prepareCodeUpload;
        this.params = builder.params;
    }

    /** @return a builder; {@code evaluatorId} must be set before {@code build()} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the account that owns the evaluator, or null to use the client's account */
    @Nullable
    public String accountId() {
        return accountId;
    }

    /** @return the evaluator to change */
    public String evaluatorId() {
        return evaluatorId;
    }

    /** @return the {@code prepareCodeUpload} query value, or null when it is not sent */
    @Nullable
    public Boolean prepareCodeUpload() {
        return prepareCodeUpload;
    }

    /** @return the fields to change; empty (body {@code {}}) unless set */
    public UpdateEvaluatorParams params() {
        return params;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof UpdateEvaluatorRequest)) {
            return false;
        }
        UpdateEvaluatorRequest other = (UpdateEvaluatorRequest) o;
        return Objects.equals(accountId, other.accountId) && evaluatorId.equals(other.evaluatorId)
                && Objects.equals(prepareCodeUpload, other.prepareCodeUpload) && params.equals(other.params);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, evaluatorId, prepareCodeUpload, params);
    }

    /** @return the ids, the query flag and the params */
    @Override
    public String toString() {
        return "UpdateEvaluatorRequest{accountId=" + accountId + ", evaluatorId=" + evaluatorId
                + ", prepareCodeUpload=" + prepareCodeUpload + ", params=" + params + '}';
    }

    /** Builds an {@link UpdateEvaluatorRequest}; ids are checked when set. */
    public static final class Builder {
        @Nullable private String accountId;
        @Nullable private String evaluatorId;
        @Nullable private Boolean prepareCodeUpload;
        private UpdateEvaluatorParams params = NO_FIELDS;

        private Builder() {
        }

        private Builder(UpdateEvaluatorRequest request) {
            this.accountId = request.accountId;
            this.evaluatorId = request.evaluatorId;
            this.prepareCodeUpload = request.prepareCodeUpload;
            this.params = request.params;
        }

        /**
         * @param accountId the account that owns the evaluator; overrides the client's account for this call
         * @return this builder
         * @throws NullPointerException for null, saying to leave it unset to use the client's account
         * @throws IllegalArgumentException for an empty or whitespace id
         */
        public Builder accountId(String accountId) {
            this.accountId = Checks.notBlank("accountId", accountId, "leave it unset to use the client's account");
            return this;
        }

        /**
         * @param evaluatorId the evaluator to change; sent as one encoded path segment
         * @return this builder
         * @throws NullPointerException for null, saying that it is required
         * @throws IllegalArgumentException for an empty or whitespace id
         */
        public Builder evaluatorId(String evaluatorId) {
            this.evaluatorId = Checks.notBlank("evaluatorId", evaluatorId, Checks.REQUIRED);
            return this;
        }

        /**
         * Sends {@code prepareCodeUpload=true|false}. {@code true} moves the evaluator to {@code BUILDING} so a
         * new code upload can follow. Without this call the parameter is not sent.
         *
         * @param prepare the value to send
         * @return this builder
         */
        public Builder prepareCodeUpload(boolean prepare) {
            this.prepareCodeUpload = prepare;
            return this;
        }

        /**
         * @param params the fields to change (default: none, body {@code {}})
         * @return this builder
         * @throws NullPointerException for null, saying to leave it unset to send no fields
         */
        public Builder params(UpdateEvaluatorParams params) {
            this.params = Checks.notNull("params", params, "leave it unset to send no fields");
            return this;
        }

        /**
         * @return the request
         * @throws IllegalStateException when {@code evaluatorId} was not set
         */
        public UpdateEvaluatorRequest build() {
            Checks.required("evaluatorId", evaluatorId, "evaluatorId");
            return new UpdateEvaluatorRequest(this);
        }
    }
}
