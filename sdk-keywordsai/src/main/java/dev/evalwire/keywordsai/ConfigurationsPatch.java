package dev.evalwire.keywordsai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalwire.core.PatchBody;
import dev.evalwire.core.PatchValue;
import dev.evalwire.core.internal.Checks;
import dev.evalwire.core.internal.JsonValues;
import dev.evalwire.core.internal.PatchFields;

/**
 * A merge patch for an evaluator's legacy {@code configurations} map. The server merges it into the stored
 * map key by key: keys not mentioned stay as they are, {@link Builder#put put} keys overwrite or add, and
 * {@link Builder#remove remove}d keys (sent as {@code "key": null}) are deleted. Merging is one level deep: a
 * nested object such as {@code model_options} replaces the stored one whole, so send every key it should
 * keep. {@link ConfigurationsMerge#apply} computes the result locally.
 *
 * <pre>{@code
 * ConfigurationsPatch.builder()
 *     .put("passing_score", 4.0)
 *     .put("model_options", Collections.singletonMap("temperature", 0))
 *     .remove("llm_engine")
 *     .build();
 * // {"passing_score":4.0,"model_options":{"temperature":0},"llm_engine":null}
 * }</pre>
 *
 * <p>Immutable; written as a JSON object in the order the keys were first given.
 */
public final class ConfigurationsPatch extends PatchBody {

    private ConfigurationsPatch(PatchFields fields) {
        super(fields);
    }

    /** @return a builder with no key */
    public static Builder builder() {
        return new Builder(new PatchFields());
    }

    /** @return a builder holding this patch's keys */
    public Builder toBuilder() {
        return new Builder(copyFields());
    }

    /**
     * @param key a configuration key
     * @return the key's new value (a copy), explicit null when it is removed, absent when not mentioned
     */
    public PatchValue<JsonNode> get(String key) {
        return this.<JsonNode>field(key).map(JsonNode::deepCopy);
    }

    /** Builds a {@link ConfigurationsPatch}. A later call for the same key replaces the earlier one. */
    public static final class Builder {
        private final PatchFields fields;

        private Builder(PatchFields fields) {
            this.fields = fields;
        }

        /**
         * Sets a key to a value, replacing the stored value. A map, list or {@link JsonNode} object is sent whole
         * and replaces the stored one whole.
         *
         * @param key the key
         * @param value a string, number, boolean, map, list or {@link JsonNode}; not null (to delete the key,
         *     call {@link #remove(String)})
         * @return this builder
         * @throws NullPointerException for a null key, or a null value, naming {@link #remove(String)}
         * @throws IllegalArgumentException for a NaN or infinite number or a value that is not JSON
         */
        public Builder put(String key, Object value) {
            checkKey(key);
            fields.setChecked(
                    key,
                    value,
                    "configurations." + key,
                    "to delete the key, call remove(\"" + key + "\")",
                    JsonValues::value);
            return this;
        }

        /**
         * Deletes a key from the stored map (sends {@code "key": null}).
         *
         * @param key the key
         * @return this builder
         * @throws NullPointerException for a null key
         */
        public Builder remove(String key) {
            checkKey(key);
            fields.clear(key);
            return this;
        }

        private static void checkKey(String key) {
            Checks.notNull("configurations key", key, "remove(key) deletes a key, it needs the key's name");
        }

        /** @return the patch */
        public ConfigurationsPatch build() {
            return new ConfigurationsPatch(fields);
        }
    }
}
