package dev.evalwire.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Fireworks (grpc-gateway): every error is {@code {"code":<google.rpc code>,"message":"...",
 * "details":[]}} with the HTTP status of that code; a 429 carries {@code Retry-After}.
 */
public final class FireworksErrors implements ErrorShapes {

    static final int INVALID_ARGUMENT = 3;
    static final int NOT_FOUND = 5;
    static final int FAILED_PRECONDITION = 9;
    static final int UNAUTHENTICATED = 16;

    @Override
    public SandboxResponse unauthorized() {
        return rpc(401, UNAUTHENTICATED, "unauthenticated: invalid or missing API key");
    }

    @Override
    public SandboxResponse noRoute() {
        return rpc(404, NOT_FOUND, "Not Found");
    }

    @Override
    public SandboxResponse notFound(String message) {
        return rpc(404, NOT_FOUND, message);
    }

    @Override
    public SandboxResponse methodNotAllowed(String method, String allowed) {
        return rpc(405, 12, "Method Not Allowed").withHeader("Allow", allowed);
    }

    @Override
    public SandboxResponse malformedJson(String problem) {
        return rpc(400, INVALID_ARGUMENT, "invalid JSON body: " + problem);
    }

    @Override
    public SandboxResponse invalid(List<Violation> violations) {
        List<String> parts = new ArrayList<>();
        for (Violation v : violations) {
            parts.add((v.dotPath().isEmpty() ? "body" : v.dotPath()) + ": " + v.message());
        }
        return rpc(400, INVALID_ARGUMENT, String.join("; ", parts));
    }

    @Override
    public SandboxResponse badParameter(String name, String problem) {
        return rpc(400, INVALID_ARGUMENT, name + ": " + problem);
    }

    @Override
    public SandboxResponse conflict(String message) {
        return rpc(409, 10, message);
    }

    @Override
    public SandboxResponse status(int status) {
        return status < 400 ? SandboxResponse.empty(status) : rpc(status, codeFor(status), HttpReasons.phrase(status));
    }

    @Override
    public SandboxResponse rateLimited(long seconds) {
        return rateLimitedWithoutWait().withHeader("Retry-After", Long.toString(seconds));
    }

    @Override
    public SandboxResponse rateLimitedWithoutWait() {
        return rpc(429, 8, "rate limit exceeded");
    }

    /** The google.rpc code grpc-gateway maps to an HTTP status. */
    static int codeFor(int status) {
        switch (status) {
            case 400:
                return INVALID_ARGUMENT;
            case 401:
                return UNAUTHENTICATED;
            case 403:
                return 7;
            case 404:
                return NOT_FOUND;
            case 409:
                return 10;
            case 429:
                return 8;
            case 499:
                return 1;
            case 501:
                return 12;
            case 503:
                return 14;
            case 504:
                return 4;
            default:
                return status >= 500 ? 13 : 2;
        }
    }

    static SandboxResponse rpc(int status, int code, String message) {
        ObjectNode body = Json.object();
        body.put("code", code).put("message", message).putArray("details");
        return SandboxResponse.json(status, body);
    }
}
