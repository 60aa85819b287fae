package dev.evalwire.core.internal.errors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * FastAPI's validation error, {@code HTTPValidationError}, which the FastAPI servers among the vendors send (Scale's
 * documented 422; Prime Intellect's framework default): {@code {"detail":[{"loc":["body","name"],
 * "msg":"field required","type":"value_error.missing"}]}}. Each entry becomes a field error named by its location
 * (dotted, without the leading {@code body}); an entry that is plain text has no field. The plain
 * {@code {"detail":"..."}} is a generic shape that core reads.
 */
public final class FastApiValidation implements ErrorShapes {

    @Override
    public void read(JsonNode root, ErrorParts found) {
        JsonNode detail = root.get("detail");
        if (detail == null || !detail.isArray()) {
            return;
        }
        for (JsonNode item : detail) {
            if (item.isObject()) {
                String message = ErrorParts.firstText(item.get("msg"));
                if (message != null) {
                    found.fieldError(ErrorParts.location(item.get("loc")), message);
                }
            } else if (item.isTextual()) {
                found.fieldError("", item.asText());
            }
        }
    }
}
