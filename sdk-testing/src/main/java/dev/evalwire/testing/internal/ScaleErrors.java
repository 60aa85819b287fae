package dev.evalwire.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.List;

/** Scale EGP (FastAPI): {@code {"detail":"..."}}, and 422 as FastAPI's {@code detail} list. */
public final class ScaleErrors extends DetailErrorShapes {

    @Override
    public SandboxResponse unauthorized() {
        return detail(401, "Invalid or missing API key in the x-api-key header");
    }

    @Override
    public SandboxResponse malformedJson(String problem) {
        return validation(
                Collections.singletonList(
                        new Violation(Collections.<Object>emptyList(), "JSON decode error: " + problem)),
                "json_invalid");
    }

    @Override
    public SandboxResponse invalid(List<Violation> violations) {
        return validation(violations, "value_error");
    }

    @Override
    public SandboxResponse badParameter(String name, String problem) {
        ObjectNode body = Json.object();
        ObjectNode entry = body.putArray("detail").addObject();
        entry.putArray("loc").add("query").add(name);
        entry.put("msg", problem).put("type", "value_error");
        return SandboxResponse.json(422, body);
    }

    private static SandboxResponse validation(List<Violation> violations, String type) {
        ObjectNode body = Json.object();
        ArrayNode detail = body.putArray("detail");
        for (Violation v : violations) {
            ObjectNode entry = detail.addObject();
            ArrayNode loc = entry.putArray("loc").add("body");
            for (Object part : v.location()) {
                if (part instanceof Integer) {
                    loc.add((Integer) part);
                } else {
                    loc.add(part.toString());
                }
            }
            entry.put("msg", v.message()).put("type", type);
        }
        return SandboxResponse.json(422, body);
    }
}
