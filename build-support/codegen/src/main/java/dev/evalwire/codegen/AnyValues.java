package dev.evalwire.codegen;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises the schemas that are "any JSON value": no type at all (only a description), or a union of scalar types
 * such as {@code oneOf: [{type: number}, {type: string}]}. A property of such a schema becomes an {@code Object}
 * setter (checked and copied into a JSON tree) and a {@code JsonNode} accessor; the component itself is not
 * generated.
 */
final class AnyValues {

    private AnyValues() {}

    /** @return whether the component named {@code name} is an any-value schema */
    static boolean isComponent(String name, Map<String, Schema> raw) {
        Schema<?> schema = raw.get(name);
        return schema != null && isAny(schema);
    }

    /** @return whether the declared property (a {@code $ref} or an inline schema) holds any JSON value */
    static boolean isProperty(Schema<?> property, Map<String, Schema> raw) {
        if (property == null) {
            return false;
        }
        if (property.get$ref() != null) {
            return isComponent(property.get$ref().substring(property.get$ref().lastIndexOf('/') + 1), raw);
        }
        return isAny(property);
    }

    private static boolean isAny(Schema<?> schema) {
        if (schema.get$ref() != null
                || schema.getProperties() != null
                || schema.getEnum() != null
                || schema.getItems() != null
                || !types(schema).isEmpty()) {
            return false;
        }
        List<Schema> branches = new ArrayList<>();
        if (schema.getOneOf() != null) {
            branches.addAll(schema.getOneOf());
        }
        if (schema.getAnyOf() != null) {
            branches.addAll(schema.getAnyOf());
        }
        for (Schema<?> branch : branches) {
            Set<String> types = types(branch);
            if (branch.get$ref() != null
                    || types.isEmpty()
                    || types.contains("null")
                    || types.contains("object")
                    || types.contains("array")) {
                return false;
            }
        }
        return schema.getAllOf() == null;
    }

    private static Set<String> types(Schema<?> schema) {
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes();
        }
        return schema.getType() == null ? Set.of() : Set.of(schema.getType());
    }
}
