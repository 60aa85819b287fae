package dev.evalwire.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Keywords AI / Respan (Django REST framework): {@code {"detail":"..."}}, 400 as messages keyed by
 * field ({@code {"field":["message"]}}, nested fields dotted, body-level ones under {@code
 * non_field_errors}), 429 with {@code retry_after} in the body and no header.
 */
public final class KeywordsAiErrors extends DetailErrorShapes {

    @Override
    public SandboxResponse unauthorized() {
        return detail(401, "Your API key is invalid or expired, please check your API key at the platform.");
    }

    @Override
    public SandboxResponse noRoute() {
        return detail(404, "Not found.");
    }

    @Override
    public SandboxResponse methodNotAllowed(String method, String allowed) {
        return detail(405, "Method \"" + method + "\" not allowed.").withHeader("Allow", allowed);
    }

    @Override
    public SandboxResponse malformedJson(String problem) {
        return detail(400, "JSON parse error - " + problem);
    }

    @Override
    public SandboxResponse invalid(List<Violation> violations) {
        ObjectNode body = Json.object();
        for (Violation v : violations) {
            String field = v.dotPath().isEmpty() ? "non_field_errors" : v.dotPath();
            ArrayNode messages = body.has(field) ? (ArrayNode) body.get(field) : body.putArray(field);
            messages.add(v.message());
        }
        return SandboxResponse.json(400, body);
    }

    @Override
    public SandboxResponse badParameter(String name, String problem) {
        ObjectNode body = Json.object();
        body.putArray(name).add(problem);
        return SandboxResponse.json(400, body);
    }

    @Override
    public SandboxResponse rateLimited(long seconds) {
        ObjectNode body = Json.detail("Rate limit exceeded");
        body.put("retry_after", seconds);
        return SandboxResponse.json(429, body);
    }
}
