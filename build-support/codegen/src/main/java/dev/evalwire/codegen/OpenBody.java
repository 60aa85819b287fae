package dev.evalwire.codegen;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A request schema with {@code additionalProperties: true}: its builder also gets {@code putExtra(key, value)} for
 * keys the spec does not list (refusing keys that have a setter) and {@code remove(name)}.
 */
final class OpenBody {

    private OpenBody() {}

    /** Marks an open request schema for the {@code openBody} template partial, with what it needs. */
    static void shape(
            Schema<?> declared,
            Map<String, Object> ext,
            String prefix,
            List<RequestField> fields,
            Set<String> imports) {
        if (declared == null || !allowsAnyKey(declared.getAdditionalProperties())) {
            return;
        }
        ext.put("x-open", true);
        ext.put("x-prefix", prefix);
        ext.put("x-owner", prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1) + " ");
        ext.put("x-typed-args", fields.stream().map(f -> "\"" + f.json + "\"").collect(Collectors.joining(", ")));
        imports.add("dev.evalwire.core.internal.Checks");
        imports.add("dev.evalwire.core.internal.JsonFields");
        imports.add("dev.evalwire.core.internal.JsonValues");
        imports.add("java.util.Set");
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
