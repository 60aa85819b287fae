package dev.evalwire.primeintellect.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalwire.core.internal.errors.ErrorParts;
import dev.evalwire.core.internal.errors.ErrorShapes;
import dev.evalwire.core.internal.errors.FastApiValidation;

/**
 * Prime Intellect's declared error body, {@code ErrorResponse}: {@code {"errors":[{"param":"name","details":"field
 * required"}]}} (its 422). Each entry becomes a field error; an entry that is plain text has no field. Its server
 * being FastAPI, the framework's own validation list ({@link FastApiValidation}) is read too.
 */
public final class PrimeIntellectErrorShapes implements ErrorShapes {

    private final FastApiValidation fastApi = new FastApiValidation();

    @Override
    public void read(JsonNode root, ErrorParts found) {
        fastApi.read(root, found);
        JsonNode errors = root.get("errors");
        if (errors == null || !errors.isArray()) {
            return;
        }
        for (JsonNode item : errors) {
            if (item.isObject()) {
                String message = ErrorParts.firstText(item.get("details"), item.get("message"), item.get("msg"));
                if (message != null) {
                    String field = ErrorParts.firstText(item.get("param"), item.get("field"));
                    found.fieldError(field == null ? ErrorParts.location(item.get("loc")) : field, message);
                }
            } else if (item.isTextual()) {
                found.fieldError("", item.asText());
            }
        }
    }
}
