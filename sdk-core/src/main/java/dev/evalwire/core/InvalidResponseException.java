package dev.evalwire.core;

import dev.evalwire.core.http.HttpHeaders;
import javax.annotation.Nullable;

/**
 * The server answered with a success status, but the body is not the JSON the API specification promises:
 * empty, not JSON, the wrong content type, a JSON value of the wrong shape, or larger than the client accepts.
 */
public class InvalidResponseException extends EvalwireException {

    private static final long serialVersionUID = 1L;

    /** The HTTP status of the response. */
    private final int status;
    /** The response headers; serialized masked (see {@link HttpHeaders}). */
    private final HttpHeaders headers;
    /** The response body as text, capped and with known secrets scrubbed. */
    private final String rawBody;

    /**
     * @param message what was wrong with the body, free of secrets
     * @param status the HTTP status
     * @param headers the response headers
     * @param rawBody the body as text, cut to {@link ErrorResponse#MAX_RAW_BODY_CHARS} characters
     * @param cause the decoding failure, or null
     */
    public InvalidResponseException(
            String message, int status, HttpHeaders headers, String rawBody, @Nullable Throwable cause) {
        super(message, cause);
        this.status = status;
        this.headers = headers;
        this.rawBody = rawBody.substring(0, Math.min(rawBody.length(), ErrorResponse.MAX_RAW_BODY_CHARS));
    }

    /** @return the HTTP status of the response */
    public int status() {
        return status;
    }

    /** @return the response headers */
    public HttpHeaders headers() {
        return headers;
    }

    /** @return the body as text (capped), with the API key and the request's secret values masked */
    public String rawBody() {
        return rawBody;
    }
}
