package dev.evalwire.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.Nullable;

/**
 * Reads typed fields out of a response object. A missing field or JSON null reads as null (or an empty
 * collection); a field of the wrong type throws {@link IllegalArgumentException} naming the field, which the
 * executor reports as an {@code InvalidResponseException}.
 */
public final class JsonFields {

    private JsonFields() {}

    /**
     * @param json the parsed body
     * @param what what the body should be, for the message
     * @return the body as an object
     * @throws IllegalArgumentException when it is not a JSON object
     */
    public static ObjectNode object(JsonNode json, String what) {
        if (!(json instanceof ObjectNode)) {
            throw new IllegalArgumentException(what + " must be a JSON object but was " + json.getNodeType());
        }
        return (ObjectNode) json;
    }

    /**
     * @param object the object
     * @param name the field
     * @return the value, never null
     * @throws IllegalArgumentException when missing, null or not a string
     */
    public static String requiredString(ObjectNode object, String name) {
        return required(name, string(object, name));
    }

    /**
     * @param object the object
     * @param name the field
     * @return the string, or null when missing or null
     * @throws IllegalArgumentException when not a string
     */
    @Nullable
    public static String string(ObjectNode object, String name) {
        JsonNode value = present(object, name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(name, "a string", value);
        }
        return value.textValue();
    }

    /**
     * @param object the object
     * @param name the field
     * @return the integer, or null when missing or null
     * @throws IllegalArgumentException when not an integral number that fits a long
     */
    @Nullable
    public static Long longValue(ObjectNode object, String name) {
        JsonNode value = present(object, name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrongType(name, "an integer", value);
        }
        return value.longValue();
    }

    /**
     * @param object the object
     * @param name the field
     * @return the integer
     * @throws IllegalArgumentException when missing, null or not an integral number that fits a long
     */
    public static long requiredLong(ObjectNode object, String name) {
        return required(name, longValue(object, name));
    }

