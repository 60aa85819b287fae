package dev.evalwire.core.internal;

import dev.evalwire.core.PatchValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import javax.annotation.Nullable;

/**
 * The mutable field collection behind a request builder. Setting a Java {@code null} is refused, with a message that
 * names the field and what to do instead: the builder's {@code clearX()} method, which records an explicit null, or,
 * for a field the API cannot clear, that it cannot be cleared. Checks and copies (a list, a map, a JSON tree, a
 * range) run after the null check, so every setter of a field gives the same null message.
 *
 * <p>Used by the request types (the generated ones call {@link #set(String, String, String, Object, BiFunction)});
 * not part of the public API.
 */
public final class PatchFields {

    /** A check that stores the value as given. */
    public static final BiFunction<String, Object, Object> AS_IS = (path, value) -> value;

    private Map<String, PatchValue<?>> values;
    /** True once a body holds {@link #values}: the next change works on a copy (copy on write). */
    private boolean handedOff;

    private final Set<String> sensitive;
    /** Query parameters the params type carries next to its body (never serialised into it), in setting order. */
    private final Map<String, Object> query = new LinkedHashMap<>();

    /**
     * @param sensitiveFields JSON names whose values are secret (masked in {@code toString})
     */
    public PatchFields(String... sensitiveFields) {
        this(
                new LinkedHashMap<String, PatchValue<?>>(),
                sensitiveFields.length == 0
                        ? Collections.<String>emptySet()
                        : Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(sensitiveFields))));
    }

    /**
     * Copies fields, for {@code toBuilder()}.
     *
     * @param values the fields of an existing body
     * @param sensitive its sensitive field names
     */
    public PatchFields(Map<String, PatchValue<?>> values, Set<String> sensitive) {
        this.values = new LinkedHashMap<>(values);
        this.sensitive = sensitive;
    }

    /** @return the fields for a new body, which from now on shares them until the next change */
    public Map<String, PatchValue<?>> handOff() {
        handedOff = true;
        return values;
    }

    /**
     * Sets a query parameter that the request type carries next to its body ({@code x-evalwire-params}); it is
     * never part of the JSON body.
     *
     * @param name the parameter's name on the wire
     * @param value its value, sent as {@code String.valueOf(value)}; a list is kept as an unmodifiable copy and sent
     *     with its values joined by commas
     * @throws NullPointerException if {@code value}, or a value of a list, is null, naming the parameter
     * @throws IllegalArgumentException for an empty list, naming the parameter
     */
    public void setQuery(String name, Object value) {
        Checks.notNull(name, value, "leave it unset to not send it");
        if (value instanceof List) {
            List<Object> values = new ArrayList<>((List<?>) value);
            for (Object item : values) {
                Checks.notNull(name, item, "pass only the values to send");
            }
            if (values.isEmpty()) {
                throw new IllegalArgumentException(
                        name + " must hold at least one value; leave it unset to not send it");
            }
            value = Collections.unmodifiableList(values);
        }
        query.put(name, value);
    }

    /**
     * Adds one entry to a map-of-strings field, or replaces the entry of that key, keeping the entries already set
     * ({@code x-evalwire-put}).
     *
     * @param name the JSON name of the map field
     * @param path the field's JSON path, for the messages
     * @param key the entry's key
     * @param value the entry's value
     * @throws NullPointerException for a null key or value, naming the field and what to pass instead
     * @throws IllegalArgumentException for a blank key or more than {@link Checks#MAX_ENTRIES} entries
     */
    public void putEntry(String name, String path, String key, String value) {
        Checks.notBlank(path + " key", key, Checks.REQUIRED);
        Checks.notNull(path + "." + key, value, "pass \"\" for an empty value, or do not put the entry");
        Map<String, String> merged = new LinkedHashMap<>();
        PatchValue<?> current = get(name);
        if (current.isValue()) {
            @SuppressWarnings("unchecked")
            Map<String, String> existing = (Map<String, String>) current.get();
            merged.putAll(existing);
        }
        merged.put(key, value);
        set(name, path, null, merged, JsonValues::stringMap);
    }

    /** @return a copy of the query parameters set, in setting order */
    public Map<String, Object> queryValues() {
        return new LinkedHashMap<>(query);
    }

    /** @return the JSON names whose values are secret */
    public Set<String> sensitive() {
        return sensitive;
    }

    private Map<String, PatchValue<?>> writable() {
        if (handedOff) {
            values = new LinkedHashMap<>(values);
            handedOff = false;
        }
        return values;
    }

    /**
     * Sets a field after refusing null and passing the value through {@code check}: the one setter generated code
     * calls.
     *
     * @param name the JSON name
     * @param path the field's JSON path, for the messages ({@code eval_config.max_retries})
     * @param clearMethod the builder method that sends null instead, or null when the API cannot clear the field
     * @param value the value
     * @param check turns the path and the value into what is stored; called only for a non-null value
     * @param <T> the value type
     * @throws NullPointerException if {@code value} is null, naming the field and {@code clearMethod} (or saying
     *     that the field cannot be cleared), or what {@code check} throws
     */
    public <T> void set(
            String name, String path, @Nullable String clearMethod, T value, BiFunction<String, ? super T, ?> check) {
        setChecked(
                name, value, path, clearMethod == null ? Checks.CANNOT_CLEAR : Checks.callToClear(clearMethod), check);
    }

    /**
     * Sets a field to a value.
     *
     * @param name the JSON name
     * @param value the value
     * @param clearMethod the builder method that sends null instead, named in the error
     * @throws NullPointerException if {@code value} is null, naming the field and {@code clearMethod}
     */
    public void set(String name, Object value, String clearMethod) {
        set(name, name, clearMethod, value, AS_IS);
    }

    /**
     * Sets a field the API cannot clear.
     *
     * @param name the JSON name, also used in the error message
     * @param value the value
     * @throws NullPointerException if {@code value} is null, saying that the API cannot clear the field
     */
    public void setNotClearable(String name, Object value) {
        set(name, name, null, value, AS_IS);
    }

    /**
     * Sets a field after refusing null with {@code <path> must not be null; <ifNull>} and passing the value
     * through {@code check}.
     *
     * @param name the JSON name
     * @param value the value
     * @param path the field's JSON path, for the error messages
     * @param ifNull what to do instead of passing null, as for {@link Checks#notNull(String, Object, String)}
     * @param check turns the path and the value into what is stored; called only for a non-null value, and
     *     must not return null
     * @param <T> the value type
     * @throws NullPointerException if {@code value} is null, or what {@code check} throws
     */
    public <T> void setChecked(
            String name, T value, String path, String ifNull, BiFunction<String, ? super T, ?> check) {
        writable().put(name, PatchValue.of(check.apply(path, Checks.notNull(path, value, ifNull))));
    }

    /**
     * Sets a field to explicit null (clears it on the server).
     *
     * @param name the JSON name
     */
    public void clear(String name) {
        writable().put(name, PatchValue.explicitNull());
    }

    /**
     * Removes a field so that it is not sent.
     *
     * @param name the JSON name
     */
    public void unset(String name) {
        writable().remove(name);
    }

    /**
     * Returns a field's current state.
     *
     * @param name the JSON name
     * @return the state, absent when never set
     */
    public PatchValue<?> get(String name) {
        PatchValue<?> value = values.get(name);
        return value == null ? PatchValue.absent() : value;
    }

    /**
     * Checks that a required field was set, for {@code build()}.
     *
     * @param name the JSON name
     * @param path the field's JSON path, for the message
     * @param setter the builder method that sets it, named in the message
     * @throws IllegalStateException when the field was not set
     */
    public void require(String name, String path, String setter) {
        Checks.required(path, get(name).orElse(null), setter);
    }
}
