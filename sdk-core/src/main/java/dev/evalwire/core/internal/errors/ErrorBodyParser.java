package dev.evalwire.core.internal.errors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalwire.core.FieldError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;
import javax.annotation.Nullable;

/**
 * Reads an error body into one {@link ErrorBody}. The generic shapes are read here: {@code {"message":".."}},
 * {@code {"detail":".."}}, {@code {"error":".."}} and {@code {"error":{"message":".."}}}, a body-level
 * {@code "retry_after"} in seconds (Keywords AI's, honoured for every vendor), a bare JSON string, and a short
 * plain-text body, whose first line becomes the message. The vendor's own shapes are read by the
 * {@link ErrorShapes} its client plugs in. Anything else (HTML, empty, malformed JSON) gives a body with no message;
 * parsing never throws.
 */
public final class ErrorBodyParser {

    private static final int MAX_TEXT_MESSAGE = 300;

    private final ObjectMapper mapper;
    private final ErrorShapes vendorShapes;

    /**
     * @param mapper the SDK's mapper
     * @param vendorShapes the vendor's own shapes, or {@link ErrorShapes#GENERIC}
     */
    public ErrorBodyParser(ObjectMapper mapper, ErrorShapes vendorShapes) {
        this.mapper = mapper;
        this.vendorShapes = vendorShapes;
    }

    /**
     * Parses an error body.
     *
     * @param body the body bytes
     * @param contentType the response's Content-Type, or null
     * @return what was found; a body with no message and no field errors when nothing was
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
            return root != null && root.isTextual()
                    ? new ErrorBody(root.asText(), new ArrayList<FieldError>(), null)
                    : ErrorBody.EMPTY;
        }
        ErrorParts found = new ErrorParts();
        found.message(ErrorParts.firstText(root.get("message"), root.get("detail"), root.get("error")));
        JsonNode error = root.get("error");
        if (error != null && error.isObject()) {
            found.message(ErrorParts.firstText(error.get("message")));
        }
        JsonNode retryAfter = root.get("retry_after");
        if (retryAfter != null && retryAfter.isNumber()) {
            found.retryAfterSeconds(retryAfter.asDouble());
        }
        vendorShapes.read(root, found);
        return found.toBody();
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
}
