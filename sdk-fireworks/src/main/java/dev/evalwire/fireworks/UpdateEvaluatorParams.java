package dev.evalwire.fireworks;

import static dev.evalwire.fireworks.internal.wire.UpdateEvaluatorRequest.JSON_PROPERTY_COMMIT_HASH;
import static dev.evalwire.fireworks.internal.wire.UpdateEvaluatorRequest.JSON_PROPERTY_CRITERIA;
import static dev.evalwire.fireworks.internal.wire.UpdateEvaluatorRequest.JSON_PROPERTY_DEFAULT_DATASET;
import static dev.evalwire.fireworks.internal.wire.UpdateEvaluatorRequest.JSON_PROPERTY_DESCRIPTION;
import static dev.evalwire.fireworks.internal.wire.UpdateEvaluatorRequest.JSON_PROPERTY_DISPLAY_NAME;
import static dev.evalwire.fireworks.internal.wire.UpdateEvaluatorRequest.JSON_PROPERTY_ENTRY_POINT;
import static dev.evalwire.fireworks.internal.wire.UpdateEvaluatorRequest.JSON_PROPERTY_REQUIREMENTS;
import static dev.evalwire.fireworks.internal.wire.UpdateEvaluatorRequest.JSON_PROPERTY_SOURCE;

