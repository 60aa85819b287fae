package dev.evalwire.keywordsai;

import static dev.evalwire.keywordsai.internal.wire.UpdateEvaluatorRequest.JSON_PROPERTY_CATEGORICAL_CHOICES;
import static dev.evalwire.keywordsai.internal.wire.UpdateEvaluatorRequest.JSON_PROPERTY_CODE_CONFIG;
import static dev.evalwire.keywordsai.internal.wire.UpdateEvaluatorRequest.JSON_PROPERTY_CONFIGURATIONS;
import static dev.evalwire.keywordsai.internal.wire.UpdateEvaluatorRequest.JSON_PROPERTY_CUSTOM_REQUIRED_FIELDS;
import static dev.evalwire.keywordsai.internal.wire.UpdateEvaluatorRequest.JSON_PROPERTY_DESCRIPTION;
import static dev.evalwire.keywordsai.internal.wire.UpdateEvaluatorRequest.JSON_PROPERTY_LLM_CONFIG;
import static dev.evalwire.keywordsai.internal.wire.UpdateEvaluatorRequest.JSON_PROPERTY_NAME;
import static dev.evalwire.keywordsai.internal.wire.UpdateEvaluatorRequest.JSON_PROPERTY_PASSING_CONDITIONS;
import static dev.evalwire.keywordsai.internal.wire.UpdateEvaluatorRequest.JSON_PROPERTY_SCORE_CONFIG;
import static dev.evalwire.keywordsai.internal.wire.UpdateEvaluatorRequest.JSON_PROPERTY_STARRED;
import static dev.evalwire.keywordsai.internal.wire.UpdateEvaluatorRequest.JSON_PROPERTY_TAGS;

import dev.evalwire.core.PatchBody;
import dev.evalwire.core.PatchValue;
import dev.evalwire.core.internal.JsonValues;
import dev.evalwire.core.internal.PatchFields;
import java.util.List;

/**
 * The body of {@code PATCH /api/evaluators/{evaluator_id}/}: the attributes of an evaluator to change.
 *
 * <p>Fields have up to three states. Not set: not sent, the server keeps its value. Set: sent with the value.
 * Cleared ({@code clearX()}, only for the fields the API lets you null: description, passing_conditions,
 * llm_config, code_config and categorical_choices): sent as JSON null. Passing a Java {@code null} to a setter
 * is an error, never a silent clear. {@code configurations} is merged into the stored map rather than replacing
 * it; see {@link ConfigurationsPatch}. {@code type}, {@code score_value_type}, {@code evaluator_slug} and
 * {@code eval_class} cannot be changed by this call.
 *
 * <pre>{@code
 * UpdateEvaluatorParams params = UpdateEvaluatorParams.builder()
 *     .name("Response quality")
 *     .passingConditions(PassingConditions.builder().primaryScore("gte", 3).build())
 *     .clearCodeConfig()
 *     .build();
 * }</pre>
 *
 * <p>Immutable; {@link #toBuilder()} starts a changed copy.
 */
public final class UpdateEvaluatorParams extends PatchBody {

