package dev.evalwire.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.internal.json.JsonMapperFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * Turns free-form request values (maps, lists, scalars, JSON trees) into private JSON copies, checking on the
 * way that they have the expected shape, hold no NaN or infinite numbers and are not absurdly large.
 */
public final class JsonValues {

    private JsonValues() {}

    /**
     * Copies a map into a JSON object.
     *
     * @param field the field's JSON path, for messages
     * @param map the map; values may be anything Jackson can write, including null
     * @return a private JSON copy
     * @throws NullPointerException for a null map or key
     * @throws IllegalArgumentException for more than {@link Checks#MAX_ENTRIES} entries, a NaN or infinite
     *     number, or a value that cannot be written as JSON
     */
    public static ObjectNode object(String field, Map<String, ?> map) {
        if (map == null) {
            throw new NullPointerException(field + " must not be null");
        }
        if (map.size() > Checks.MAX_ENTRIES) {
            throw new IllegalArgumentException(
                    field + " may have at most " + Checks.MAX_ENTRIES + " entries, had " + map.size());
        }
        if (hasNullKey(map)) {
            throw new NullPointerException(field + " must not have a null key");
        }
        return object(field, toTree(field, map));
    }

    /**
     * Copies a JSON tree that must be an object.
     *
     * @param field the field's JSON path, for messages
     * @param json the tree
     * @return a private copy
     * @throws NullPointerException for null
     * @throws IllegalArgumentException when not an object, too large, or holding NaN or infinity
     */
    public static ObjectNode object(String field, JsonNode json) {
        if (json == null) {
            throw new NullPointerException(field + " must not be null");
        }
        if (!json.isObject()) {
            throw new IllegalArgumentException(field + " must be a JSON object, was " + json.getNodeType());
        }
        checkTree(field, json);
        return (ObjectNode) json.deepCopy();
    }

    /**
     * Copies any value Jackson can write (string, number, boolean, map, list, {@link JsonNode}) into a JSON tree.
     * Unlike {@link #object(String, Map)} the value need not be an object.
     *
     * @param field the field's JSON path, for messages
     * @param value the value; must not be null
     * @return a private JSON copy of the value
     * @throws NullPointerException for null, or a map with a null key
     * @throws IllegalArgumentException for a NaN or infinite number, a container with more than
     *     {@link Checks#MAX_ENTRIES} entries (at any depth), or a value that cannot be written as JSON
     */
    public static JsonNode value(String field, Object value) {
        if (value == null) {
            throw new NullPointerException(field + " must not be null");
        }
        JsonNode tree;
        if (value instanceof JsonNode) {
            tree = ((JsonNode) value).deepCopy();
        } else {
            if (value instanceof Map && hasNullKey((Map<?, ?>) value)) {
                throw new NullPointerException(field + " must not have a null key");
            }
            tree = toTree(field, value);
        }
        checkTree(field, tree);
        return tree;
    }

    /**
     * Copies a value that must become a JSON array of objects.
     *
     * @param field the field's JSON path, for messages
     * @param value a list of maps, or a JSON array of objects
     * @return a private JSON copy
     * @throws NullPointerException for null
     * @throws IllegalArgumentException when not an array of objects, or for anything {@link #value(String, Object)}
     *     rejects
     */
    public static ArrayNode objectArray(String field, Object value) {
        JsonNode json = value(field, value);
        if (!json.isArray()) {
            throw new IllegalArgumentException(field + " must be a JSON array of objects, was " + json.getNodeType());
        }
        for (int i = 0; i < json.size(); i++) {
            if (!json.get(i).isObject()) {
                throw new IllegalArgumentException(field + "[" + i + "] must be a JSON object, was "
                        + json.get(i).getNodeType());
            }
        }
        return (ArrayNode) json;
    }

