package dev.evalwire.core.http;

import dev.evalwire.core.Timeouts;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * One HTTP request as the transport sees it: method, absolute URL, headers, an optional JSON body and optional
 * timeouts for this call. Immutable. {@link #toString()} masks credential headers and leaves out the body.
 *
 * <p>The URL may be given in two parts, the client's base URL and the path and query of this call, so that a
 * request waiting in a queue does not hold a joined copy and a transport can resolve the second part against the
 * first, parsed once.
 */
public final class HttpRequest {

    private final String method;
    private final String base;
    private final String target;
    private final HttpHeaders headers;

    @Nullable
    private final byte[] body;

    @Nullable
    private final String contentType;

    @Nullable
    private final Timeouts timeouts;

    /**
     * @param method the HTTP method, upper case
     * @param url the absolute URL, already encoded
     * @param headers the request headers
     * @param body the body bytes, or null for none; not copied, callers must not change it afterwards
     * @param contentType the body's media type, or null when there is no body
     * @param timeouts the timeouts of this attempt, or null for the transport's own
     */
    public HttpRequest(
            String method,
            String url,
            HttpHeaders headers,
            @Nullable byte[] body,
            @Nullable String contentType,
            @Nullable Timeouts timeouts) {
        this(method, url, "", headers, body, contentType, timeouts);
    }

    /**
     * @param method the HTTP method, upper case
     * @param base the base URL, already encoded, without a trailing slash
     * @param target what follows the base URL: the path, starting with {@code /}, and the query, already encoded
     * @param headers the request headers
     * @param body the body bytes, or null for none; not copied, callers must not change it afterwards
     * @param contentType the body's media type, or null when there is no body
     * @param timeouts the timeouts of this attempt, or null for the transport's own
     */
    public HttpRequest(
            String method,
            String base,
            String target,
            HttpHeaders headers,
            @Nullable byte[] body,
            @Nullable String contentType,
            @Nullable Timeouts timeouts) {
        this.method = Objects.requireNonNull(method, "method");
        this.base = Objects.requireNonNull(base, "base");
        this.target = Objects.requireNonNull(target, "target");
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = body;
        this.contentType = contentType;
        this.timeouts = timeouts;
    }

    /** @return the HTTP method */
    public String method() {
        return method;
    }

    /** @return the absolute URL: {@link #base()} followed by {@link #target()} */
    public String url() {
        return target.isEmpty() ? base : base + target;
    }

    /** @return the base URL, or the whole URL when it was given whole */
    public String base() {
        return base;
    }

    /** @return the path and query that follow {@link #base()}; empty when the URL was given whole */
    public String target() {
        return target;
    }

    /** @return the request headers */
    public HttpHeaders headers() {
        return headers;
    }

    /** @return the body bytes, or null; do not modify */
    @Nullable
    public byte[] body() {
        return body;
    }

    /** @return the body's media type, or null */
    @Nullable
    public String contentType() {
        return contentType;
    }

    /** @return the timeouts of this attempt, or null for the transport's own */
    @Nullable
    public Timeouts timeouts() {
        return timeouts;
    }

    @Override
    public String toString() {
        return method + " " + url() + " " + headers;
    }
}
