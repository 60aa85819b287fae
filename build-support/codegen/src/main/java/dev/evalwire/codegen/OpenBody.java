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
        Object extra = declared == null ? null : declared.getAdditionalProperties();
        boolean open = Boolean.TRUE.equals(extra)
                || (extra instanceof Schema && Boolean.TRUE.equals(((Schema<?>) extra).getBooleanSchemaValue()));
        if (!open) {
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
}
