package dev.evalwire.codegen;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.codegen.CodegenProperty;

/**
 * What the response template needs for one property: a typed accessor that reads the field from the kept JSON
 * when it is called (so a missing or mistyped field fails only the code that reads it).
 */
public final class ResponseField {
    public final String json;
    public final String getter;
    public final String type;
    public final String reader;
    public final boolean required;
    public final List<String> doc;
    public final String returnDoc;
    /** The statement {@code validate()} runs for this field: read it, and validate a nested response object. */
    public final String validation;
    /** Whether the accessor answers an empty list or map, never null, when the field is missing or null. */
    private final boolean emptyWhenAbsent;

    ResponseField(CodegenProperty p, Map<String, String> enums, Set<String> imports) {
        this.json = p.baseName;
        this.getter = p.vendorExtensions.containsKey("x-evalwire-getter")
                ? (String) p.vendorExtensions.get("x-evalwire-getter")
                : p.name;
        this.required = p.required && !p.isNullable;
        this.doc = Javadocs.lines(Javadocs.text(p.unescapedDescription, "The {@code " + json + "} field."));
        String r;
        String t;
        String nested = null;
        boolean empty = false;
        if (Boolean.TRUE.equals(p.vendorExtensions.get("x-evalwire-any"))) {
            imports.add("com.fasterxml.jackson.databind.JsonNode");
            t = "JsonNode";
            r = required
                    ? "JsonFields::requiredValue"
                    : "(object, name) -> JsonFields.optional(object.get(name), v -> v.isNull() ? null : v.deepCopy())";
        } else if (p.isBoolean) {
            t = required ? "boolean" : "Boolean";
            r = required ? "JsonFields::requiredBool" : "JsonFields::bool";
        } else if (p.isInteger || p.isLong) {
            t = required ? "long" : "Long";
            r = required ? "JsonFields::requiredLong" : "JsonFields::longValue";
        } else if (p.isNumber || p.isFloat || p.isDouble) {
            t = required ? "double" : "Double";
            r = required ? "JsonFields::requiredNumber" : "JsonFields::number";
        } else if (p.isDateTime) {
            imports.add("java.time.OffsetDateTime");
            t = "OffsetDateTime";
            r = required ? "JsonFields::requiredDateTime" : "JsonFields::dateTime";
        } else if (enums.containsKey(p.complexType) || p.isEnumRef) {
            t = p.complexType;
            r = required
                    ? "(object, name) -> " + t + ".of(JsonFields.requiredString(object, name))"
                    : "(object, name) -> JsonFields.enumOrDefault(object, name, " + t + "::of, "
                            + (p.vendorExtensions.containsKey("x-evalwire-enum-default")
                                    ? t + ".of(\"" + p.vendorExtensions.get("x-evalwire-enum-default") + "\")"
                                    : "null")
                            + ")";
        } else if (p.isModel || p.vendorExtensions.containsKey("x-evalwire-model")) {
            t = p.isModel ? p.complexType : (String) p.vendorExtensions.get("x-evalwire-model");
            nested = t;
            r = required
                    ? "(object, name) -> " + t + ".fromJson(JsonFields.requiredObject(object, name))"
                    : "(object, name) -> JsonFields.optional(JsonFields.nested(object, name), " + t + "::fromJson)";
        } else if (p.isArray && p.items.isString) {
            imports.add("java.util.List");
            t = "List<String>";
            r = required ? "JsonFields::requiredStrings" : "JsonFields::strings";
            empty = !required;
        } else if (p.isArray && p.items.isModel) {
            imports.add("java.util.List");
            t = "List<" + p.items.complexType + ">";
            r = "(object, name) -> JsonFields.objects(object, name, " + p.items.complexType + "::fromJson)";
            empty = true;
        } else if (p.isMap && p.additionalProperties != null && p.additionalProperties.isString) {
            imports.add("java.util.Map");
            t = "Map<String, String>";
            r = "JsonFields::stringMap";
            empty = true;
        } else if (p.isString) {
            t = "String";
            r = required ? "JsonFields::requiredString" : "JsonFields::string";
        } else {
            imports.add("com.fasterxml.jackson.databind.node.ObjectNode");
            t = "ObjectNode";
            r = required
                    ? "(object, name) -> JsonFields.requiredObject(object, name).deepCopy()"
                    : "(object, name) -> JsonFields.optional(JsonFields.nested(object, name), ObjectNode::deepCopy)";
        }
        this.type = t;
        this.reader = r;
        boolean handWritten = p.vendorExtensions.containsKey("x-evalwire-handwritten-ref");
        if (handWritten) {
            this.validation = getter + "();";
        } else if (nested != null && !required) {
            this.validation = "JsonFields.optional(" + getter + "(), " + nested + "::validate);";
        } else if (nested != null) {
            this.validation = getter + "().validate();";
        } else if (type.startsWith("List<") && p.items.isModel) {
            this.validation = getter + "().forEach(" + p.items.complexType + "::validate);";
        } else {
            this.validation = getter + "();";
        }
        this.emptyWhenAbsent = empty;
        this.returnDoc = required
                ? "the {@code " + json + "} field"
                : "the {@code " + json + "} field, "
                        + (empty
                                ? "empty when the server sent none or null"
                                : "or null when the server sent none or null");
    }

    /** @return whether the accessor may return null */
    public boolean isNullable() {
        return !required
                && !emptyWhenAbsent
                && !type.equals("boolean")
                && !type.equals("long")
                && !type.equals("double");
    }
}
