package dev.evalwire.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalwire.core.ApiResponse;
import dev.evalwire.core.InvalidResponseException;
import dev.evalwire.core.http.HttpResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.annotation.Nullable;

/**
 * Decodes a successful response into the typed body, or explains with an {@link InvalidResponseException} why the
 * body is not what the API promises. The typed objects are built with the call's secrets current
 * ({@link ResponseSecrets}), so that their {@code toString()} masks what the server echoed.
 */
final class ResponseReader {

    private final ObjectMapper mapper;

    ResponseReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    <T> ApiResponse<T> decode(HttpResponse response, ResponseDecoder<T> decoder, List<String> secrets) {
        String contentType = response.headers().first("content-type");
        if (contentType != null && !contentType.toLowerCase(Locale.ROOT).contains("json")) {
            throw invalid(
                    "expected a JSON body but the Content-Type is '" + contentType + "'", response, null, secrets);
        }
        if (response.body().length == 0) {
            throw invalid("expected a JSON body but the body is empty", response, null, secrets);
        }
        JsonNode json;
        try {
            json = mapper.readTree(response.body());
        } catch (IOException malformed) {
            throw invalid("the body is not valid JSON", response, malformed, secrets);
        }
        Collection<String> previous = ResponseSecrets.begin(secrets);
        try {
            return new ApiResponse<>(response.status(), response.headers(), response.body(), decoder.decode(json));
        } catch (RuntimeException wrongShape) {
            throw invalid(
                    "the JSON does not have the shape the API promises: " + wrongShape.getMessage(),
                    response,
                    wrongShape,
                    secrets);
        } finally {
            ResponseSecrets.end(previous);
        }
    }

    InvalidResponseException invalid(
            String reason, HttpResponse response, @Nullable Throwable cause, List<String> secrets) {
        String message =
                Redaction.scrub("HTTP " + response.status() + " response could not be read: " + reason, secrets);
        return new InvalidResponseException(
                message,
                response.status(),
                response.headers(),
                Redaction.scrub(printableBody(response), secrets),
                cause == null ? null : RedactedCause.of(cause, secrets));
    }

    /** The body as text, with sensitive fields masked when it is JSON. */
    private String printableBody(HttpResponse response) {
        try {
            JsonNode json = mapper.readTree(response.body());
            if (json != null && json.isContainerNode()) {
                return Redaction.redactJson(json, Redaction.sensitiveBodyFields())
                        .toString();
            }
        } catch (IOException | RuntimeException notJson) {
            // Not JSON: shown as it is, with the call's secrets scrubbed.
        }
        return response.bodyAsString();
    }
}
