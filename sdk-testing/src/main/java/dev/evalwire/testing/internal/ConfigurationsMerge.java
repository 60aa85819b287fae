package dev.evalwire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Keywords AI's merge of the legacy {@code configurations} map: top-level keys of the patch
 * overwrite or add; a key sent as {@code null} is removed; keys not sent stay; nested objects are
 * replaced whole, never deep-merged.
 */
public final class ConfigurationsMerge {

    private ConfigurationsMerge() {}

    /** A new object: {@code current} with {@code patch} merged in. Neither argument is modified. */
    public static ObjectNode merge(ObjectNode current, ObjectNode patch) {
        ObjectNode merged = current == null ? Json.object() : current.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getValue().isNull()) {
                merged.remove(entry.getKey());
            } else {
                merged.set(entry.getKey(), entry.getValue().deepCopy());
            }
        }
        return merged;
    }
}
