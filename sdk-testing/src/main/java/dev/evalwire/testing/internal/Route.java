package dev.evalwire.testing.internal;

import dev.evalwire.testing.RecordedRequest;
import java.util.Map;

/** One operation a sandbox serves: an HTTP method on a path template, and what answers it. */
public interface Route {

    /** The HTTP method this route answers, upper case, e.g. {@code GET}. */
    String method();

    /**
     * Matches a raw (still encoded) request path.
     *
     * @return the decoded path variables by name, or {@code null} when the path is not this route's
     */
    Map<String, String> match(String rawPath);

    /**
     * Answers a request whose path matched and whose method is {@link #method()}.
     *
     * @param variables the decoded path variables, as {@link #match} returned them
     * @param request the request as received
     */
    SandboxResponse answer(Map<String, String> variables, RecordedRequest request);
}
