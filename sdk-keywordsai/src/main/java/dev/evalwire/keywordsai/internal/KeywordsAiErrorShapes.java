package dev.evalwire.keywordsai.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalwire.core.internal.errors.ErrorParts;
import dev.evalwire.core.internal.errors.ErrorShapes;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Keywords AI's (Respan's) Django REST error bodies: a bare field map {@code {"configurations":["unsupported
 * llm_engine"]}} (the update endpoint's 400 and 422), the generic page's envelope {@code {"detail":"Validation
 * error","errors":{"name":["too long"]}}}. {@code non_field_errors} become errors with no field. The 429's
 * {@code {"detail":"Rate limit exceeded","retry_after":30}} is generic: core reads it for every vendor.
 */
public final class KeywordsAiErrorShapes implements ErrorShapes {

    /** Keys of an envelope; a body with none of them is a bare field map. */
    private static final Set<String> ENVELOPE_KEYS = new HashSet<>(
            Arrays.asList("detail", "message", "error", "errors", "code", "details", "retry_after", "type", "status"));

    @Override
    public void read(JsonNode root, ErrorParts found) {
        JsonNode errors = root.get("errors");
        if (errors != null && errors.isObject()) {
            found.fieldMap(errors);
        }
        if (!hasEnvelopeKey(root)) {
            found.fieldMap(root);
        }
    }

    private static boolean hasEnvelopeKey(JsonNode root) {
        Iterator<String> names = root.fieldNames();
        while (names.hasNext()) {
            if (ENVELOPE_KEYS.contains(names.next())) {
                return true;
            }
        }
        return false;
    }
}
