package dev.evalwire.keywordsai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.PatchValue;
import java.util.Map;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * Computes locally what the server stores after a {@link ConfigurationsPatch}, by the vendor's rules: keys
 * the patch does not mention are kept; keys it sets overwrite or add; keys it removes are deleted; nested
 * objects are replaced whole, never merged.
 *
 * <pre>{@code
 * ObjectNode after = ConfigurationsMerge.apply(evaluator.configurations(), patch);
 * }</pre>
 */
public final class ConfigurationsMerge {

    private ConfigurationsMerge() {}

    /**
     * @param current the stored configurations, for example {@link Evaluator#configurations()}; null counts as
     *     empty; not modified
     * @param patch the patch to apply
     * @return a new object: {@code current} with {@code patch} merged in
     * @throws NullPointerException for a null patch
     */
    public static ObjectNode apply(@Nullable ObjectNode current, ConfigurationsPatch patch) {
        Objects.requireNonNull(patch, "patch");
        ObjectNode merged = current == null ? JsonNodeFactory.instance.objectNode() : current.deepCopy();
        for (Map.Entry<String, PatchValue<?>> entry : patch.fields().entrySet()) {
            if (entry.getValue().isNull()) {
                merged.remove(entry.getKey());
            } else {
                merged.set(entry.getKey(), ((JsonNode) entry.getValue().get()).deepCopy());
            }
        }
        return merged;
    }
}