import dev.evalwire.core.PatchBody;
import dev.evalwire.core.PatchValue;
import dev.evalwire.core.internal.Checks;
import dev.evalwire.core.internal.JsonValues;
import dev.evalwire.core.internal.PatchFields;
import dev.evalwire.fireworks.internal.FireworksFormats;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * The body of {@code PATCH /v1/accounts/{account_id}/evaluators/{evaluator_id}}: the evaluator fields to change.
 *
 * <p>Fireworks exposes no field mask, so only the fields set here are sent. Every field has two states. Not
 * set: not sent, and the server keeps its value. Set: sent with the value. The spec declares no field nullable,
 * so the SDK never sends null: to reset a text field, set it to {@code ""} (the protobuf JSON mapping reads the
 * empty value as the field's default), and {@code criteria()} with no argument sends an empty list. Passing a
 * Java {@code null} to a setter is an error. The server-managed
 * fields (name, createTime, createdBy, updateTime, state, status) have no setters and are never sent. Changing
 * {@code requirements} or {@code entryPoint} makes Fireworks rebuild the evaluator. Instances are immutable;
 * {@link #toBuilder()} starts a changed copy.
 *
 * <pre>{@code
 * UpdateEvaluatorParams params = UpdateEvaluatorParams.builder()
 *     .displayName("Exact match")
 *     .defaultDataset("")
 *     .build();
 * }</pre>
 */
public final class UpdateEvaluatorParams extends PatchBody {

    @Nullable
    private final Boolean prepareCodeUpload;

    private UpdateEvaluatorParams(Builder builder) {
        super(builder.fields);
        this.prepareCodeUpload = builder.prepareCodeUpload;
    }

    /** @return a builder with no field set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this body's fields */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the new display name */
    public PatchValue<String> displayName() {
        return field(JSON_PROPERTY_DISPLAY_NAME);
    }

    /** @return the new description */
    public PatchValue<String> description() {
        return field(JSON_PROPERTY_DESCRIPTION);
    }

    /** @return the new criteria, replacing the stored ones */
    public PatchValue<List<Criterion>> criteria() {
        return field(JSON_PROPERTY_CRITERIA);
    }

    /** @return the new requirements.txt text */
    public PatchValue<String> requirements() {
        return field(JSON_PROPERTY_REQUIREMENTS);
    }

    /** @return the new entry point, {@code module::function} or {@code path::function} */
    public PatchValue<String> entryPoint() {
        return field(JSON_PROPERTY_ENTRY_POINT);
    }

    /** @return the new commit hash of the user's code base */
    public PatchValue<String> commitHash() {
        return field(JSON_PROPERTY_COMMIT_HASH);
    }

    /** @return the new source of the evaluator's code */
    public PatchValue<EvaluatorSource> source() {
        return field(JSON_PROPERTY_SOURCE);
    }

    /** @return the new default dataset */
    public PatchValue<String> defaultDataset() {
        return field(JSON_PROPERTY_DEFAULT_DATASET);
    }

    /** @return the {@code prepareCodeUpload} query value, or null when it is not sent */
    @Nullable
    public Boolean prepareCodeUpload() {
        return prepareCodeUpload;
    }

    /** Compares the body fields and the {@code prepareCodeUpload} query value. */
    @Override
    public boolean equals(Object o) {
        return super.equals(o) && Objects.equals(prepareCodeUpload, ((UpdateEvaluatorParams) o).prepareCodeUpload);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + Objects.hashCode(prepareCodeUpload);
    }

    /** @return the set body fields, masked where sensitive, and the {@code prepareCodeUpload} value when set */
    @Override
    public String toString() {
        String body = super.toString();
        return prepareCodeUpload == null ? body : body + "?prepareCodeUpload=" + prepareCodeUpload;
    }

    /**
     * Builds {@link UpdateEvaluatorParams}. Each setter rejects a Java null (the spec declares no field nullable, so
     * the message says that the API cannot clear the field) and malformed values before any request.
     */
    public static final class Builder {
        private final PatchFields fields;

        @Nullable
        private Boolean prepareCodeUpload;

        private Builder() {
            this.fields = new PatchFields();
        }

        private Builder(UpdateEvaluatorParams params) {
            this.fields = params.copyFields();
            this.prepareCodeUpload = params.prepareCodeUpload;
        }

        /**
         * Sends the query parameter {@code prepareCodeUpload=true|false}; {@code true} moves the evaluator to
         * {@code BUILDING} so that a new code upload can follow. Without this call the parameter is not sent. It is
         * not a body field.
         *
         * @param prepare the value to send
         * @return this builder
         */
        public Builder prepareCodeUpload(boolean prepare) {
            this.prepareCodeUpload = prepare;
            return this;
        }

        /**
         * @param displayName the new human-friendly name
         * @return this builder
         * @throws NullPointerException for null, saying that the API cannot clear it
         */
        public Builder displayName(String displayName) {
            fields.setNotClearable(JSON_PROPERTY_DISPLAY_NAME, displayName);
            return this;
        }

        /**
         * @param description the new free-text description
         * @return this builder
         * @throws NullPointerException for null, saying that the API cannot clear it
         */
        public Builder description(String description) {
            fields.setNotClearable(JSON_PROPERTY_DESCRIPTION, description);
            return this;
        }

        /**
         * Replaces the criteria; {@code criteria()} with no argument sends an empty list.
         *
         * @param criteria the new criteria
         * @return this builder
         * @throws NullPointerException for a null array, saying that the API cannot clear it, or a null criterion
         */
        public Builder criteria(Criterion... criteria) {
            return criteria(JsonValues.asList(criteria));
        }

        /**
         * @param criteria the new criteria, replacing the stored ones
         * @return this builder
         * @throws NullPointerException for a null list, saying that the API cannot clear it, or a null criterion
         * @throws IllegalArgumentException for more than {@link Checks#MAX_ENTRIES} criteria
         */
        public Builder criteria(List<Criterion> criteria) {
            fields.setNotClearable(JSON_PROPERTY_CRITERIA, criteria, JSON_PROPERTY_CRITERIA, JsonValues::list);
            return this;
        }

        /**
         * Sets the requirements.txt text; changing it makes Fireworks rebuild the evaluator.
         *
         * @param requirements the Python packages to install, one requirement a line
         * @return this builder
         * @throws NullPointerException for null, saying that the API cannot clear it
         */
        public Builder requirements(String requirements) {
            fields.setNotClearable(JSON_PROPERTY_REQUIREMENTS, requirements);
            return this;
        }

        /**
         * Sets the function to call; changing it makes Fireworks rebuild the evaluator.
         *
         * @param entryPoint {@code module::function} or {@code path::function}, for example
         *     {@code test_exact.py::test_exact}
         * @return this builder
         * @throws NullPointerException for null, saying that the API cannot clear it
         * @throws IllegalArgumentException unless it is a module or path without whitespace, {@code ::}, then a
         *     Python function name
         */
        public Builder entryPoint(String entryPoint) {
            fields.setNotClearable(
                    JSON_PROPERTY_ENTRY_POINT, entryPoint, JSON_PROPERTY_ENTRY_POINT, FireworksFormats::entryPoint);
            return this;
        }

        /**
         * @param commitHash the commit of the user's own repository the code was taken from
         * @return this builder
         * @throws NullPointerException for null, saying that the API cannot clear it
         */
        public Builder commitHash(String commitHash) {
            fields.setNotClearable(JSON_PROPERTY_COMMIT_HASH, commitHash);
            return this;
        }

        /**
         * @param source where the evaluator's code comes from, sent whole
         * @return this builder
         * @throws NullPointerException for null, saying that the API cannot clear it
         */
        public Builder source(EvaluatorSource source) {
            fields.setNotClearable(JSON_PROPERTY_SOURCE, source);
            return this;
        }

        /**
         * @param defaultDataset the dataset linked to the evaluator by default
         * @return this builder
         * @throws NullPointerException for null, saying that the API cannot clear it
         */
        public Builder defaultDataset(String defaultDataset) {
            fields.setNotClearable(JSON_PROPERTY_DEFAULT_DATASET, defaultDataset);
            return this;
        }

        /** @return the immutable body */
        public UpdateEvaluatorParams build() {
            return new UpdateEvaluatorParams(this);
        }
    }
}
