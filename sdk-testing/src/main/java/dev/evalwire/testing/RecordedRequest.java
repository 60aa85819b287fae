package dev.evalwire.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One request as a sandbox received it, before any fault or validation was applied.
 *
 * <p>Immutable. Header names are looked up case-insensitively. {@link #toString()} masks the
 * values of credential headers ({@code Authorization}, {@code x-api-key}, {@code api-key},
 * {@code cookie} and a few more) and shows only the length of the body.
 */
public final class RecordedRequest {

    private static final Set<String> MASKED = new HashSet<>(
            Arrays.asList("authorization", "proxy-authorization", "x-api-key", "api-key", "cookie", "set-cookie"));

    private final String method;
    private final String path;
    private final String query;
    private final Map<String, List<String>> headers;
    private final String body;

    /**
     * Creates a record. The sandboxes make these; the constructor is public so that code which
     * consumes records can be tested on its own.
     *
     * @param method the HTTP method, e.g. {@code PATCH}
     * @param path the raw path, still percent-encoded
     * @param query the raw query string without {@code ?}, or {@code null} when there was none
     * @param headers header names to values; copied, names compared case-insensitively
     * @param body the body decoded as UTF-8; empty when there was none
     * @throws NullPointerException if {@code method}, {@code path}, {@code headers} or {@code body}
     *     is {@code null}
     */
    public RecordedRequest(String method, String path, String query, Map<String, List<String>> headers, String body) {
        this.method = requireNonNull(method, "method");
        this.path = requireNonNull(path, "path");
        this.query = query;
        requireNonNull(headers, "headers");
        this.body = requireNonNull(body, "body");
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            List<String> values = copy.get(e.getKey());
            if (values == null) {
                values = new ArrayList<>();
                copy.put(e.getKey(), values);
            }
            values.addAll(e.getValue());
        }
        for (Map.Entry<String, List<String>> e : copy.entrySet()) {
            e.setValue(Collections.unmodifiableList(e.getValue()));
        }
        this.headers = Collections.unmodifiableMap(copy);
    }

    /**
     * The HTTP method, e.g. {@code PATCH}.
     *
     * @return the HTTP method, for example {@code PATCH}
     */
    public String method() {
        return method;
    }

    /**
     * The path exactly as sent, still percent-encoded (e.g. {@code /api/v1/evaluations/a%2Fb}).
     *
     * @return the path exactly as sent, still percent-encoded
     */
    public String path() {
        return path;
    }

    /**
     * The raw query string without the leading {@code ?}, or {@code null} when there was none.
     *
     * @return the raw query string without the leading {@code ?}, or {@code null} when there was none
     */
    public String query() {
        return query;
    }

    /**
     * All headers; the map's keys are compared case-insensitively. Unmodifiable.
     *
     * @return all headers, unmodifiable; keys compared case-insensitively
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * The first value of the named header (name compared case-insensitively), or {@code null} when
     * it was not sent.
     *
     * @param name the header name
     * @return the header's first value, or {@code null} when it was not sent
     */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * The body as UTF-8 text; empty when the request had none.
     *
     * @return the body as UTF-8 text; empty when the request had none
     */
    public String body() {
        return body;
    }

    /**
     * A one-line description with credential header values replaced by {@code ****} and the body
     * reduced to its length, e.g. {@code PATCH /x?y=1 {Authorization=[****]} body=12 chars}.
     */
    @Override
    public String toString() {
        StringBuilder sb =
                new StringBuilder("RecordedRequest{").append(method).append(' ').append(path);
        if (query != null) {
            sb.append('?').append(query);
        }
        sb.append(" headers={");
        boolean first = true;
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(e.getKey()).append('=');
            if (MASKED.contains(e.getKey().toLowerCase(Locale.ROOT))) {
                sb.append("[****]");
            } else {
                sb.append(e.getValue());
            }
        }
        return sb.append("} body=").append(body.length()).append(" chars}").toString();
    }

    private static <T> T requireNonNull(T o, String name) {
        if (o == null) {
            throw new NullPointerException(name + " must not be null");
        }
        return o;
    }
}
