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

    /**
     * @param fields the fields collected by the builder; the builder's next change copies them first, so this
     *     body never changes
     */
    protected PatchBody(PatchFields fields) {
        this.fields = Collections.unmodifiableMap(fields.handOff());
        this.sensitiveFields = fields.sensitive();
    }

    /** @return a builder's copy of this body's fields, for {@code toBuilder()} */
    protected final PatchFields copyFields() {
        return new PatchFields(fields, sensitiveFields);
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
     * Compares the class and the set fields; a subclass that carries more than body fields (such as a query
     * parameter of the call) extends this.
     */
    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && fields.equals(((PatchBody) o).fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), fields);
    }

    /**
     * @return the class name and the set fields, with sensitive values masked; a subclass that carries more than
     *     body fields appends them
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
        return out.append('}').toString();
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
