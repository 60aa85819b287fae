package dev.evalwire.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.codegen.CodegenProperty;

/**
 * What the request template needs for one property: its setters (with the checks the spec states), its
 * {@code clearX()} when the request schema allows null, and its accessor on the built body.
 */
public final class RequestField {
    public final String json;
    public final String path;
    public final String setter;
    public final String param;
    public final String clearer;
    public final boolean required;
    /** The name of the entry-wise setter of a map-of-strings property ({@code x-evalwire-put}), or null. */
    public final String put;

    public final List<String> doc;
    private final List<Setter> setters = new ArrayList<>();
    /** The setters' {@code fields.set(...)} statements, in the order of {@link #setters}. */
    public final List<Map<String, Object>> overloads = new ArrayList<>();

    public final boolean hasAccessor;
    public final String getter;
    public String accessorType;
    public String accessor;
    public String accessorDoc;
    private final String nullDoc;

    RequestField(CodegenProperty p, String prefix, Map<String, String> enums, Set<String> imports) {
        Map<String, Object> ext = p.vendorExtensions;
        this.json = p.baseName;
        this.path = prefix + p.baseName;
        this.setter = ext.containsKey("x-evalwire-setter") ? (String) ext.get("x-evalwire-setter") : p.name;
        this.param = setter;
        this.required = p.required;
        this.put = p.isMap ? (String) ext.get("x-evalwire-put") : null;
        this.clearer = p.isNullable && !p.required && !Boolean.TRUE.equals(ext.get("x-evalwire-any"))
                ? "clear" + Character.toUpperCase(setter.charAt(0)) + setter.substring(1)
                : null;
        this.doc = Javadocs.lines(Javadocs.text(p.unescapedDescription, "The {@code " + json + "} field."));
        boolean sensitive = Boolean.TRUE.equals(ext.get("x-sensitive"));
        this.nullDoc = "NullPointerException for null, "
                + (clearer == null ? "saying the field cannot be cleared" : "naming {@link #" + clearer + "()}");
        String boxed;
        String read = "field(\"" + json + "\")";
        if (Boolean.TRUE.equals(ext.get("x-evalwire-any"))) {
            imports.add("com.fasterxml.jackson.databind.JsonNode");
            imports.add("dev.evalwire.core.internal.JsonValues");
            add(
                    "Object",
                    "JsonValues::value",
                    List.of("IllegalArgumentException for a NaN or infinite number or a value that is not JSON"));
            boxed = "JsonNode";
            read = "this.<JsonNode>field(\"" + json + "\").map(JsonNode::deepCopy)";
        } else if (ext.containsKey("x-evalwire-type")) {
            add((String) ext.get("x-evalwire-type"), "", List.of());
            boxed = (String) ext.get("x-evalwire-type");
        } else if (ext.containsKey("x-evalwire-model")) {
            add((String) ext.get("x-evalwire-model"), "", List.of());
            boxed = (String) ext.get("x-evalwire-model");
        } else if (p.isBoolean) {
            add("boolean", "", List.of());
            boxed = "Boolean";
        } else if (p.isInteger || p.isLong) {
            add("long", range(p, "long"), rangeDoc(p));
            boxed = "Long";
        } else if (p.isNumber || p.isFloat || p.isDouble) {
            add("double", range(p, "double"), rangeDoc(p));
            boxed = "Double";
        } else if (p.isArray) {
            imports.add("java.util.List");
            imports.add("dev.evalwire.core.internal.JsonValues");
            String item = p.items.isModel || p.items.isEnumRef ? p.items.complexType : "String";
            List<String> docs = List.of("NullPointerException for a null item");
            if (Boolean.TRUE.equals(ext.get("x-evalwire-varargs"))) {
                setters.add(new Setter(
                        item + "...", "JsonValues.asList(" + param + ")", "JsonValues::list", withNullDoc(docs)));
            }
            add("List<" + item + ">", "JsonValues::list", docs);
            boxed = "List<" + item + ">";
        } else if (p.isMap && p.additionalProperties != null && p.additionalProperties.isString) {
            imports.add("java.util.Map");
            imports.add("dev.evalwire.core.internal.JsonValues");
            add(
                    "Map<String, String>",
                    "JsonValues::stringMap",
                    List.of("NullPointerException for a null name or value"));
            boxed = "Map<String, String>";
        } else if (p.isModel || p.isEnumRef || enums.containsKey(p.complexType)) {
            boolean isEnum = p.isEnumRef || enums.containsKey(p.complexType);
            add(p.complexType, isEnum ? "(checkedPath, checked) -> checked.value()" : "", List.of());
            boxed = isEnum ? "String" : p.complexType;
        } else if (p.isString && p.isDateTime) {
            imports.add("java.time.OffsetDateTime");
            add("OffsetDateTime", "(checkedPath, checked) -> checked.toString()", List.of());
            boxed = "String";
        } else if (p.isString && ext.containsKey("x-evalwire-check")) {
            add(
                    "String",
                    (String) ext.get("x-evalwire-check"),
                    List.of("IllegalArgumentException when not in the form the field's description gives"));
            boxed = "String";
        } else if (p.isString) {
            add("String", "", List.of());
            boxed = "String";
        } else {
            imports.add("java.util.Map");
            imports.add("com.fasterxml.jackson.databind.JsonNode");
            imports.add("com.fasterxml.jackson.databind.node.ObjectNode");
            imports.add("dev.evalwire.core.internal.JsonValues");
            add(
                    "Map<String, ?>",
                    "JsonValues::object",
                    List.of(
                            "NullPointerException for a null key",
                            "IllegalArgumentException for NaN or infinite numbers or" + " too many entries"));
            add("JsonNode", "JsonValues::object", List.of("IllegalArgumentException when not a JSON object"));
            boxed = "ObjectNode";
            read = "this.<ObjectNode>field(\"" + json + "\").map(ObjectNode::deepCopy)";
        }
        for (Setter s : setters) {
            overloads.add(Map.of("paramType", s.paramType, "throwsDoc", s.throwsDoc, "statement", s.statement(this)));
            if (s.check.contains("Checks")) {
                imports.add("dev.evalwire.core.internal.Checks");
            }
        }
        this.getter = ext.containsKey("x-evalwire-getter") ? (String) ext.get("x-evalwire-getter") : p.name;
        imports.add("dev.evalwire.core.PatchValue");
        if (sensitive && p.isMap) {
            imports.add("java.util.Set");
            this.hasAccessor = true;
            this.accessorType = "PatchValue<Set<String>>";
            this.accessor = "this.<Map<String, String>>field(\"" + json + "\").map(Map::keySet)";
            this.accessorDoc = "the names in {@code " + json + "}; their values are secret and never returned";
        } else {
            this.hasAccessor = !sensitive;
            boolean plain = required && !boxed.contains("<") && !boxed.equals("String") && !boxed.equals("ObjectNode");
            this.accessorType = required ? (plain ? primitive(boxed) : boxed) : "PatchValue<" + boxed + ">";
            this.accessor = required
                    ? "this.<" + boxed + ">field(\"" + json + "\")"
                            + (read.startsWith("this") ? read.substring(read.indexOf(".map")) : "") + ".get()"
                    : read;
            this.accessorDoc = required
                    ? "{@code " + json + "}; set by every built body"
                    : "{@code " + json + "}: absent (not sent), null (cleared) or a value";
        }
    }