    /**
     * Copies a list, checking its items.
     *
     * @param field the field's JSON path, for messages
     * @param items the items; none may be null
     * @param <T> the item type
     * @return an unmodifiable copy
     * @throws NullPointerException for a null list or item, naming the item's index ({@code tags[1]})
     * @throws IllegalArgumentException for more than {@link Checks#MAX_ENTRIES} items
     */
    public static <T> List<T> list(String field, List<? extends T> items) {
        return Collections.unmodifiableList(new ArrayList<T>(Checks.items(field, items)));
    }

    /**
     * Views the array of a varargs setter as a list, keeping a null array as null, so that the setter can hand it
     * to its {@code List} overload and refuse {@code (String[]) null} with the same message.
     *
     * @param items the array, or null
     * @param <T> the item type
     * @return a fixed-size list backed by the array, or null for a null array
     */
    @Nullable
    public static <T> List<T> asList(@Nullable T[] items) {
        return items == null ? null : Arrays.asList(items);
    }

    /**
     * Copies a map of strings to strings.
     *
     * @param field the field's JSON path, for messages
     * @param map the map; no null keys or values
     * @return an unmodifiable copy that keeps the order
     * @throws NullPointerException for a null map, key or value
     * @throws IllegalArgumentException for more than {@link Checks#MAX_ENTRIES} entries
     */
    public static Map<String, String> stringMap(String field, Map<String, String> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(Checks.entries(field, map)));
    }

    /**
     * Turns a list of strings into a JSON array directly (no serialisation round trip).
     *
     * @param field the field's JSON path, for messages
     * @param items the strings; none may be null
     * @return a new JSON array of the strings, in order
     * @throws NullPointerException for a null list or item
     * @throws IllegalArgumentException for more than {@link Checks#MAX_ENTRIES} items
     */
    public static ArrayNode stringArray(String field, List<String> items) {
        List<String> copy = list(field, items);
        ArrayNode array = JsonNodeFactory.instance.arrayNode(copy.size());
        for (String item : copy) {
            array.add(item);
        }
        return array;
    }

    /**
     * Turns a map of strings to strings into a JSON object directly (no serialisation round trip).
     *
     * @param field the field's JSON path, for messages
     * @param map the map; no null keys or values
     * @return a new JSON object with the entries, in the map's order
     * @throws NullPointerException for a null map, key or value
     * @throws IllegalArgumentException for more than {@link Checks#MAX_ENTRIES} entries
     */
    public static ObjectNode stringObject(String field, Map<String, String> map) {
        Map<String, String> copy = stringMap(field, map);
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, String> entry : copy.entrySet()) {
            object.put(entry.getKey(), entry.getValue());
        }
        return object;
    }

    private static JsonNode toTree(String field, Object value) {
        try {
            return JsonMapperFactory.shared().valueToTree(value);
        } catch (IllegalArgumentException unwritable) {
            throw new IllegalArgumentException(
                    field + " holds a value that cannot be written as JSON: " + unwritable.getMessage(), unwritable);
        }
    }

    /**
     * Checks a tree at any depth for NaN or infinite numbers and oversized containers, naming the path of the
     * offending node ({@code field.key}, {@code field[3]}).
     */
    private static void checkTree(String path, JsonNode node) {
        if (node.isFloatingPointNumber()
                && (Double.isNaN(node.doubleValue()) || Double.isInfinite(node.doubleValue()))) {
            throw new IllegalArgumentException(path + " must be a finite number, was " + node.doubleValue());
        }
        if (node.size() > Checks.MAX_ENTRIES) {
            throw new IllegalArgumentException(
                    path + " may have at most " + Checks.MAX_ENTRIES + " entries, had " + node.size());
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                checkTree(path + "." + field.getKey(), field.getValue());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkTree(path + "[" + i + "]", node.get(i));
            }
        }
    }

    /**
     * Looks for a null key by walking the keys: {@code containsKey(null)} itself throws for maps that refuse null
     * keys ({@code Map.of}, {@code TreeMap}, {@code ConcurrentHashMap}).
     */
    private static boolean hasNullKey(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (key == null) {
                return true;
            }
        }
        return false;
    }
}
