package dev.evalwire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a request body against a JSON schema of an OpenAPI 3.1 document and lists every
 * violation found.
 *
 * <p>Supported: local {@code $ref} (with sibling keywords), {@code type} (a name or a list such as
 * {@code [string, 'null']}), {@code const}, {@code enum}, {@code anyOf}, {@code oneOf}, {@code
 * allOf}, {@code minimum}/{@code maximum}/{@code exclusiveMinimum}/{@code exclusiveMaximum},
 * {@code minLength}/{@code maxLength}/{@code pattern}, {@code minItems}/{@code maxItems}/{@code
 * items}, {@code required}, {@code properties}, {@code additionalProperties} (schema or false),
 * and {@code readOnly}: a read-only property present in a request is a violation. Keywords it
 * does not know (format, discriminator, default, ...) are ignored.
 */
public final class SchemaValidator {

    private final OpenApiDocument doc;

    /** A validator resolving references in {@code doc}. */
    public SchemaValidator(OpenApiDocument doc) {
        this.doc = doc;
    }

    /** All violations of {@code value} against {@code schema}; empty when it is valid. */
    public List<Violation> validate(JsonNode schema, JsonNode value) {
        List<Violation> out = new ArrayList<>();
        check(schema, value, new ArrayList<Object>(), out);
        return Collections.unmodifiableList(out);
    }

    private void check(JsonNode schema, JsonNode value, List<Object> path, List<Violation> out) {
        if (schema == null || schema.isMissingNode() || schema.isBoolean() && schema.asBoolean()) {
            return;
        }
        if (schema.isBoolean()) {
            out.add(new Violation(path, "no value is allowed here"));
            return;
        }
        if (schema.has("$ref")) {
            int before = out.size();
            checkKeywords(schema, value, path, out);
            if (out.size() == before) {
                check(doc.resolve(schema), value, path, out);
            }
            return;
        }
        checkKeywords(schema, value, path, out);
    }

    private void checkKeywords(JsonNode schema, JsonNode value, List<Object> path, List<Violation> out) {
        JsonNode type = schema.get("type");
        if (type != null && !typeAccepts(type, value)) {
            out.add(new Violation(path, "expected " + typeNames(type) + ", got " + typeOf(value)));
            return;
        }
        JsonNode constant = schema.get("const");
        if (constant != null && !sameValue(constant, value)) {
            out.add(new Violation(path, "must be " + constant));
            return;
        }
        JsonNode allowed = schema.get("enum");
        if (allowed != null && allowed.isArray() && !contains(allowed, value)) {
            out.add(new Violation(path, "must be one of " + allowed));
            return;
        }
        if (schema.has("anyOf")) {
            checkAlternatives(schema.get("anyOf"), value, path, out, false);
        }
        if (schema.has("oneOf")) {
            checkAlternatives(schema.get("oneOf"), value, path, out, true);
        }
        if (schema.has("allOf")) {
            for (JsonNode part : schema.get("allOf")) {
                check(part, value, path, out);
            }
        }
        if (value.isNumber()) {
            checkNumber(schema, value.decimalValue(), path, out);
        } else if (value.isTextual()) {
            checkString(schema, value.asText(), path, out);
        } else if (value.isArray()) {
            checkArray(schema, value, path, out);
        } else if (value.isObject()) {
            checkObject(schema, value, path, out);
        }
    }

    private void checkAlternatives(
            JsonNode alternatives, JsonNode value, List<Object> path, List<Violation> out, boolean one) {
        List<Violation> best = null;
        int matches = 0;
        for (JsonNode alternative : alternatives) {
            List<Violation> found = new ArrayList<>();
            check(alternative, value, path, found);
            if (found.isEmpty()) {
                matches++;
            } else if (shapeAccepts(alternative, value) && (best == null || found.size() < best.size())) {
                best = found;
            }
        }
        if (matches == 1 || matches > 1 && !one) {
            return;
        }
        if (matches > 1) {
            out.add(new Violation(path, "matches more than one of the allowed alternatives"));
        } else if (best != null) {
            out.addAll(best);
        } else {
            out.add(new Violation(path, "expected " + alternativeNames(alternatives) + ", got " + typeOf(value)));
        }
    }

    private void checkNumber(JsonNode schema, BigDecimal n, List<Object> path, List<Violation> out) {
        JsonNode min = schema.get("minimum");
        if (min != null && min.isNumber() && n.compareTo(min.decimalValue()) < 0) {
            out.add(new Violation(path, "must be greater than or equal to " + min.asText()));
        }
        JsonNode max = schema.get("maximum");
        if (max != null && max.isNumber() && n.compareTo(max.decimalValue()) > 0) {
            out.add(new Violation(path, "must be less than or equal to " + max.asText()));
        }
        JsonNode exMin = schema.get("exclusiveMinimum");
        if (exMin != null && exMin.isNumber() && n.compareTo(exMin.decimalValue()) <= 0) {
            out.add(new Violation(path, "must be greater than " + exMin.asText()));
        }
        JsonNode exMax = schema.get("exclusiveMaximum");
        if (exMax != null && exMax.isNumber() && n.compareTo(exMax.decimalValue()) >= 0) {
            out.add(new Violation(path, "must be less than " + exMax.asText()));
        }
    }

