package dev.evalwire.codegen;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.codegen.CodegenProperty;

/**
 * A request property whose schema is an untagged union ({@code anyOf} of plain types), such as Scale's
 * {@code NumberOrItemLocator}: one setter overload per branch, built as {@link RequestField} builds a plain
 * property of that branch's type, and an accessor giving the value as JSON whichever branch set it. A branch that
 * is a string schema marked {@code x-evalwire-item-locator} gives a {@code <setter>FromItem(String)} setter
 * instead, checked by the {@code check(path, locator)} method of the class the hint names. {@code minimum} and
 * {@code maximum} written next to the property's {@code $ref} apply to its number branches; the property's other
 * {@code x-evalwire-*} hints apply to every branch.
 */
final class UnionField {

    private UnionField() {}

    /**
     * @return the field, or null when the property is not a reference to an untagged union of plain types
     */
    static RequestField of(
            EvalwireCodegen codegen,
            Map<String, Schema> schemas,
            CodegenProperty property,
            Schema<?> declared,
            String prefix,
            Map<String, String> enums,
            Set<String> imports) {
        Schema<?> union = declared == null || declared.get$ref() == null ? null : schemas.get(name(declared.get$ref()));
        if (union == null || union.getAnyOf() == null || union.getProperties() != null) {
            return null;
        }
        RequestField field = null;
        List<Map<String, Object>> overloads = new ArrayList<>();
        for (Schema<?> branch : union.getAnyOf()) {
            Schema<?> target = branch.get$ref() == null ? branch : schemas.get(name(branch.get$ref()));
            Object locator = target.getExtensions() == null
                    ? null
                    : target.getExtensions().get("x-evalwire-item-locator");
            if (locator != null) {
                continue;
            }
            CodegenProperty p = codegen.fromProperty(property.baseName, target, property.required);
            p.baseName = property.baseName;
            p.name = property.name;
            p.required = property.required;
            p.isNullable = false;
            p.vendorExtensions.putAll(property.vendorExtensions);
            p.minimum = declared.getMinimum() == null ? p.minimum : plain(declared.getMinimum());
            p.maximum = declared.getMaximum() == null ? p.maximum : plain(declared.getMaximum());
            RequestField branchField = isObjectArray(target)
                    ? objectArray(codegen, p, prefix, enums, imports)
                    : new RequestField(p, prefix, enums, imports);
            overloads.addAll(branchField.overloads);
            field = field == null ? branchField : field;
        }
        for (Schema<?> branch : union.getAnyOf()) {
            Schema<?> target = branch.get$ref() == null ? branch : schemas.get(name(branch.get$ref()));
            Object locator = target.getExtensions() == null
                    ? null
                    : target.getExtensions().get("x-evalwire-item-locator");
            if (locator != null) {
                imports.add((String) locator);
                String checker = ((String) locator).substring(((String) locator).lastIndexOf('.') + 1);
                Map<String, Object> fromItem = new HashMap<>();
                fromItem.put("setter", field.setter + "FromItem");
                fromItem.put("param", "itemLocator");
                fromItem.put("paramType", "String");
                fromItem.put(
                        "throwsDoc",
                        List.of(
                                "NullPointerException for null, saying the field cannot be cleared",
                                "IllegalArgumentException when it is not {@code item.} followed by a field path"));
                fromItem.put(
                        "statement",
                        "fields.set(\"" + field.json + "\", \"" + field.path + "\", null, itemLocator,\n"
                                + " ".repeat(20) + checker + "::check);");
                fromItem.put("locator", true);
                overloads.add(fromItem);
            }
        }
        field.overloads.clear();
        field.overloads.addAll(overloads);
        imports.add("com.fasterxml.jackson.databind.JsonNode");
        imports.add("dev.evalwire.core.internal.JsonValues");
        String read = "this.<Object>field(\"" + field.json + "\")";
        if (field.required) {
            field.accessorType = "JsonNode";
            field.accessor = "JsonValues.value(\"" + field.json + "\", " + read + ".get())";
            field.accessorDoc =
                    "{@code " + field.json + "} as JSON (a literal or an item locator); set by every built" + " body";
        } else {
            field.accessorType = "PatchValue<JsonNode>";
            field.accessor = read + ".map(value -> JsonValues.value(\"" + field.json + "\", value))";
            field.accessorDoc = "{@code " + field.json + "} as JSON (a literal or an item locator): absent (not sent)"
                    + " or a value";
        }
        return field;
    }

    /** An array of free-form objects: a {@code List} of maps or a {@code JsonNode} array, checked item by item. */
    private static RequestField objectArray(
            EvalwireCodegen codegen, CodegenProperty p, String prefix, Map<String, String> enums, Set<String> imports) {
        Schema<?> object = new Schema<>().type("object");
        CodegenProperty asObject = codegen.fromProperty(p.baseName, object, p.required);
        asObject.baseName = p.baseName;
        asObject.name = p.name;
        asObject.required = p.required;
        asObject.isNullable = false;
        asObject.vendorExtensions.putAll(p.vendorExtensions);
        RequestField field = new RequestField(asObject, prefix, enums, imports);
        for (int i = 0; i < field.overloads.size(); i++) {
            Map<String, Object> changed = new HashMap<>(field.overloads.get(i));
            boolean map = "Map<String, ?>".equals(changed.get("paramType"));
            changed.put("paramType", map ? "List<? extends Map<String, ?>>" : "JsonNode");
            changed.put(
                    "statement",
                    ((String) changed.get("statement")).replace("JsonValues::object", "JsonValues::objectArray"));
            changed.put(
                    "throwsDoc",
                    List.of(
                            "NullPointerException for null, saying the field cannot be cleared",
                            "IllegalArgumentException for an item that is not a JSON object, or NaN or infinite"
                                    + " numbers"));
            field.overloads.set(i, changed);
        }
        imports.add("java.util.List");
        return field;
    }

    private static boolean isObjectArray(Schema<?> schema) {
        Schema<?> items = schema.getItems();
        return items != null && items.get$ref() == null && isType(items, "object") && items.getProperties() == null;
    }

    private static boolean isType(Schema<?> schema, String type) {
        return type.equals(schema.getType())
                || (schema.getTypes() != null && schema.getTypes().contains(type));
    }

    private static String plain(BigDecimal bound) {
        return bound.stripTrailingZeros().toPlainString();
    }

    private static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
