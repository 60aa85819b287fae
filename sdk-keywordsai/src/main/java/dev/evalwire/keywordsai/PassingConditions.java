package dev.evalwire.keywordsai;

import static dev.evalwire.keywordsai.internal.wire.PassingConditions.JSON_PROPERTY_PRIMARY_SCORE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.PatchBody;
import dev.evalwire.core.PatchValue;
import dev.evalwire.core.internal.Checks;
import dev.evalwire.core.internal.JsonValues;
import dev.evalwire.core.internal.PatchFields;

/**
 * The rule deciding whether a score counts as a pass ({@code passing_conditions}), in the vendor's universal
 * filter format. Only {@code primary_score} is documented; other keys are sent as given.
 *
 * <pre>{@code
 * PassingConditions.builder().primaryScore("gte", 3).build();
 * // {"primary_score":{"operator":"gte","value":3}}
 * }</pre>
 */
public final class PassingConditions extends PatchBody {

    private PassingConditions(PatchFields fields) {
        super(fields);
    }

    /** @return a builder with no condition */
    public static Builder builder() {
        return new Builder(new PatchFields());
    }

    /** @return a builder holding these conditions */
    public Builder toBuilder() {
        return new Builder(copyFields());
    }

    /** @return the condition on the primary score */
    public PatchValue<PassingCondition> primaryScore() {
        return field(JSON_PROPERTY_PRIMARY_SCORE);
    }

    /**
     * Reads conditions from a response: {@code primary_score} as a {@link PassingCondition} (operator not
     * checked), other keys as raw JSON.
     *
     * @param json the conditions object
     * @return the conditions
     * @throws IllegalArgumentException when {@code primary_score} is not an object
     */
    static PassingConditions fromJson(ObjectNode json) {
        return new PassingConditions(ResponseConfigs.fields(json, (object, key, value) -> {
            if (!key.equals(JSON_PROPERTY_PRIMARY_SCORE)) {
                return value.deepCopy();
            }
            if (!value.isObject()) {
                throw new IllegalArgumentException("field 'passing_conditions.primary_score' must be an object"
                        + " but was " + value.getNodeType());
            }
            return PassingCondition.fromJson((ObjectNode) value);
        }));
    }

    /** Builds {@link PassingConditions}; setters reject Java nulls and unknown operators at once. */
    public static final class Builder {
        private final PatchFields fields;

        private Builder(PatchFields fields) {
            this.fields = fields;
        }

        /**
         * Sets the condition on the primary score.
         *
         * @param operator one of {@link PassingCondition#OPERATORS}, for example {@code "gte"}
         * @param value the operand, for example {@code 3}
         * @return this builder
         * @throws NullPointerException for a null operator or value, saying that it is required
         * @throws IllegalArgumentException for an unknown operator or a NaN or infinite number
         */
        public Builder primaryScore(String operator, Object value) {
            return put(
                    JSON_PROPERTY_PRIMARY_SCORE,
                    PassingCondition.create("passing_conditions.primary_score", operator, value));
        }

        /**
         * Sets the condition under any key.
         *
         * @param key the key, for example {@code primary_score}
         * @param condition the condition
         * @return this builder
         * @throws NullPointerException for a null key, or a null condition, saying that the API cannot clear it
         */
        public Builder put(String key, PassingCondition condition) {
            checkKey(key);
            fields.setNotClearable(key, condition, "passing_conditions." + key);
            return this;
        }

        /**
         * Sets an undocumented key to any JSON value, sent as given.
         *
         * @param key the key; not {@code primary_score} (use {@link #primaryScore(String, Object)})
         * @param value the value
         * @return this builder
         * @throws NullPointerException for a null key, or a null value, saying that the API cannot clear it
         * @throws IllegalArgumentException for {@code primary_score} or a NaN or infinite number
         */
        public Builder put(String key, JsonNode value) {
            checkKey(key);
            if (key.equals(JSON_PROPERTY_PRIMARY_SCORE)) {
                throw new IllegalArgumentException("passing_conditions.primary_score is a condition: use"
                        + " primaryScore(operator, value) or put(key, PassingCondition)");
            }
            fields.setNotClearable(key, value, "passing_conditions." + key, JsonValues::value);
            return this;
        }

        private static void checkKey(String key) {
            Checks.notBlank("passing_conditions key", key, Checks.REQUIRED);
        }

        /** @return the conditions */
        public PassingConditions build() {
            return new PassingConditions(fields);
        }
    }
}
