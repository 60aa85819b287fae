package dev.evalwire.core;

import dev.evalwire.core.http.HttpHeaders;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * What the server sent back with an error status, as decoded by the SDK: the status, headers, request id,
 * the raw body (capped at {@link #MAX_RAW_BODY_CHARS} characters), the server's own message and any
 * field errors. Serializable; its headers are written masked (see {@link HttpHeaders}).
 */
public final class ErrorResponse implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The raw body kept in an error is cut to this many characters. */
    public static final int MAX_RAW_BODY_CHARS = 64 * 1024;

    /** The HTTP method of the request. */
    private final String method;
    /** The request path, without host or query. */
    private final String path;
    /** The HTTP status. */
    private final int status;
    /** The response headers; serialized masked. */
    private final HttpHeaders headers;
    /** The server's request id, or null. */
    @Nullable
    private final String requestId;
    /** The body as text, capped, with known secrets masked. */
    private final String rawBody;
    /** The server's own message, or null. */
    @Nullable
    private final String serverMessage;
    /** Field-level errors from the body, possibly empty. */
    private final List<FieldError> fieldErrors;
    /** The wait the server asked for, or null. */
    @Nullable
    private final Duration retryAfter;

    /**
     * Creates an error response.
     *
     * @param method the HTTP method of the request
     * @param path the request path (without host or query)
     * @param status the HTTP status
     * @param headers the response headers
     * @param requestId the server's request id, or null
     * @param rawBody the response body as text; cut to {@link #MAX_RAW_BODY_CHARS}
     * @param serverMessage the message the server gave, or null when the body had none
     * @param fieldErrors field-level errors from the body, possibly empty
     * @param retryAfter how long the server asked the client to wait, or null
     */
    public ErrorResponse(
            String method,
            String path,
            int status,
            HttpHeaders headers,
            @Nullable String requestId,
            String rawBody,
            @Nullable String serverMessage,
            List<FieldError> fieldErrors,
            @Nullable Duration retryAfter) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.status = status;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.requestId = requestId;
        String body = Objects.requireNonNull(rawBody, "rawBody");
        this.rawBody = body.substring(0, Math.min(body.length(), MAX_RAW_BODY_CHARS));
        this.serverMessage = serverMessage;
        this.fieldErrors = fieldErrors.isEmpty()
                ? Collections.<FieldError>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(fieldErrors));
        this.retryAfter = retryAfter;
    }

    /** @return the HTTP method of the failed request */
    public String method() {
        return method;
    }

    /** @return the path of the failed request */
    public String path() {
        return path;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the response headers */
    public HttpHeaders headers() {
        return headers;
    }

    /** @return the server's request id, or null when no request-id header was sent */
    @Nullable
    public String requestId() {
        return requestId;
    }

    /**
     * @return the body as text, cut to {@link #MAX_RAW_BODY_CHARS} characters, with the secrets the SDK knows
     *     (API key, secret request values) masked; empty when there was none
     */
    public String rawBody() {
        return rawBody;
    }

    /** @return the server's own message, or null when the body carried none */
    @Nullable
    public String serverMessage() {
        return serverMessage;
    }

    /** @return field-level errors from the body, possibly empty */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** @return how long the server asked the client to wait (header or body), or null */
    @Nullable
    public Duration retryAfter() {
        return retryAfter;
    }
}
