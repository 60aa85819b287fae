package dev.evalwire.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Prime Intellect (FastAPI): 401 without a body, 422 as the documented {@code
 * {"errors":[{"param","details"}]}}, other errors {@code {"detail":"..."}}.
 */
public final class PrimeIntellectErrors extends DetailErrorShapes {

    @Override
    public SandboxResponse unauthorized() {
        return SandboxResponse.empty(401).withHeader("WWW-Authenticate", "Bearer");
    }

    @Override
    public SandboxResponse status(int status) {
        return status == 401 ? unauthorized() : super.status(status);
    }

    @Override
    public SandboxResponse malformedJson(String problem) {
        return errors(new Violation(java.util.Collections.<Object>emptyList(), "invalid JSON: " + problem));
    }

    @Override
    public SandboxResponse invalid(List<Violation> violations) {
        return errors(violations.toArray(new Violation[0]));
    }

    @Override
    public SandboxResponse badParameter(String name, String problem) {
        ObjectNode body = Json.object();
        body.putArray("errors").addObject().put("param", name).put("details", problem);
        return SandboxResponse.json(422, body);
    }

    private static SandboxResponse errors(Violation... violations) {
        ObjectNode body = Json.object();
        ArrayNode errors = body.putArray("errors");
        for (Violation v : violations) {
            String param = v.dotPath().isEmpty() ? "body" : v.dotPath();
            errors.addObject().put("param", param).put("details", v.message());
        }
        return SandboxResponse.json(422, body);
    }
}
