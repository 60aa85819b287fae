package dev.evalwire.keywordsai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.internal.PatchFields;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads the config objects of a response ({@code llm_config}, {@code score_config}, {@code code_config},
 * {@code passing_conditions}) into body fields without range checks: keys sent as JSON null are left out, the
 * typed keys are read by type and any other key is kept as a raw JSON copy.
 */
final class ResponseConfigs {

    /** Reads one key that is present and not null. */
    interface KeyReader {
        /**
         * @param json the whole config object, for {@code JsonFields} readers
         * @param key the key
         * @param value its value, never JSON null
         * @return the field value, never null
         * @throws IllegalArgumentException when a typed key has the wrong type
         */
        Object read(ObjectNode json, String key, JsonNode value);
    }

    private ResponseConfigs() {}

    /**
     * @param json the config object
     * @param reader reads each key that is not JSON null
     * @return the fields, in the order received
     * @throws IllegalArgumentException when {@code reader} refuses a key
     */
    static PatchFields fields(ObjectNode json, KeyReader reader) {
        PatchFields fields = new PatchFields();
        Iterator<Map.Entry<String, JsonNode>> entries = json.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (!entry.getValue().isNull()) {
                fields.setNotClearable(entry.getKey(), reader.read(json, entry.getKey(), entry.getValue()));
            }
        }
        return fields;
    }
}
