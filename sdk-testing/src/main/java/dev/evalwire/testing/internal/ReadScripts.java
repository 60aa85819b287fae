package dev.evalwire.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Changes scheduled per resource, applied one per read: how a sandbox makes a resource move on
 * while a client polls it (a run that finishes, a build that completes). Once a resource's
 * script is used up, reads change nothing. Thread-safe.
 *
 * @param <K> the store key
 */
public final class ReadScripts<K> {

    private final ConcurrentMap<K, List<JsonStore.Change>> scripts = new ConcurrentHashMap<>();

    /** Replaces the script of {@code key} with {@code steps}; an empty list just cancels it. */
    public void replace(K key, List<JsonStore.Change> steps) {
        if (steps.isEmpty()) {
            scripts.remove(key);
        } else {
            scripts.put(key, copy(steps));
        }
    }

    /** Drops the script of {@code key}, if any. */
    public void cancel(K key) {
        scripts.remove(key);
    }

    /**
     * Takes the next step of {@code key}'s script and applies it to {@code current}; returns
     * {@code current} unchanged when there is no script.
     */
    public ObjectNode advance(K key, ObjectNode current) {
        final JsonStore.Change[] step = new JsonStore.Change[1];
        scripts.computeIfPresent(key, (k, steps) -> {
            step[0] = steps.get(0);
            return steps.size() == 1 ? null : copy(steps.subList(1, steps.size()));
        });
        return step[0] == null ? current : step[0].apply(current);
    }

    private static List<JsonStore.Change> copy(List<JsonStore.Change> steps) {
        return Collections.unmodifiableList(new ArrayList<>(steps));
    }
}
