package dev.evalwire.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.internal.JsonValues;
import dev.evalwire.core.internal.PatchFields;
import java.util.Iterator;
import java.util.Map;

/**
 * A task configuration given as a plain JSON object, for every task type: {@code inference},
 * {@code application_variant}, {@code agentex_output}, {@code metric}, {@code auto_evaluation.*},
 * {@code contributor_evaluation.question}, {@code custom_function}, and types newer than this SDK. The object is
 * sent exactly as given (copied when created), and replaces the stored configuration entirely.
 *
 * <pre>{@code
 * Map<String, Object> metric = new LinkedHashMap<>();
 * metric.put("type", "rouge1");
 * metric.put("candidate", "item.output");
 * metric.put("reference", "item.expected");
 * client.updateTaskConfiguration("eval_123", "rouge1", RawTaskConfiguration.of(metric));
 * }</pre>
 *
 * <p>To edit a task read from a response, start from its JSON: {@code RawTaskConfiguration.of(task.configuration())}.
 */
public final class RawTaskConfiguration extends TaskConfiguration {

    private RawTaskConfiguration(PatchFields fields) {
        super(fields);
    }

    /**
     * @param configuration the configuration; values may be any JSON-writable value, including null
     * @return the configuration
     * @throws NullPointerException for a null map or key
     * @throws IllegalArgumentException for NaN or infinite numbers, more than 10,000 entries, or unwritable values
     */
    public static RawTaskConfiguration of(Map<String, ?> configuration) {
        return of(JsonValues.object("configuration", configuration));
    }

    /**
     * @param configuration the configuration as a JSON tree
     * @return the configuration
     * @throws NullPointerException for null
     * @throws IllegalArgumentException when not a JSON object, or for NaN or infinite numbers
     */
    public static RawTaskConfiguration of(JsonNode configuration) {
        ObjectNode copy = JsonValues.object("configuration", configuration);
        PatchFields fields = new PatchFields();
        Iterator<Map.Entry<String, JsonNode>> entries = copy.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            fields.setNotClearable(entry.getKey(), entry.getValue());
        }
        return new RawTaskConfiguration(fields);
    }
}
