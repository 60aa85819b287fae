package dev.evalwire.core;

import java.io.Serializable;
import java.util.Objects;

/**
 * One field-level problem reported by a server in an error body, such as
 * {@code {"errors":[{"param":"name","details":"field required"}]}} or {@code {"name":["too long"]}}.
 */
public final class FieldError implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The field path as the server named it; empty when it named none. */
    private final String field;
    /** The server's message for the field. */
    private final String message;

    /**
     * Creates a field error.
     *
     * @param field the field path as the server named it (dot-separated for nested locations); may be empty
     *     when the server did not name a field
     * @param message the server's message for that field
     * @throws NullPointerException if either argument is null
     */
    public FieldError(String field, String message) {
        this.field = Objects.requireNonNull(field, "field");
        this.message = Objects.requireNonNull(message, "message");
    }

    /** @return the field path as the server named it */
    public String field() {
        return field;
    }

    /** @return the server's message for the field */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof FieldError)) {
            return false;
        }
        FieldError other = (FieldError) o;
        return field.equals(other.field) && message.equals(other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, message);
    }

    /** @return {@code field: message}, or just the message when no field was named */
    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