    /**
     * @param object the object
     * @param name the field
     * @return the number, or null when missing or null
     * @throws IllegalArgumentException when not a number
     */
    @Nullable
    public static Double number(ObjectNode object, String name) {
        JsonNode value = present(object, name);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw wrongType(name, "a number", value);
        }
        return value.doubleValue();
    }

    /**
     * @param object the object
     * @param name the field
     * @return the boolean, or null when missing or null
     * @throws IllegalArgumentException when not a boolean
     */
    @Nullable
    public static Boolean bool(ObjectNode object, String name) {
        JsonNode value = present(object, name);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw wrongType(name, "a boolean", value);
        }
        return value.booleanValue();
    }

    /**
     * @param object the object
     * @param name the field
     * @return the date-time with the offset the server sent, or null when missing or null
     * @throws IllegalArgumentException when not an ISO-8601 date-time string
     */
    @Nullable
    public static OffsetDateTime dateTime(ObjectNode object, String name) {
        String text = string(object, name);
        if (text == null) {
            return null;
        }
        OffsetDateTime common = IsoDateTimes.parseCommon(text);
        if (common != null) {
            return common;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException notIso) {
            throw new IllegalArgumentException(
                    "field '" + name + "' must be an ISO-8601 date-time with an offset" + " but was \"" + shorten(text)
                            + "\"",
                    notIso);
        }
    }

    /**
     * @param object the object
     * @param name the field
     * @return the date-time, never null
     * @throws IllegalArgumentException when missing, null or not an ISO-8601 date-time
     */
    public static OffsetDateTime requiredDateTime(ObjectNode object, String name) {
        return required(name, dateTime(object, name));
    }

    /**
     * @param object the object
     * @param name the field
     * @return the nested object, or null when missing or null
     * @throws IllegalArgumentException when not an object
     */
    @Nullable
    public static ObjectNode nested(ObjectNode object, String name) {
        JsonNode value = present(object, name);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw wrongType(name, "an object", value);
        }
        return (ObjectNode) value;
    }

    /**
     * @param object the object
     * @param name the field
     * @return the nested object (not a copy), never null
     * @throws IllegalArgumentException when missing, null or not an object
     */
    public static ObjectNode requiredObject(ObjectNode object, String name) {
        return required(name, nested(object, name));
    }

    /**
     * @param object the object
     * @param name the field
     * @return a copy of the value, of any JSON type but null
     * @throws IllegalArgumentException when missing or null
     */
    public static JsonNode requiredValue(ObjectNode object, String name) {
        return required(name, present(object, name)).deepCopy();
    }

    /**
     * @param object the object
     * @param name the field
     * @return the strings, or an empty list when missing or null
     * @throws IllegalArgumentException when not an array of strings
     */
    public static List<String> strings(ObjectNode object, String name) {
        JsonNode value = present(object, name);
        if (value == null) {
            return Collections.emptyList();
        }
        if (!value.isArray()) {
            throw wrongType(name, "an array of strings", value);
        }
        List<String> out = new ArrayList<>(value.size());
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw wrongType(name + "[]", "a string", item);
            }
            out.add(item.textValue());
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param object the object
     * @param name the field
     * @return the strings, never null (an empty array reads as an empty list)
     * @throws IllegalArgumentException when missing, null or not an array of strings
     */
    public static List<String> requiredStrings(ObjectNode object, String name) {
        required(name, present(object, name));
        return strings(object, name);
    }

    /**
     * @param object the object
     * @param name the field
     * @return the objects of an array, or an empty list when missing or null
     * @throws IllegalArgumentException when not an array of objects
     */
    public static List<ObjectNode> objects(ObjectNode object, String name) {
        JsonNode value = present(object, name);
        if (value == null) {
            return Collections.emptyList();
        }
        if (!value.isArray()) {
            throw wrongType(name, "an array of objects", value);
        }
        List<ObjectNode> out = new ArrayList<>(value.size());
        for (JsonNode item : value) {
            if (!item.isObject()) {
                throw wrongType(name + "[]", "an object", item);
            }
            out.add((ObjectNode) item);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param object the object
     * @param name the field
     * @return copies of the members of a free-form object, or an empty map when missing or null
     * @throws IllegalArgumentException when not an object
     */
    public static Map<String, JsonNode> members(ObjectNode object, String name) {
        ObjectNode nested = nested(object, name);
        if (nested == null) {
            return Collections.emptyMap();
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = nested.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            out.put(field.getKey(), field.getValue().deepCopy());
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * @param object the object
     * @param name the field
     * @return the members of a string-to-string object in the order received, or an empty map when missing or
     *     null
     * @throws IllegalArgumentException when not an object or a member is not a string; the message names the
     *     member as {@code 'name.key'}
     */
    public static Map<String, String> stringMap(ObjectNode object, String name) {
        ObjectNode nested = nested(object, name);
        if (nested == null) {
            return Collections.emptyMap();
        }
        Map<String, String> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = nested.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> member = fields.next();
            if (!member.getValue().isTextual()) {
                throw new IllegalArgumentException("field '" + name + "." + member.getKey()
                        + "' must be a string but was " + member.getValue().getNodeType());
            }
            out.put(member.getKey(), member.getValue().textValue());
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Reads a string field as an enumeration value, falling back to a default when it is missing or null (for
     * APIs that leave default values out, such as protobuf JSON).
     *
     * @param object the object
     * @param name the field
     * @param of makes the enumeration value from the raw string
     * @param fallback the value for a missing or null field
     * @param <E> the enumeration type
     * @return the value, or {@code fallback}
     * @throws IllegalArgumentException when not a string
     */
    public static <E> E enumOrDefault(ObjectNode object, String name, Function<String, E> of, E fallback) {
        String raw = string(object, name);
        return raw == null ? fallback : of.apply(raw);
    }

    /**
     * @param names JSON field names, for example the ones a response type declares
     * @return the names as an unmodifiable set
     */
    public static Set<String> names(String... names) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(names)));
    }

    /**
     * @param object the object
     * @param name the field
     * @return the boolean
     * @throws IllegalArgumentException when missing, null or not a boolean
     */
    public static boolean requiredBool(ObjectNode object, String name) {
        return required(name, bool(object, name));
    }

    /**
     * @param object the object
     * @param name the field
     * @return the number
     * @throws IllegalArgumentException when missing, null or not a number
     */
    public static double requiredNumber(ObjectNode object, String name) {
        return required(name, number(object, name));
    }

    /**
     * @param object the object
     * @param name the field
     * @param read makes the typed item from each object
     * @param <T> the item type
     * @return the typed items, or an empty list when missing or null
     * @throws IllegalArgumentException when not an array of objects
     */
    public static <T> List<T> objects(ObjectNode object, String name, Function<ObjectNode, T> read) {
        List<T> out = new ArrayList<>();
        for (ObjectNode item : objects(object, name)) {
            out.add(read.apply(item));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param value a value read from a field, or null
     * @param convert what to make of it when present
     * @param <T> the value type
     * @param <R> the result type
     * @return the converted value, or null for null
     */
    @Nullable
    public static <T, R> R optional(@Nullable T value, Function<? super T, R> convert) {
        return value == null ? null : convert.apply(value);
    }

    private static <T> T required(String name, @Nullable T value) {
        if (value == null) {
            throw new IllegalArgumentException("required field '" + name + "' is missing or null");
        }
        return value;
    }

    @Nullable
    private static JsonNode present(ObjectNode object, String name) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private static IllegalArgumentException wrongType(String name, String expected, JsonNode actual) {
        return new IllegalArgumentException("field '" + name + "' must be " + expected + " but was "
                + actual.getNodeType() + (actual.isValueNode() ? " " + shorten(actual.toString()) : ""));
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
