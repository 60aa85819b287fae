package dev.evalwire.core.internal;

import java.util.Collection;
import java.util.Map;

/**
 * Argument checks for request builders, with messages that name the field and what is allowed, so that bad
 * input fails before any network call.
 */
public final class Checks {

    /** The most entries a map or list in a request may have. */
    public static final int MAX_ENTRIES = 10_000;

    /**
     * What to do instead of passing null to a setter whose field the API cannot clear (the spec does not declare
     * it nullable), for {@link #notNull(String, Object, String)}.
     */
    public static final String CANNOT_CLEAR =
            "the API cannot clear it (pass an empty value instead, or leave it" + " unset to keep the stored value)";

    /** What to do instead of passing null where a value is required, for {@link #notNull(String, Object, String)}. */
    public static final String REQUIRED = "it is required";

    private Checks() {}

    /**
     * @param field the field's JSON path, for the message
     * @param value the value
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return the value
     * @throws IllegalArgumentException outside {@code [min, max]}
     */
    public static long range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /**
     * @param field the field's JSON path, for the message
     * @param value the value
     * @param min the smallest allowed value
     * @return the value
     * @throws IllegalArgumentException below {@code min}
     */
    public static long atLeast(String field, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(field + " must be at least " + min + ", was " + value);
        }
        return value;
    }

    /**
     * The floating-point form of {@link #range(String, long, long, long)}; the bounds appear in the message as
     * doubles ({@code between 0.0 and 1.0}).
     *
     * @param field the field's JSON path, for the message
     * @param value the value
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return the value
     * @throws IllegalArgumentException for NaN, infinity, or a value outside {@code [min, max]}
     */
    public static double range(String field, double value, double min, double max) {
        finite(field, value);
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /**
     * The floating-point form of {@link #atLeast(String, long, long)}; the bound appears in the message as a
     * double ({@code at least 0.0}).
     *
     * @param field the field's JSON path, for the message
     * @param value the value
     * @param min the smallest allowed value
     * @return the value
     * @throws IllegalArgumentException for NaN, infinity, or a value below {@code min}
     */
    public static double atLeast(String field, double value, double min) {
        finite(field, value);
        if (value < min) {
            throw new IllegalArgumentException(field + " must be at least " + min + ", was " + value);
        }
        return value;
    }

    /**
     * @param field the field's JSON path, for the message
     * @param value the value
     * @return the value
     * @throws IllegalArgumentException for NaN or infinity
     */
    public static double finite(String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, was " + value);
        }
        return value;
    }

    /**
     * @param field the field's JSON path, for the message
     * @param value the text
     * @return the text
     * @throws IllegalArgumentException when empty or only whitespace
     * @throws NullPointerException when null
     */
    public static String notBlank(String field, String value) {
        if (value == null) {
            throw new NullPointerException(field + " must not be null");
        }
        return notEmpty(field, value);
    }

    /**
     * The form of {@link #notBlank(String, String)} for setters, whose null message says what to do instead.
     *
     * @param field the field's JSON path, for the message
     * @param value the text
     * @param ifNull what to do instead of passing null, as for {@link #notNull(String, Object, String)}
     * @return the text
     * @throws IllegalArgumentException when empty or only whitespace
     * @throws NullPointerException when null, with {@code ifNull} in the message
     */
    public static String notBlank(String field, String value, String ifNull) {
        return notEmpty(field, notNull(field, value, ifNull));
    }

    private static String notEmpty(String field, String value) {
        if (value.trim().isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty or whitespace");
        }
        return value;
    }

    /**
     * @param field the field's JSON path, for the message
     * @param map the map; its keys and values must not be null
     * @param <M> the map type
     * @return the map
     * @throws IllegalArgumentException with more than {@link #MAX_ENTRIES} entries
     * @throws NullPointerException for a null map, key or value
     */
    public static <M extends Map<String, ?>> M entries(String field, M map) {
        if (map == null) {
            throw new NullPointerException(field + " must not be null");
        }
        if (map.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException(
                    field + " may have at most " + MAX_ENTRIES + " entries, had " + map.size());
        }
        for (Map.Entry<String, ?> entry : map.entrySet()) {
            if (entry.getKey() == null) {
                throw new NullPointerException(field + " must not have a null key");
            }
            if (entry.getValue() == null) {
                throw new NullPointerException(field + "." + entry.getKey() + " must not be null");
            }
        }
        return map;
    }

    /**
     * @param field the field's JSON path, for the message
     * @param items the items; none may be null
     * @param <C> the collection type
     * @return the items
     * @throws IllegalArgumentException with more than {@link #MAX_ENTRIES} items
     * @throws NullPointerException for a null collection or item
     */
    public static <C extends Collection<?>> C items(String field, C items) {
        if (items == null) {
            throw new NullPointerException(field + " must not be null");
        }
        if (items.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException(
                    field + " may have at most " + MAX_ENTRIES + " items, had " + items.size());
        }
        int index = 0;
        for (Object item : items) {
            if (item == null) {
                throw new NullPointerException(field + "[" + index + "] must not be null");
            }
            index++;
        }
        return items;
    }

    /**
     * Refuses a Java null given to a setter, saying what to do instead, so that a null is never taken for a clear:
     * the message is {@code <field> must not be null; <ifNull>}.
     *
     * @param field the field's JSON path, for the message
     * @param value the value
     * @param ifNull what to do instead: {@link #callToClear(String)} for a field with a {@code clearX()} method,
     *     {@link #CANNOT_CLEAR}, {@link #REQUIRED}, or advice of the caller's own
     * @param <T> the value type
     * @return the value
     * @throws NullPointerException when {@code value} is null
     */
    public static <T> T notNull(String field, T value, String ifNull) {
        if (value == null) {
            throw new NullPointerException(field + " must not be null; " + ifNull);
        }
        return value;
    }

    /**
     * @param clearMethod the builder method that sends null, without parentheses, for example {@code clearTags}
     * @return what to do instead of passing null to that field's setter, for
     *     {@link #notNull(String, Object, String)}: {@code to send null and clear it, call clearTags()}
     */
    public static String callToClear(String clearMethod) {
        return "to send null and clear it, call " + clearMethod + "()";
    }

    /**
     * Refuses a Java null for a field the API cannot clear, so that it is not sent as JSON null: the message says
     * so, with the advice in {@link #CANNOT_CLEAR}. For fields that can be cleared, use {@link #callToClear(String)}
     * instead.
     *
     * @param field the field's JSON path, for the message
     * @param value the value
     * @param <T> the value type
     * @return the value
     * @throws NullPointerException when {@code value} is null, saying that the API cannot clear the field
     */
    public static <T> T notClearable(String field, T value) {
        return notNull(field, value, CANNOT_CLEAR);
    }

    /**
     * @param field the field's JSON path, for the message
     * @param value the value collected so far, or null
     * @param setter the builder method that sets it, named in the message
     * @param <T> the value type
     * @return the value
     * @throws IllegalStateException when the required field was not set
     */
    public static <T> T required(String field, T value, String setter) {
        if (value == null) {
            throw new IllegalStateException(field + " is required: call " + setter + "(...) before build()");
        }
        return value;
    }
}
