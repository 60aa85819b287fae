package dev.evalwire.core.internal.errors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalwire.core.FieldError;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * What has been found in one error body so far (message, field errors, a body-level retry hint), and the small
 * readers the vendors' {@link ErrorShapes} share: trimmed text, FastAPI-style locations and field-to-messages maps.
 */
public final class ErrorParts {

    @Nullable
    private String message;

    private final List<FieldError> fieldErrors = new ArrayList<>();

    @Nullable
    private Double retryAfterSeconds;

    ErrorParts() {}

    /** @param message the message, kept only when none was found before; null is ignored */
    public void message(@Nullable String message) {
        if (this.message == null) {
            this.message = message;
        }
    }

    /**
     * Adds a field error.
     *
     * @param field the field path as the server named it; empty when it named none
     * @param message the server's message for it
     */
    public void fieldError(String field, String message) {
        fieldErrors.add(new FieldError(field, message));
    }

    /** @param seconds how long the body asks the client to wait, in seconds */
    public void retryAfterSeconds(double seconds) {
        this.retryAfterSeconds = seconds;
    }

    /** @return the body: when it had no message, its field errors joined become the message */
    ErrorBody toBody() {
        String text = message;
        if (text == null && !fieldErrors.isEmpty()) {
            StringBuilder joined = new StringBuilder();
            for (FieldError error : fieldErrors) {
                if (joined.length() > 0) {
                    joined.append("; ");
                }
                joined.append(error);
            }
            text = joined.toString();
        }
        return new ErrorBody(text, fieldErrors, retryAfterSeconds);
    }

    /**
     * Reads a field-to-messages map, Django REST style: {@code {field: ["message", ...]}} or
     * {@code {field: "message"}}; {@code non_field_errors} become errors with no field.
     *
     * @param object the map
     */
    public void fieldMap(JsonNode object) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = "non_field_errors".equals(field.getKey()) ? "" : field.getKey();
            JsonNode value = field.getValue();
            if (value.isTextual()) {
                fieldError(name, value.asText());
            } else if (value.isArray()) {
                for (JsonNode item : value) {
                    if (item.isTextual()) {
                        fieldError(name, item.asText());
                    }
                }
            }
        }
    }

    /**
     * @param loc a FastAPI location such as {@code ["body", "name"]}, or a text location
     * @return the location dotted, without a leading {@code body} when more follows; empty when there is none
     */
    public static String location(@Nullable JsonNode loc) {
        if (loc == null || !loc.isArray()) {
            return loc != null && loc.isValueNode() ? loc.asText() : "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonNode part : loc) {
            if (path.length() == 0 && "body".equals(part.asText()) && loc.size() > 1) {
                continue;
            }
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(part.asText());
        }
        return path.toString();
    }

    /**
     * @param nodes candidates, in order of preference; any may be null
     * @return the first that is non-blank text, trimmed; null when none is
     */
    @Nullable
    public static String firstText(JsonNode... nodes) {
        for (JsonNode node : nodes) {
            String value = text(node);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    @Nullable
    private static String text(@Nullable JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        String value = node.asText().trim();
        return value.isEmpty() ? null : value;
    }
}
