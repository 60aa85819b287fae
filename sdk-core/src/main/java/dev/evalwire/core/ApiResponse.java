package dev.evalwire.core;

import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.internal.Redaction;
import dev.evalwire.core.internal.ResponseSecrets;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import javax.annotation.Nullable;

/**
 * A successful response with both views of it: the typed {@link #body()} and the raw status, headers and
 * body text, for callers that need what the typed view does not show.
 *
 * @param <T> the typed body
 */
public final class ApiResponse<T> {

    private final int status;
    private final HttpHeaders headers;
    private final byte[] rawBody;
    private final T body;
    /** The secrets of the call this response answers, kept out of {@link #toString()}. */
    private final Collection<String> callSecrets;

    /**
     * @param status the HTTP status
     * @param headers the response headers
     * @param rawBody the body bytes; not copied
     * @param body the decoded body
     */
    public ApiResponse(int status, HttpHeaders headers, byte[] rawBody, T body) {
        this.status = status;
        this.headers = headers;
        this.rawBody = rawBody;
        this.body = body;
        this.callSecrets = ResponseSecrets.current();
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the response headers */
    public HttpHeaders headers() {
        return headers;
    }

    /** @return the server's request id from the common request-id headers, or null */
    @Nullable
    public String requestId() {
        return dev.evalwire.core.internal.errors.ErrorMapper.requestId(headers);
    }

    /** @return the body exactly as received, decoded as UTF-8 */
    public String rawBody() {
        return new String(rawBody, StandardCharsets.UTF_8);
    }

    /** @return the typed body */
    public T body() {
        return body;
    }

    /**
     * @return the status, headers and typed body, with credential headers and sensitive fields masked and the API
     *     key and secret values of the call scrubbed wherever the server echoed them
     */
    @Override
    public String toString() {
        return Redaction.scrub(
                "ApiResponse{status=" + status + ", headers=" + headers + ", body=" + body + "}", callSecrets);
    }
}
