package dev.evalwire.testing.internal;

import dev.evalwire.testing.RecordedRequest;
import java.util.Map;

/**
 * The read call of a vendor: {@code GET} on a path template the vendor's spec declares. It hands
 * the path variables to its {@link Handler}; a body, if one was sent, is neither required nor
 * parsed.
 */
public final class ReadRoute implements Route {

    /** Answers a read. */
    public interface Handler {
        /**
         * @param variables decoded path variables by name
         * @param request the request as received
         */
        SandboxResponse read(Map<String, String> variables, RecordedRequest request);
    }

    private final PathPattern pattern;
    private final Handler handler;

    /**
     * @param template the path template, as in the spec
     * @param spec the vendor's spec, where {@code GET template} must be an operation
     * @param handler what answers the read
     * @throws IllegalStateException when the spec lacks the operation
     */
    public ReadRoute(String template, OpenApiDocument spec, Handler handler) {
        spec.operation(template, "GET");
        this.pattern = PathPattern.of(template);
        this.handler = handler;
    }

    @Override
    public String method() {
        return "GET";
    }

    @Override
    public Map<String, String> match(String rawPath) {
        return pattern.match(rawPath);
    }

    @Override
    public SandboxResponse answer(Map<String, String> variables, RecordedRequest request) {
        return handler.read(variables, request);
    }
}
