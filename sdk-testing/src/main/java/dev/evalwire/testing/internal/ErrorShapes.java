package dev.evalwire.testing.internal;

import java.util.List;

/** How one vendor words its error answers. Each method returns a complete answer. */
public interface ErrorShapes {

    /** Missing or wrong credentials (401). */
    SandboxResponse unauthorized();

    /** No route for the path (404). */
    SandboxResponse noRoute();

    /** The route exists but the resource does not (404), with a resource-specific message. */
    SandboxResponse notFound(String message);

    /**
     * The path exists but not for this method (405).
     *
     * @param method the method the request used
     * @param allowed the {@code Allow} header value: the methods the path takes, e.g. {@code GET, PATCH}
     */
    SandboxResponse methodNotAllowed(String method, String allowed);

    /** The body is not JSON, or is empty. */
    SandboxResponse malformedJson(String problem);

    /** The body breaks the request schema. {@code violations} is never empty. */
    SandboxResponse invalid(List<Violation> violations);

    /** A bad query parameter, e.g. a flag that is neither true nor false. */
    SandboxResponse badParameter(String name, String problem);

    /** The request conflicts with the resource's state (409). */
    SandboxResponse conflict(String message);

    /** The vendor's usual answer for a bare status (used by {@code Fault.status(int)}). */
    SandboxResponse status(int status);

    /** A 429 saying, in the vendor's own way, to wait {@code seconds}. */
    SandboxResponse rateLimited(long seconds);

    /** A 429 body without any wait in it; callers add a header. */
    SandboxResponse rateLimitedWithoutWait();
}
