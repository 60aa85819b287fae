package dev.evalwire.codegen;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;

/**
 * What the request template needs for a schema that allows keys it does not declare ({@code additionalProperties:
 * true}): the builder gets {@code put(key, value)} for them, refusing the declared keys (they have setters).
 */
public final class AdditionalKeys {
    /** The JSON path prefix of messages, such as {@code llm_config.}. */
    public final String prefix;
    /** How messages name a key, such as {@code llm_config key}. */
    public final String keyName;
    /** The declared keys, as Java string literals separated by commas. */
    public final String declared;

    private AdditionalKeys(String prefix, String declared) {
        this.prefix = prefix;
        this.keyName = prefix.isEmpty() ? "key" : prefix.substring(0, prefix.length() - 1) + " key";
        this.declared = declared;
    }

    /** @return the template data, or null when the schema allows no further keys */
    static AdditionalKeys of(Schema<?> raw, String prefix, List<RequestField> fields) {
        if (raw == null || !allowsAnyKey(raw.getAdditionalProperties())) {
            return null;
        }
        StringBuilder declared = new StringBuilder();
        for (RequestField field : fields) {
            declared.append(declared.length() == 0 ? "" : ", ")
                    .append('"')
                    .append(field.json)
                    .append('"');
        }
        return new AdditionalKeys(prefix, declared.toString());
    }

    /** @return whether {@code additionalProperties} is {@code true} (read as a boolean or as an empty schema) */
    private static boolean allowsAnyKey(Object additional) {
        if (additional instanceof Schema) {
            Schema<?> schema = (Schema<?>) additional;
            return Boolean.TRUE.equals(schema.getBooleanSchemaValue())
                    || (schema.getType() == null && schema.getTypes() == null && schema.get$ref() == null);
        }
        return Boolean.TRUE.equals(additional);
    }
}