    private void checkString(JsonNode schema, String s, List<Object> path, List<Violation> out) {
        int length = s.codePointCount(0, s.length());
        JsonNode min = schema.get("minLength");
        if (min != null && length < min.asInt()) {
            out.add(new Violation(path, "must have at least " + min.asInt() + " characters"));
        }
        JsonNode max = schema.get("maxLength");
        if (max != null && length > max.asInt()) {
            out.add(new Violation(path, "must have at most " + max.asInt() + " characters"));
        }
        JsonNode pattern = schema.get("pattern");
        if (pattern != null && !Pattern.compile(pattern.asText()).matcher(s).find()) {
            out.add(new Violation(path, "must match the pattern " + pattern.asText()));
        }
    }

    private void checkArray(JsonNode schema, JsonNode array, List<Object> path, List<Violation> out) {
        JsonNode min = schema.get("minItems");
        if (min != null && array.size() < min.asInt()) {
            out.add(new Violation(path, "must have at least " + min.asInt() + " items"));
        }
        JsonNode max = schema.get("maxItems");
        if (max != null && array.size() > max.asInt()) {
            out.add(new Violation(path, "must have at most " + max.asInt() + " items"));
        }
        JsonNode items = schema.get("items");
        if (items != null) {
            for (int i = 0; i < array.size(); i++) {
                check(items, array.get(i), child(path, i), out);
            }
        }
    }

    private void checkObject(JsonNode schema, JsonNode object, List<Object> path, List<Violation> out) {
        JsonNode required = schema.get("required");
        if (required != null) {
            for (JsonNode name : required) {
                if (!object.has(name.asText())) {
                    out.add(new Violation(child(path, name.asText()), "field required"));
                }
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            List<Object> at = child(path, field.getKey());
            JsonNode propertySchema = properties.get(field.getKey());
            if (propertySchema != null) {
                if (doc.isReadOnly(propertySchema)) {
                    out.add(new Violation(at, "field is read-only and must not be sent"));
                } else {
                    check(propertySchema, field.getValue(), at, out);
                }
            } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                out.add(new Violation(at, "unknown field"));
            } else if (additional != null && additional.isObject()) {
                check(additional, field.getValue(), at, out);
            }
        }
    }

    /** Whether an alternative is of the value's kind, to pick the most telling error messages. */
    private boolean shapeAccepts(JsonNode alternative, JsonNode value) {
        JsonNode resolved = alternative.isObject() ? doc.resolve(alternative) : alternative;
        JsonNode type = resolved.get("type");
        return type == null || typeAccepts(type, value);
    }

    private String alternativeNames(JsonNode alternatives) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode alternative : alternatives) {
            JsonNode type = doc.resolve(alternative).get("type");
            names.add(type == null ? "a value of another shape" : typeNames(type));
        }
        return String.join(" or ", names);
    }

    private static boolean typeAccepts(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isOfType(t.asText(), value)) {
                    return true;
                }
            }
            return false;
        }
        return isOfType(type.asText(), value);
    }

    private static boolean isOfType(String type, JsonNode value) {
        switch (type) {
            case "string":
                return value.isTextual();
            case "integer":
                return value.isIntegralNumber()
                        || value.isNumber()
                                && value.decimalValue().stripTrailingZeros().scale() <= 0;
            case "number":
                return value.isNumber();
            case "boolean":
                return value.isBoolean();
            case "object":
                return value.isObject();
            case "array":
                return value.isArray();
            case "null":
                return value.isNull();
            default:
                return true;
        }
    }

    private static String typeNames(JsonNode type) {
        if (!type.isArray()) {
            return type.asText();
        }
        List<String> names = new ArrayList<>();
        for (JsonNode t : type) {
            names.add(t.asText());
        }
        return String.join(" or ", names);
    }

    static String typeOf(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isTextual()) {
            return "string";
        }
        if (value.isArray()) {
            return "array";
        }
        return "object";
    }

    private static boolean contains(JsonNode allowed, JsonNode value) {
        for (JsonNode candidate : allowed) {
            if (sameValue(candidate, value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static List<Object> child(List<Object> path, Object key) {
        List<Object> next = new ArrayList<>(path.size() + 1);
        next.addAll(path);
        next.add(key);
        return next;
    }
}
