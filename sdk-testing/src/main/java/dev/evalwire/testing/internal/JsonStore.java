package dev.evalwire.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Thread-safe in-memory resources as JSON objects, keyed by {@code K}. Callers only ever see
 * copies; an update runs atomically for its key.
 */
public final class JsonStore<K> {

    /** Changes one stored resource; receives a private copy it may modify and return. */
    public interface Change {
        /** Returns the new value, usually {@code current} modified in place. */
        ObjectNode apply(ObjectNode current);
    }

    private final ConcurrentMap<K, ObjectNode> resources = new ConcurrentHashMap<>();

    /** Stores (or replaces) a resource; the value is copied. */
    public void put(K key, ObjectNode value) {
        resources.put(key, value.deepCopy());
    }

    /** A copy of the stored resource, or {@code null}. */
    public ObjectNode get(K key) {
        ObjectNode value = resources.get(key);
        return value == null ? null : value.deepCopy();
    }

    /**
     * Parses {@code json} and stores (or replaces) it under {@code id}, for the sandboxes' public
     * seeding methods.
     *
     * @throws NullPointerException if {@code id} or {@code json} is {@code null}
     * @throws IllegalArgumentException if {@code json} is not a JSON object
     */
    public void putJson(K id, String json) {
        if (id == null) {
            throw new NullPointerException("id must not be null");
        }
        put(id, Json.parseObject(json, "json"));
    }

    /** The stored resource as compact JSON, or {@code null}. */
    public String getJson(K key) {
        ObjectNode value = get(key);
        return value == null ? null : Json.write(value);
    }

    /**
     * Atomically replaces the resource with {@code change}'s result and returns a copy of it, or
     * returns {@code null} (changing nothing) when there is no such resource.
     */
    public ObjectNode update(K key, final Change change) {
        ObjectNode updated = resources.computeIfPresent(key, (k, current) -> change.apply(current.deepCopy()));
        return updated == null ? null : updated.deepCopy();
    }
}
