package dev.evalwire.keywordsai;

import static dev.evalwire.keywordsai.internal.wire.ScoreConfig.JSON_PROPERTY_CHOICES;
import static dev.evalwire.keywordsai.internal.wire.ScoreConfig.JSON_PROPERTY_MAX_SCORE;
import static dev.evalwire.keywordsai.internal.wire.ScoreConfig.JSON_PROPERTY_MIN_SCORE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.PatchBody;
import dev.evalwire.core.PatchValue;
import dev.evalwire.core.internal.Checks;
import dev.evalwire.core.internal.JsonFields;
import dev.evalwire.core.internal.JsonValues;
import dev.evalwire.core.internal.PatchFields;
import java.util.List;

/**
 * The shape of an evaluator's score ({@code score_config}): the range of numerical and percentage scores, and
 * the options of select-type scores. Only the fields set are sent; none of them can be sent as null.
 *
 * <pre>{@code
 * ScoreConfig.builder().minScore(0).maxScore(10)
 *     .choices(ScoreChoice.of("Poor", 0), ScoreChoice.of("Excellent", 10))
 *     .build();
 * }</pre>
 */
public final class ScoreConfig extends PatchBody {

    private ScoreConfig(PatchFields fields) {
        super(fields);
    }

    /** @return a builder with no field set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this config's fields */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the lowest allowed score */
    public PatchValue<Double> minScore() {
        return field(JSON_PROPERTY_MIN_SCORE);
    }

    /** @return the highest allowed score */
    public PatchValue<Double> maxScore() {
        return field(JSON_PROPERTY_MAX_SCORE);
    }

    /** @return the selectable options */
    public PatchValue<List<ScoreChoice>> choices() {
        return field(JSON_PROPERTY_CHOICES);
    }

    /**
     * Reads a config from a response without checks: typed keys by type, other keys as raw JSON.
     *
     * @param json the config object
     * @return the config
     * @throws IllegalArgumentException when a typed key has the wrong type
     */
    static ScoreConfig fromJson(ObjectNode json) {
        return new ScoreConfig(ResponseConfigs.fields(json, (object, key, value) -> {
            if (key.equals(JSON_PROPERTY_MIN_SCORE) || key.equals(JSON_PROPERTY_MAX_SCORE)) {
                return JsonFields.number(object, key);
            } else if (key.equals(JSON_PROPERTY_CHOICES)) {
                return ScoreChoice.listFromJson(object, key);
            }
            return value.deepCopy();
        }));
    }

    /**
     * Builds a {@link ScoreConfig}. Setters reject NaN, infinity and Java nulls at once; {@link #build()}
     * rejects a minimum above the maximum.
     */
    public static final class Builder {
        private final PatchFields fields;

        private Builder() {
            this.fields = new PatchFields();
        }

        private Builder(ScoreConfig config) {
            this.fields = config.copyFields();
        }

        /**
         * @param minScore the lowest allowed score; finite
         * @return this builder
         * @throws IllegalArgumentException for NaN or infinity
         */
        public Builder minScore(double minScore) {
            fields.setNotClearable(JSON_PROPERTY_MIN_SCORE, Checks.finite("score_config.min_score", minScore));
            return this;
        }

        /**
         * @param maxScore the highest allowed score; finite
         * @return this builder
         * @throws IllegalArgumentException for NaN or infinity
         */
        public Builder maxScore(double maxScore) {
            fields.setNotClearable(JSON_PROPERTY_MAX_SCORE, Checks.finite("score_config.max_score", maxScore));
            return this;
        }

        /**
         * Replaces the options; {@code choices()} with no argument sends an empty list.
         *
         * @param choices the options
         * @return this builder
         * @throws NullPointerException for a null array, saying that the API cannot clear it, or a null choice
         */
        public Builder choices(ScoreChoice... choices) {
            return choices(JsonValues.asList(choices));
        }

        /**
         * @param choices the options
         * @return this builder
         * @throws NullPointerException for a null list, saying that the API cannot clear it, or a null choice
         */
        public Builder choices(List<ScoreChoice> choices) {
            fields.setNotClearable(JSON_PROPERTY_CHOICES, choices, "score_config.choices", JsonValues::list);
            return this;
        }

        /**
         * @return the config
         * @throws IllegalArgumentException when both bounds are set and the minimum is above the maximum
         */
        public ScoreConfig build() {
            PatchValue<?> min = fields.get(JSON_PROPERTY_MIN_SCORE);
            PatchValue<?> max = fields.get(JSON_PROPERTY_MAX_SCORE);
            if (min.isValue() && max.isValue() && (Double) min.get() > (Double) max.get()) {
                throw new IllegalArgumentException("score_config.min_score (" + min.get()
                        + ") must not be greater than score_config.max_score (" + max.get() + ")");
            }
            return new ScoreConfig(fields);
        }
    }
}
