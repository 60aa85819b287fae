package dev.evalwire.core;

import dev.evalwire.core.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import javax.annotation.Nullable;

/**
 * The server answered with an error status. Subclasses name the status: {@link BadRequestException} (400),
 * {@link AuthenticationException} (401), {@link PermissionDeniedException} (403), {@link NotFoundException}
 * (404), {@link ConflictException} (409), {@link UnprocessableEntityException} (422),
 * {@link RateLimitException} (429), {@link InternalServerException} (5xx) and
 * {@link UnexpectedStatusException} (anything else).
 *
 * <p>The message names the status, the request and the server's own message; it never contains the API key.
 * It survives Java serialization with all of its {@link #response()}; the headers are written masked (see
 * {@link HttpHeaders}).
 */
public abstract class ApiException extends EvalwireException {

    private static final long serialVersionUID = 1L;

    /** The decoded error response; its headers are serialized masked. */
    private final ErrorResponse response;

    /**
     * @param response the decoded error response
     * @param message the message, already free of secrets
     */
    protected ApiException(ErrorResponse response, String message) {
        super(message, null);
        this.response = response;
    }

    /** @return the decoded error response */
    public ErrorResponse response() {
        return response;
    }

    /** @return the HTTP status */
    public int status() {
        return response.status();
    }

    /** @return the response headers */
    public HttpHeaders headers() {
        return response.headers();
    }

    /** @return the server's request id, or null */
    @Nullable
    public String requestId() {
        return response.requestId();
    }

    /**
     * @return the response body as text (capped), with the API key and the request's secret values masked where
     *     the server echoed them; empty when there was none
     */
    public String rawBody() {
        return response.rawBody();
    }

    /** @return the server's own message, or null */
    @Nullable
    public String serverMessage() {
        return response.serverMessage();
    }

    /** @return the field errors the body named, possibly empty */
    public List<FieldError> fieldErrors() {
        return response.fieldErrors();
    }

    /** @return how long the server asked the client to wait, or null */
    @Nullable
    public Duration retryAfter() {
        return response.retryAfter();
    }
}
