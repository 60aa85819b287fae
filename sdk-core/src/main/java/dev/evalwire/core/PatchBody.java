package dev.evalwire.core;

import dev.evalwire.core.internal.PatchFields;
import dev.evalwire.core.internal.Redaction;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The immutable body of an update call: the fields the caller set, each either a value or an explicit
 * null, in the order they were set. Fields that were never set are absent and not sent.
 *
 * <p>Vendor request types extend this class and add typed accessors and a builder. {@link #toString()}
 * masks the values of sensitive fields (such as {@code custom_secrets}) at any depth, and
 * {@link #secretValues()} lists them so that they can be scrubbed from messages.
 */
public abstract class PatchBody {

    private final Map<String, PatchValue<?>> fields;
    private final Set<String> sensitiveFields;
    private final Map<String, Object> query;

    /**
     * @param fields the fields collected by the builder; the builder's next change copies them first, so this
     *     body never changes
     */
    protected PatchBody(PatchFields fields) {
        this.fields = Collections.unmodifiableMap(fields.handOff());
        this.sensitiveFields = fields.sensitive();
        this.query = Collections.unmodifiableMap(fields.queryValues());
    }

    /** @return a builder's copy of this body's fields, for {@code toBuilder()} */
    protected final PatchFields copyFields() {
        PatchFields copy = new PatchFields(fields, sensitiveFields);
        for (Map.Entry<String, Object> parameter : query.entrySet()) {
            copy.setQuery(parameter.getKey(), parameter.getValue());
        }
        return copy;
    }

    /**
     * A query parameter this request type carries next to its body, for its typed accessor.
     *
     * @param name the parameter's name on the wire
     * @param <T> its Java type
     * @return its value, or null when it is not set (and so not sent)
     */
    @SuppressWarnings("unchecked")
    protected final <T> T queryValue(String name) {
        return (T) query.get(name);
    }

    /**
     * The query parameters set on this request type (not body fields), which the call adds to its URL; empty for
     * most bodies.
     *
     * @return parameter name to value, as sent (a list's values joined with commas), in setting order
     */
    public final Map<String, String> queryParameters() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> parameter : query.entrySet()) {
            Object value = parameter.getValue();
            out.put(parameter.getKey(), value instanceof Collection ? joined((Collection<?>) value) : value.toString());
        }
        return Collections.unmodifiableMap(out);
    }

    private static String joined(Collection<?> values) {
        StringBuilder out = new StringBuilder();
        for (Object value : values) {
            out.append(out.length() == 0 ? "" : ",").append(value);
        }
        return out.toString();
    }

    /**
     * Returns one field's state.
     *
     * @param name the field's JSON name
     * @param <T> the value type the caller expects
     * @return the field, absent when it was never set
     */
    @SuppressWarnings("unchecked")
    protected final <T> PatchValue<T> field(String name) {
        PatchValue<?> value = fields.get(name);
        return value == null ? PatchValue.<T>absent() : (PatchValue<T>) value;
    }

    /** @return the fields that will be sent, by JSON name, in the order they were set; never absent ones */
    public final Map<String, PatchValue<?>> fields() {
        return fields;
    }

    /** @return true when no field is set (an empty update) */
    public final boolean isEmpty() {
        return fields.isEmpty();
    }

    /** @return the values of sensitive fields here and in nested bodies, for scrubbing from messages */
    public final Set<String> secretValues() {
        Set<String> secrets = new LinkedHashSet<>();
        for (Map.Entry<String, PatchValue<?>> entry : fields.entrySet()) {
            if (!entry.getValue().isValue()) {
                continue;
            }
            Object value = entry.getValue().get();
            if (sensitiveFields.contains(entry.getKey())) {
                collectStrings(value, secrets);
            } else {
                collectNested(value, secrets);
            }
        }
        return secrets;
    }

    private static void collectStrings(Object value, Set<String> out) {
        if (value instanceof String) {
            out.add((String) value);
        } else if (value instanceof Map) {
            for (Object nested : ((Map<?, ?>) value).values()) {
                collectStrings(nested, out);
            }
        } else if (value instanceof Collection) {
            for (Object nested : (Collection<?>) value) {
                collectStrings(nested, out);
            }
        } else if (value instanceof PatchBody) {
            out.addAll(((PatchBody) value).secretValues());
        }
    }

    private static void collectNested(Object value, Set<String> out) {
        if (value instanceof PatchBody) {
            out.addAll(((PatchBody) value).secretValues());
        } else if (value instanceof Collection) {
            for (Object nested : (Collection<?>) value) {
                collectNested(nested, out);
            }
        }
    }

    /**
     * Compares the class, the set fields and the query parameters set.
     */
    @Override
    public boolean equals(Object o) {
        return o != null
                && o.getClass() == getClass()
                && fields.equals(((PatchBody) o).fields)
                && query.equals(((PatchBody) o).query);
    }

    @Override
    public int hashCode() {
        return query.isEmpty() ? Objects.hash(getClass(), fields) : Objects.hash(getClass(), fields, query);
    }

    /**
     * @return the class name and the set fields, with sensitive values masked, then the query parameters set
     *     ({@code ?name=value&...})
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(getClass().getSimpleName()).append('{');
        boolean first = true;
        for (Map.Entry<String, PatchValue<?>> entry : fields.entrySet()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(entry.getKey()).append('=');
            PatchValue<?> value = entry.getValue();
            out.append(sensitiveFields.contains(entry.getKey()) && value.isValue() ? masked(value.get()) : value);
        }
        out.append('}');
        String separator = "?";
        for (Map.Entry<String, Object> parameter : query.entrySet()) {
            out.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
            separator = "&";
        }
        return out.toString();
    }

    private static String masked(Object value) {
        if (value instanceof Map) {
            Map<Object, String> keys = new LinkedHashMap<>();
            for (Object key : ((Map<?, ?>) value).keySet()) {
                keys.put(key, Redaction.MASK);
            }
            return keys.toString();
        }
        return Redaction.MASK;
    }
}