    private UpdateEvaluatorParams(Builder builder) {
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

    /** @return the new display name */
    public PatchValue<String> name() {
        return field(JSON_PROPERTY_NAME);
    }

    /** @return the new description */
    public PatchValue<String> description() {
        return field(JSON_PROPERTY_DESCRIPTION);
    }

    /** @return the new score shape */
    public PatchValue<ScoreConfig> scoreConfig() {
        return field(JSON_PROPERTY_SCORE_CONFIG);
    }

    /** @return the new pass rule */
    public PatchValue<PassingConditions> passingConditions() {
        return field(JSON_PROPERTY_PASSING_CONDITIONS);
    }

    /** @return the new LLM scoring settings */
    public PatchValue<LlmConfig> llmConfig() {
        return field(JSON_PROPERTY_LLM_CONFIG);
    }

    /** @return the new code scoring settings */
    public PatchValue<CodeConfig> codeConfig() {
        return field(JSON_PROPERTY_CODE_CONFIG);
    }

    /** @return the merge patch for the legacy configurations map */
    public PatchValue<ConfigurationsPatch> configurations() {
        return field(JSON_PROPERTY_CONFIGURATIONS);
    }

    /** @return the new legacy categorical choices */
    public PatchValue<List<ScoreChoice>> categoricalChoices() {
        return field(JSON_PROPERTY_CATEGORICAL_CHOICES);
    }

    /** @return the new names of extra inputs required at run time */
    public PatchValue<List<String>> customRequiredFields() {
        return field(JSON_PROPERTY_CUSTOM_REQUIRED_FIELDS);
    }

    /** @return whether the evaluator is starred */
    public PatchValue<Boolean> starred() {
        return field(JSON_PROPERTY_STARRED);
    }

    /** @return the new tags */
    public PatchValue<List<String>> tags() {
        return field(JSON_PROPERTY_TAGS);
    }

    /**
     * Builds {@link UpdateEvaluatorParams}. Setters reject a Java null: for a clearable field the message names
     * its {@code clearX()} method; for the others it says the API cannot clear them.
     */
    public static final class Builder {
        private final PatchFields fields;

        private Builder() {
            this.fields = new PatchFields();
        }

        private Builder(UpdateEvaluatorParams params) {
            this.fields = params.copyFields();
        }

        /**
         * @param name the new display name
         * @return this builder
         * @throws NullPointerException for null (the API cannot clear the name)
         */
        public Builder name(String name) {
            fields.setNotClearable(JSON_PROPERTY_NAME, name);
            return this;
        }

        /**
         * @param description the new description
         * @return this builder
         * @throws NullPointerException for null; call {@link #clearDescription()} to send null
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
         * @param scoreConfig the new score shape, sent whole (how the server combines it with the stored one is
         *     not documented)
         * @return this builder
         * @throws NullPointerException for null (the API cannot clear it)
         */
        public Builder scoreConfig(ScoreConfig scoreConfig) {
            fields.setNotClearable(JSON_PROPERTY_SCORE_CONFIG, scoreConfig);
            return this;
        }

        /**
         * @param conditions the new pass rule
         * @return this builder
         * @throws NullPointerException for null; call {@link #clearPassingConditions()} to send null
         */
        public Builder passingConditions(PassingConditions conditions) {
            fields.set(JSON_PROPERTY_PASSING_CONDITIONS, conditions, "clearPassingConditions");
            return this;
        }

        /** @return this builder, with {@code passing_conditions} sent as null */
        public Builder clearPassingConditions() {
            fields.clear(JSON_PROPERTY_PASSING_CONDITIONS);
            return this;
        }

        /**
         * @param llmConfig the new LLM scoring settings, sent whole
         * @return this builder
         * @throws NullPointerException for null; call {@link #clearLlmConfig()} to send null
         */
        public Builder llmConfig(LlmConfig llmConfig) {
            fields.set(JSON_PROPERTY_LLM_CONFIG, llmConfig, "clearLlmConfig");
            return this;
        }

        /** @return this builder, with {@code llm_config} sent as null (removes LLM automation) */
        public Builder clearLlmConfig() {
            fields.clear(JSON_PROPERTY_LLM_CONFIG);
            return this;
        }

        /**
         * @param codeConfig the new code scoring settings, sent whole
         * @return this builder
         * @throws NullPointerException for null; call {@link #clearCodeConfig()} to send null
         */
        public Builder codeConfig(CodeConfig codeConfig) {
            fields.set(JSON_PROPERTY_CODE_CONFIG, codeConfig, "clearCodeConfig");
            return this;
        }

        /** @return this builder, with {@code code_config} sent as null (removes code automation) */
        public Builder clearCodeConfig() {
            fields.clear(JSON_PROPERTY_CODE_CONFIG);
            return this;
        }

        /**
         * @param patch the keys to set and remove in the legacy configurations map; merged by the server
         * @return this builder
         * @throws NullPointerException for null (the API cannot clear the map; remove keys instead)
         */
        public Builder configurations(ConfigurationsPatch patch) {
            fields.setNotClearable(JSON_PROPERTY_CONFIGURATIONS, patch);
            return this;
        }

        /**
         * Replaces the legacy categorical choices; {@code categoricalChoices()} with no argument sends an empty
         * list.
         *
         * @param choices the choices
         * @return this builder
         * @throws NullPointerException for a null array, naming {@link #clearCategoricalChoices()}, or a null choice
         */
        public Builder categoricalChoices(ScoreChoice... choices) {
            return categoricalChoices(JsonValues.asList(choices));
        }

        /**
         * @param choices the choices
         * @return this builder
         * @throws NullPointerException for a null list, naming {@link #clearCategoricalChoices()}, or a null choice
         */
        public Builder categoricalChoices(List<ScoreChoice> choices) {
            fields.set(JSON_PROPERTY_CATEGORICAL_CHOICES, choices, "clearCategoricalChoices", JsonValues::list);
            return this;
        }

        /** @return this builder, with {@code categorical_choices} sent as null */
        public Builder clearCategoricalChoices() {
            fields.clear(JSON_PROPERTY_CATEGORICAL_CHOICES);
            return this;
        }

        /**
         * Replaces the names of extra inputs required at run time; no argument sends an empty list.
         *
         * @param names the input names
         * @return this builder
         * @throws NullPointerException for a null array (the API cannot clear the list) or name
         */
        public Builder customRequiredFields(String... names) {
            return customRequiredFields(JsonValues.asList(names));
        }

        /**
         * @param names the input names
         * @return this builder
         * @throws NullPointerException for a null list (the API cannot clear the list) or name
         */
        public Builder customRequiredFields(List<String> names) {
            fields.setNotClearable(
                    JSON_PROPERTY_CUSTOM_REQUIRED_FIELDS,
                    names,
                    JSON_PROPERTY_CUSTOM_REQUIRED_FIELDS,
                    JsonValues::list);
            return this;
        }

        /**
         * @param starred whether the evaluator is marked as a favourite
         * @return this builder
         */
        public Builder starred(boolean starred) {
            fields.setNotClearable(JSON_PROPERTY_STARRED, starred);
            return this;
        }

        /**
         * Replaces the tags; {@code tags()} with no argument sends an empty list.
         *
         * @param tags the tags
         * @return this builder
         * @throws NullPointerException for a null array (the API cannot clear the list) or tag
         */
        public Builder tags(String... tags) {
            return tags(JsonValues.asList(tags));
        }

        /**
         * @param tags the tags
         * @return this builder
         * @throws NullPointerException for a null list (the API cannot clear the list) or tag
         */
        public Builder tags(List<String> tags) {
            fields.setNotClearable(JSON_PROPERTY_TAGS, tags, JSON_PROPERTY_TAGS, JsonValues::list);
            return this;
        }

        /** @return the immutable body */
        public UpdateEvaluatorParams build() {
            return new UpdateEvaluatorParams(this);
        }
    }
}
