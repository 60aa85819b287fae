package dev.evalwire.primeintellect;

import static dev.evalwire.primeintellect.internal.wire.UpdateEvaluationRequest.JSON_PROPERTY_DATASET;
import static dev.evalwire.primeintellect.internal.wire.UpdateEvaluationRequest.JSON_PROPERTY_DESCRIPTION;
import static dev.evalwire.primeintellect.internal.wire.UpdateEvaluationRequest.JSON_PROPERTY_EVAL_CONFIG;
import static dev.evalwire.primeintellect.internal.wire.UpdateEvaluationRequest.JSON_PROPERTY_FRAMEWORK;
import static dev.evalwire.primeintellect.internal.wire.UpdateEvaluationRequest.JSON_PROPERTY_INFERENCE_MODEL;
import static dev.evalwire.primeintellect.internal.wire.UpdateEvaluationRequest.JSON_PROPERTY_IS_PUBLIC;
import static dev.evalwire.primeintellect.internal.wire.UpdateEvaluationRequest.JSON_PROPERTY_METADATA;
import static dev.evalwire.primeintellect.internal.wire.UpdateEvaluationRequest.JSON_PROPERTY_METRICS;
import static dev.evalwire.primeintellect.internal.wire.UpdateEvaluationRequest.JSON_PROPERTY_MODEL_NAME;
import static dev.evalwire.primeintellect.internal.wire.UpdateEvaluationRequest.JSON_PROPERTY_NAME;
import static dev.evalwire.primeintellect.internal.wire.UpdateEvaluationRequest.JSON_PROPERTY_SHOW_ON_LEADERBOARD;
import static dev.evalwire.primeintellect.internal.wire.UpdateEvaluationRequest.JSON_PROPERTY_TAGS;
import static dev.evalwire.primeintellect.internal.wire.UpdateEvaluationRequest.JSON_PROPERTY_TASK_TYPE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.PatchBody;
import dev.evalwire.core.PatchValue;
import dev.evalwire.core.internal.JsonValues;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code PUT /api/v1/evaluations/{evaluation_id}}: the attributes of an evaluation to change.
 *
 * <p>Every field has three states. Not set: the field is not sent and the server keeps its value. Cleared
 * ({@code clearX()}): sent as JSON null. Set: sent with the value. Passing a Java {@code null} to a setter
 * is an error, never a silent clear. Instances are immutable; {@link #toBuilder()} starts a changed copy.
 *
 * <pre>{@code
 * UpdateEvaluationParams params = UpdateEvaluationParams.builder()
 *     .name("gsm8k-baseline")
 *     .tags("math", "baseline")
 *     .clearDescription()
 *     .build();
 * }</pre>
 */
public final class UpdateEvaluationParams extends PatchBody {

    private UpdateEvaluationParams(Builder builder) {
        super(builder.fields);
    }

    /** @return a builder with no field set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this body's fields */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the new name */
    public PatchValue<String> name() {
        return field(JSON_PROPERTY_NAME);
    }

    /** @return the new description */
    public PatchValue<String> description() {
        return field(JSON_PROPERTY_DESCRIPTION);
    }

    /** @return the new tags */
    public PatchValue<List<String>> tags() {
        return field(JSON_PROPERTY_TAGS);
    }

    /** @return the new metadata object */
    public PatchValue<ObjectNode> metadata() {
        return this.<ObjectNode>field(JSON_PROPERTY_METADATA).map(ObjectNode::deepCopy);
    }

    /** @return the new metrics summary object */
    public PatchValue<ObjectNode> metrics() {
        return this.<ObjectNode>field(JSON_PROPERTY_METRICS).map(ObjectNode::deepCopy);
    }

    /** @return the new model name */
    public PatchValue<String> modelName() {
        return field(JSON_PROPERTY_MODEL_NAME);
    }

    /** @return the new dataset name */
    public PatchValue<String> dataset() {
        return field(JSON_PROPERTY_DATASET);
    }

    /** @return the new framework */
    public PatchValue<String> framework() {
        return field(JSON_PROPERTY_FRAMEWORK);
    }

    /** @return the new task type */
    public PatchValue<String> taskType() {
        return field(JSON_PROPERTY_TASK_TYPE);
    }

    /** @return the new Prime Inference model id */
    public PatchValue<String> inferenceModel() {
        return field(JSON_PROPERTY_INFERENCE_MODEL);
    }

    /** @return the new hosted evaluation config */
    public PatchValue<HostedEvalConfig> evalConfig() {
        return field(JSON_PROPERTY_EVAL_CONFIG);
    }

    /** @return whether the evaluation is shareable by link */
    public PatchValue<Boolean> isPublic() {
        return field(JSON_PROPERTY_IS_PUBLIC);
    }

    /** @return whether the evaluation appears on leaderboards */
    public PatchValue<Boolean> showOnLeaderboard() {
        return field(JSON_PROPERTY_SHOW_ON_LEADERBOARD);
    }

    /**
     * Builds {@link UpdateEvaluationParams}. Each setter rejects a Java null with a message naming the
     * matching {@code clearX()} method.
     */
    public static final class Builder {
        private final Fields fields;

        private Builder() {
            this.fields = new Fields();
        }

        private Builder(UpdateEvaluationParams params) {
            this.fields = new Fields(params);
        }

        /**
         * @param name the new name
         * @return this builder
         * @throws NullPointerException for null, naming {@link #clearName()}
         */
        public Builder name(String name) {
            fields.set(JSON_PROPERTY_NAME, name, "clearName");
            return this;
        }

        /** @return this builder, with {@code name} sent as null */
        public Builder clearName() {
            fields.clear(JSON_PROPERTY_NAME);
            return this;
        }

        /**
         * @param description the new description
         * @return this builder
         * @throws NullPointerException for null, naming {@link #clearDescription()}
         */
        public Builder description(String description) {
            fields.set(JSON_PROPERTY_DESCRIPTION, description, "clearDescription");
            return this;
        }

        /** @return this builder, with {@code description} sent as null */
        public Builder clearDescription() {
            fields.clear(JSON_PROPERTY_DESCRIPTION);
            return this;
        }

        /**
         * Replaces the tags; {@code tags()} with no argument sends an empty list.
         *
         * @param tags the new tags
         * @return this builder
         * @throws NullPointerException for a null array, naming {@link #clearTags()}, or a null tag
         */
        public Builder tags(String... tags) {
            return tags(JsonValues.asList(tags));
        }

        /**
         * @param tags the new tags
         * @return this builder
         * @throws NullPointerException for a null list, naming {@link #clearTags()}, or a null tag
         */
        public Builder tags(List<String> tags) {
            fields.set(JSON_PROPERTY_TAGS, tags, "clearTags", JsonValues::list);
            return this;
        }

        /** @return this builder, with {@code tags} sent as null */
        public Builder clearTags() {
            fields.clear(JSON_PROPERTY_TAGS);
            return this;
        }

        /**
         * @param metadata the new metadata, a JSON object (values may be any JSON)
         * @return this builder
         * @throws NullPointerException for a null map, naming {@link #clearMetadata()}, or a null key
         * @throws IllegalArgumentException for NaN/infinite numbers or over 10,000 entries
         */
        public Builder metadata(Map<String, ?> metadata) {
            fields.set(JSON_PROPERTY_METADATA, metadata, "clearMetadata", JsonValues::object);
            return this;
        }

        /**
         * @param metadata the new metadata as a JSON object
         * @return this builder
         * @throws NullPointerException for null, naming {@link #clearMetadata()}
         * @throws IllegalArgumentException when not an object
         */
        public Builder metadata(JsonNode metadata) {
            fields.set(JSON_PROPERTY_METADATA, metadata, "clearMetadata", JsonValues::object);
            return this;
        }

        /** @return this builder, with {@code metadata} sent as null */
        public Builder clearMetadata() {
            fields.clear(JSON_PROPERTY_METADATA);
            return this;
        }

        /**
         * @param metrics the new metrics summary, a JSON object
         * @return this builder
         * @throws NullPointerException for a null map, naming {@link #clearMetrics()}, or a null key
         * @throws IllegalArgumentException for NaN/infinite numbers or over 10,000 entries
         */
        public Builder metrics(Map<String, ?> metrics) {
            fields.set(JSON_PROPERTY_METRICS, metrics, "clearMetrics", JsonValues::object);
            return this;
        }

        /** @return this builder, with {@code metrics} sent as null */
        public Builder clearMetrics() {
            fields.clear(JSON_PROPERTY_METRICS);
            return this;
        }

        /**
         * @param modelName the new model name
         * @return this builder
         * @throws NullPointerException for null, naming {@link #clearModelName()}
         */
        public Builder modelName(String modelName) {
            fields.set(JSON_PROPERTY_MODEL_NAME, modelName, "clearModelName");
            return this;
        }

        /** @return this builder, with {@code model_name} sent as null */
        public Builder clearModelName() {
            fields.clear(JSON_PROPERTY_MODEL_NAME);
            return this;
        }

        /**
         * @param dataset the new dataset name
         * @return this builder
         * @throws NullPointerException for null, naming {@link #clearDataset()}
         */
        public Builder dataset(String dataset) {
            fields.set(JSON_PROPERTY_DATASET, dataset, "clearDataset");
            return this;
        }

        /** @return this builder, with {@code dataset} sent as null */
        public Builder clearDataset() {
            fields.clear(JSON_PROPERTY_DATASET);
            return this;
        }

        /**
         * @param framework the new framework
         * @return this builder
         * @throws NullPointerException for null, naming {@link #clearFramework()}
         */
        public Builder framework(String framework) {
            fields.set(JSON_PROPERTY_FRAMEWORK, framework, "clearFramework");
            return this;
        }

        /** @return this builder, with {@code framework} sent as null */
        public Builder clearFramework() {
            fields.clear(JSON_PROPERTY_FRAMEWORK);
            return this;
        }

        /**
         * @param taskType the new task type
         * @return this builder
         * @throws NullPointerException for null, naming {@link #clearTaskType()}
         */
        public Builder taskType(String taskType) {
            fields.set(JSON_PROPERTY_TASK_TYPE, taskType, "clearTaskType");
            return this;
        }

        /** @return this builder, with {@code task_type} sent as null */
        public Builder clearTaskType() {
            fields.clear(JSON_PROPERTY_TASK_TYPE);
            return this;
        }

        /**
         * @param inferenceModel the new Prime Inference model id
         * @return this builder
         * @throws NullPointerException for null, naming {@link #clearInferenceModel()}
         */
        public Builder inferenceModel(String inferenceModel) {
            fields.set(JSON_PROPERTY_INFERENCE_MODEL, inferenceModel, "clearInferenceModel");
            return this;
        }

        /** @return this builder, with {@code inference_model} sent as null */
        public Builder clearInferenceModel() {
            fields.clear(JSON_PROPERTY_INFERENCE_MODEL);
            return this;
        }

        /**
         * @param evalConfig the new hosted evaluation config, sent whole
         * @return this builder
         * @throws NullPointerException for null, naming {@link #clearEvalConfig()}
         */
        public Builder evalConfig(HostedEvalConfig evalConfig) {
            fields.set(JSON_PROPERTY_EVAL_CONFIG, evalConfig, "clearEvalConfig");
            return this;
        }

        /** @return this builder, with {@code eval_config} sent as null */
        public Builder clearEvalConfig() {
            fields.clear(JSON_PROPERTY_EVAL_CONFIG);
            return this;
        }

        /**
         * @param isPublic whether the evaluation is shareable by link
         * @return this builder
         */
        public Builder isPublic(boolean isPublic) {
            fields.set(JSON_PROPERTY_IS_PUBLIC, isPublic, "clearIsPublic");
            return this;
        }

        /** @return this builder, with {@code is_public} sent as null */
        public Builder clearIsPublic() {
            fields.clear(JSON_PROPERTY_IS_PUBLIC);
            return this;
        }

        /**
         * @param show whether the evaluation appears on environment leaderboards
         * @return this builder
         */
        public Builder showOnLeaderboard(boolean show) {
            fields.set(JSON_PROPERTY_SHOW_ON_LEADERBOARD, show, "clearShowOnLeaderboard");
            return this;
        }

        /** @return this builder, with {@code show_on_leaderboard} sent as null */
        public Builder clearShowOnLeaderboard() {
            fields.clear(JSON_PROPERTY_SHOW_ON_LEADERBOARD);
            return this;
        }

        /** @return the immutable body */
        public UpdateEvaluationParams build() {
            return new UpdateEvaluationParams(this);
        }
    }
}
