package dev.evalwire.keywordsai;

import static dev.evalwire.keywordsai.internal.wire.LlmConfig.JSON_PROPERTY_EVALUATOR_DEFINITION;
import static dev.evalwire.keywordsai.internal.wire.LlmConfig.JSON_PROPERTY_MAX_TOKENS;
import static dev.evalwire.keywordsai.internal.wire.LlmConfig.JSON_PROPERTY_MODEL;
import static dev.evalwire.keywordsai.internal.wire.LlmConfig.JSON_PROPERTY_SCORING_RUBRIC;
import static dev.evalwire.keywordsai.internal.wire.LlmConfig.JSON_PROPERTY_TEMPERATURE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.PatchBody;
import dev.evalwire.core.PatchValue;
import dev.evalwire.core.internal.Checks;
import dev.evalwire.core.internal.JsonFields;
import dev.evalwire.core.internal.JsonValues;
import dev.evalwire.core.internal.PatchFields;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Settings for scoring with an LLM ({@code llm_config}): model, prompt template, rubric, sampling temperature
 * and token limit, plus any further key the server accepts. Only the fields set are sent.
 *
 * <pre>{@code
 * LlmConfig.builder()
 *     .model("gpt-4o-mini")
 *     .evaluatorDefinition("Rate the quality:\n<input>{{input}}</input>\n<output>{{output}}</output>")
 *     .scoringRubric("1=Poor, 5=Excellent")
 *     .temperature(0.1)
 *     .maxTokens(200)
 *     .build();
 * }</pre>
 */
public final class LlmConfig extends PatchBody {

    private static final Set<String> TYPED = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
            JSON_PROPERTY_MODEL,
            JSON_PROPERTY_EVALUATOR_DEFINITION,
            JSON_PROPERTY_SCORING_RUBRIC,
            JSON_PROPERTY_TEMPERATURE,
            JSON_PROPERTY_MAX_TOKENS)));

    private LlmConfig(PatchFields fields) {
        super(fields);
    }

    /** @return a builder with no field set */
    public static Builder builder() {
        return new Builder(new PatchFields());
    }

    /** @return a builder holding this config's fields */
    public Builder toBuilder() {
        return new Builder(copyFields());
    }

    /** @return the scoring model */
    public PatchValue<String> model() {
        return field(JSON_PROPERTY_MODEL);
    }

    /** @return the prompt template */
    public PatchValue<String> evaluatorDefinition() {
        return field(JSON_PROPERTY_EVALUATOR_DEFINITION);
    }

    /** @return the scoring rubric */
    public PatchValue<String> scoringRubric() {
        return field(JSON_PROPERTY_SCORING_RUBRIC);
    }

    /** @return the sampling temperature */
    public PatchValue<Double> temperature() {
        return field(JSON_PROPERTY_TEMPERATURE);
    }

    /** @return the output token limit */
    public PatchValue<Long> maxTokens() {
        return field(JSON_PROPERTY_MAX_TOKENS);
    }

    /**
     * Reads a config from a response without range checks: typed keys by type, other keys as raw JSON.
     *
     * @param json the config object
     * @return the config
     * @throws IllegalArgumentException when a typed key has the wrong type
     */
    static LlmConfig fromJson(ObjectNode json) {
        return new LlmConfig(ResponseConfigs.fields(json, (object, key, value) -> {
            if (key.equals(JSON_PROPERTY_TEMPERATURE)) {
                return JsonFields.number(object, key);
            } else if (key.equals(JSON_PROPERTY_MAX_TOKENS)) {
                return JsonFields.longValue(object, key);
            } else if (TYPED.contains(key)) {
                return JsonFields.string(object, key);
            }
            return value.deepCopy();
        }));
    }

    /** Builds an {@link LlmConfig}; setters reject Java nulls and out-of-range numbers at once. */
    public static final class Builder {
        private final PatchFields fields;

        private Builder(PatchFields fields) {
            this.fields = fields;
        }

        /**
         * @param model the scoring model, for example {@code gpt-4o-mini}
         * @return this builder
         * @throws NullPointerException for null, saying that the API cannot clear it
         */
        public Builder model(String model) {
            fields.setNotClearable(JSON_PROPERTY_MODEL, model, "llm_config.model");
            return this;
        }

        /**
         * @param definition the prompt template; the server requires {@code {{output}}} in it and allows
         *     {@code {{input}}}, {@code {{metadata}}} and {@code {{metrics}}}
         * @return this builder
         * @throws NullPointerException for null, saying that the API cannot clear it
         */
        public Builder evaluatorDefinition(String definition) {
            fields.setNotClearable(JSON_PROPERTY_EVALUATOR_DEFINITION, definition, "llm_config.evaluator_definition");
            return this;
        }

        /**
         * @param rubric how the model maps quality to scores
         * @return this builder
         * @throws NullPointerException for null, saying that the API cannot clear it
         */
        public Builder scoringRubric(String rubric) {
            fields.setNotClearable(JSON_PROPERTY_SCORING_RUBRIC, rubric, "llm_config.scoring_rubric");
            return this;
        }

        /**
         * @param temperature the sampling temperature; finite, at least 0
         * @return this builder
         * @throws IllegalArgumentException for a negative, NaN or infinite value
         */
        public Builder temperature(double temperature) {
            Checks.finite("llm_config.temperature", temperature);
            if (temperature < 0) {
                throw new IllegalArgumentException("llm_config.temperature must be at least 0, was " + temperature);
            }
            fields.setNotClearable(JSON_PROPERTY_TEMPERATURE, temperature);
            return this;
        }

        /**
         * @param maxTokens the output token limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException below 1
         */
        public Builder maxTokens(long maxTokens) {
            fields.setNotClearable(JSON_PROPERTY_MAX_TOKENS, Checks.atLeast("llm_config.max_tokens", maxTokens, 1));
            return this;
        }

        /**
         * Sets a further key the server accepts, sent as given.
         *
         * @param key the key; not one of the typed keys (use their setters)
         * @param value a string, number, boolean, list, map or {@link JsonNode}
         * @return this builder
         * @throws NullPointerException for a null key, or a null value, saying that the API cannot clear it
         * @throws IllegalArgumentException for a typed key, a blank key, or a NaN or infinite number
         */
        public Builder put(String key, Object value) {
            Checks.notBlank("llm_config key", key, Checks.REQUIRED);
            if (TYPED.contains(key)) {
                throw new IllegalArgumentException(
                        "llm_config." + key + " has its own setter; use it instead of" + " put(...)");
            }
            fields.setNotClearable(key, value, "llm_config." + key, JsonValues::value);
            return this;
        }

        /** @return the config */
        public LlmConfig build() {
            return new LlmConfig(fields);
        }
    }
}
