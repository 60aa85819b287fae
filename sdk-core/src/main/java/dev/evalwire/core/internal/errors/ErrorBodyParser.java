package dev.evalwire.core.internal.errors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalwire.core.FieldError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * Reads the error bodies the four vendors send into one {@link ErrorBody}. Shapes understood:
 * <ul>
 *   <li>{@code {"errors":[{"param":..,"details":..}]}} (Prime Intellect's declared 422);</li>
 *   <li>{@code {"detail":"..."}} and {@code {"detail":[{"loc":[..],"msg":..,"type":..}]}} (FastAPI);</li>
 *   <li>{@code {"code":..,"message":"..","details":[..]}} and {@code {"error":{"message":..,"code":..,"type":..}}}
 *       (Fireworks);</li>
 *   <li>{@code {"field":["message"]}}, {@code {"detail":"..","errors":{"field":["message"]}}} and
 *       {@code {"detail":"..","retry_after":30}} (Keywords AI / Respan);</li>
 *   <li>{@code {"message":".."}} and {@code {"error":".."}}; a short plain-text body becomes the message.</li>
 * </ul>
 * Anything else (HTML, empty, malformed JSON) gives a body with no message; parsing never throws.
 */
public final class ErrorBodyParser {

    private static final int MAX_TEXT_MESSAGE = 300;
    private static final Set<String> ENVELOPE_KEYS = new HashSet<>(Arrays.asList(
            "detail", "message", "error", "errors", "code", "details", "retry_after", "type", "status"));

    private final ObjectMapper mapper;

    /** @param mapper the SDK's mapper */
    public ErrorBodyParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Parses an error body.
     *
     * @param body the body bytes
     * @param contentType the response's Content-Type, or null
     * @return what was found; {@link ErrorBody#EMPTY}-like when nothing was
     */
    public ErrorBody parse(byte[] body, @Nullable String contentType) {
        if (body.length == 0) {
            return ErrorBody.EMPTY;
        }
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException | RuntimeException notJson) {
            return fromText(body, contentType);
        }
        if (root == null || !root.isObject()) {
            return root != null && root.isTextual() ? new ErrorBody(root.asText(), new ArrayList<FieldError>(), null)
                    : ErrorBody.EMPTY;
        }
        List<FieldError> fieldErrors = new ArrayList<>();
        String message = firstText(root.get("message"), root.get("detail"), root.get("error"));
        JsonNode error = root.get("error");
        if (message == null && error != null && error.isObject()) {
            message = text(error.get("message"));
        }
        readFastApiDetail(root.get("detail"), fieldErrors);
        readErrors(root.get("errors"), fieldErrors);
        if (!hasEnvelopeKey(root)) {
            readFieldMap(root, fieldErrors);
        }
        if (message == null && !fieldErrors.isEmpty()) {
            message = join(fieldErrors);
        }
        JsonNode retryAfter = root.get("retry_after");
        Double retryAfterSeconds = retryAfter != null && retryAfter.isNumber() ? retryAfter.asDouble() : null;
        return new ErrorBody(message, fieldErrors, retryAfterSeconds);
    }

    private static ErrorBody fromText(byte[] body, @Nullable String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("text/plain")) {
            return ErrorBody.EMPTY;
        }
        String text = new String(body, StandardCharsets.UTF_8).trim();
        if (text.isEmpty()) {
            return ErrorBody.EMPTY;
        }
        String line = text.split("\n", 2)[0].trim();
        if (line.length() > MAX_TEXT_MESSAGE) {
            line = line.substring(0, MAX_TEXT_MESSAGE) + "...";
        }
        return new ErrorBody(line, new ArrayList<FieldError>(), null);
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

    /** FastAPI: {@code detail: [{loc: [...], msg: "...", type: "..."}]}. */
    private static void readFastApiDetail(@Nullable JsonNode detail, List<FieldError> out) {
        if (detail == null || !detail.isArray()) {
            return;
        }
        for (JsonNode item : detail) {
            if (item.isObject()) {
                String msg = text(item.get("msg"));
                if (msg != null) {
                    out.add(new FieldError(location(item.get("loc")), msg));
                }
            } else if (item.isTextual()) {
                out.add(new FieldError("", item.asText()));
            }
        }
    }

    /** {@code errors: [{param, details}]} or {@code errors: {field: [messages]}}. */
    private static void readErrors(@Nullable JsonNode errors, List<FieldError> out) {
        if (errors == null) {
            return;
        }
        if (errors.isArray()) {
            for (JsonNode item : errors) {
                if (item.isObject()) {
                    String field = firstText(item.get("param"), item.get("field"), item.get("loc"));
                    String msg = firstText(item.get("details"), item.get("message"), item.get("msg"));
                    if (msg != null) {
                        out.add(new FieldError(field == null ? location(item.get("loc")) : field, msg));
                    }
                } else if (item.isTextual()) {
                    out.add(new FieldError("", item.asText()));
                }
            }
        } else if (errors.isObject()) {
            readFieldMap(errors, out);
        }
    }

    /** Django REST style: {@code {field: ["message", ...]}} or {@code {field: "message"}}. */
    private static void readFieldMap(JsonNode object, List<FieldError> out) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = "non_field_errors".equals(field.getKey()) ? "" : field.getKey();
            JsonNode value = field.getValue();
            if (value.isTextual()) {
                out.add(new FieldError(name, value.asText()));
            } else if (value.isArray()) {
                for (JsonNode item : value) {
                    if (item.isTextual()) {
                        out.add(new FieldError(name, item.asText()));
                    }
                }
            }
        }
    }

    private static String location(@Nullable JsonNode loc) {
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

    @Nullable
    private static String firstText(JsonNode... nodes) {
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

    private static String join(List<FieldError> errors) {
        StringBuilder out = new StringBuilder();
        for (FieldError error : errors) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(error);
        }
        return out.toString();
    }
}
