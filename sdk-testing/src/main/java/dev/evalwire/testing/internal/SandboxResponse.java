package dev.evalwire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An answer a sandbox is about to send: status, headers and body bytes. Immutable. */
public final class SandboxResponse {

    private static final byte[] NO_BODY = new byte[0];

    private final int status;
    private final Map<String, String> headers;
    private final byte[] body;

    private SandboxResponse(int status, Map<String, String> headers, byte[] body) {
        this.status = status;
        this.headers = Collections.unmodifiableMap(headers);
        this.body = body;
    }

    /** A JSON answer. */
    public static SandboxResponse json(int status, JsonNode body) {
        return raw(status, "application/json", Json.write(body));
    }

    /** An answer with no body at all. */
    public static SandboxResponse empty(int status) {
        return new SandboxResponse(status, new LinkedHashMap<String, String>(), NO_BODY);
    }

    /** An answer with the given text body; {@code contentType} may be null for none. */
    public static SandboxResponse raw(int status, String contentType, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return new SandboxResponse(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy with one more header. */
    public SandboxResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new SandboxResponse(status, copy, body);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** Headers to send, in order. */
    public Map<String, String> headers() {
        return headers;
    }

    /** Body bytes; empty for none. */
    public byte[] body() {
        return body.clone();
    }

    int bodyLength() {
        return body.length;
    }

    byte[] bodyUnsafe() {
        return body;
    }
}
