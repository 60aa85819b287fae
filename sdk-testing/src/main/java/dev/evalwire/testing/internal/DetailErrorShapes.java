package dev.evalwire.testing.internal;

/**
 * Error answers shared by the vendors whose errors are {@code {"detail": "..."}} (FastAPI and
 * Django REST framework). Subclasses supply what differs.
 */
abstract class DetailErrorShapes implements ErrorShapes {

    @Override
    public SandboxResponse noRoute() {
        return detail(404, "Not Found");
    }

    @Override
    public SandboxResponse notFound(String message) {
        return detail(404, message);
    }

    @Override
    public SandboxResponse methodNotAllowed(String method, String allowed) {
        return detail(405, "Method Not Allowed").withHeader("Allow", allowed);
    }

    @Override
    public SandboxResponse conflict(String message) {
        return detail(409, message);
    }

    @Override
    public SandboxResponse status(int status) {
        return status < 400 ? SandboxResponse.empty(status) : detail(status, HttpReasons.phrase(status));
    }

    @Override
    public SandboxResponse rateLimited(long seconds) {
        return rateLimitedWithoutWait().withHeader("Retry-After", Long.toString(seconds));
    }

    @Override
    public SandboxResponse rateLimitedWithoutWait() {
        return detail(429, "Rate limit exceeded");
    }

    static SandboxResponse detail(int status, String message) {
        return SandboxResponse.json(status, Json.detail(message));
    }
}