    private void add(String type, String check, List<String> throwsDoc) {
        boolean primitive = type.equals("long") || type.equals("double") || type.equals("boolean");
        setters.add(new Setter(
                type,
                param,
                check.isEmpty() ? "PatchFields.AS_IS" : check,
                primitive ? throwsDoc : withNullDoc(throwsDoc)));
    }

    private List<String> withNullDoc(List<String> throwsDoc) {
        List<String> all = new ArrayList<>();
        all.add(nullDoc);
        all.addAll(throwsDoc);
        return all;
    }

    private static String primitive(String boxed) {
        switch (boxed) {
            case "Long":
                return "long";
            case "Double":
                return "double";
            case "Boolean":
                return "boolean";
            default:
                return boxed;
        }
    }

    private static String range(CodegenProperty p, String type) {
        String suffix = type.equals("long") ? "L" : "";
        if (p.minimum != null && p.maximum != null) {
            return "(checkedPath, checked) -> Checks.range(checkedPath, checked, " + p.minimum + suffix + ", "
                    + p.maximum + suffix + ")";
        }
        if (p.minimum != null) {
            return "(checkedPath, checked) -> Checks.atLeast(checkedPath, checked, " + p.minimum + suffix + ")";
        }
        return type.equals("double") ? "Checks::finite" : "";
    }

    private static List<String> rangeDoc(CodegenProperty p) {
        if (p.minimum == null && p.maximum == null) {
            return List.of();
        }
        return List.of("IllegalArgumentException outside "
                + (p.maximum == null ? "at least " + p.minimum : p.minimum + " to " + p.maximum));
    }
}
