package dev.evalwire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.testing.RecordedRequest;
import java.util.Map;

/**
 * Fake Scale EGP v5: {@code PATCH /v5/evaluations/{evaluation_id}/tasks/{alias}} with {@code
 * x-api-key} and optional {@code x-selected-account-id}. The body's {@code configuration}
 * replaces that task's configuration wholly; the answer is the whole evaluation with its tasks.
 * An unknown evaluation or alias is a 404; an archived evaluation ({@code archived_at} set) a 409.
 */
public final class ScaleApi extends ResourceApi<String> {

    static final String PATH = "/v5/evaluations/{evaluation_id}/tasks/{alias}";

    /** A fresh API holding the seed evaluation {@code eval_demo}. */
    public ScaleApi(String apiKey) {
        super(Authenticator.header("x-api-key", apiKey), new ScaleErrors(), "PATCH", PATH, "scale", "eval_demo");
    }

    @Override
    protected SandboxResponse update(Map<String, String> variables, RecordedRequest request, final ObjectNode body) {
        final String id = variables.get("evaluation_id");
        final String alias = variables.get("alias");
        final ErrorShapes errors = errors();
        final SandboxResponse[] refusal = new SandboxResponse[1];
        ObjectNode updated = store().update(id, current -> {
            JsonNode archivedAt = current.get("archived_at");
            if (archivedAt != null && !archivedAt.isNull()) {
                refusal[0] = errors.conflict("Evaluation " + id + " is archived; restore it first");
                return current;
            }
            ObjectNode task = findTask(current, alias);
            if (task == null) {
                refusal[0] = errors.notFound("Task with alias '" + alias + "' not found in evaluation " + id);
                return current;
            }
            task.set("configuration", body.get("configuration"));
            return current;
        });
        if (updated == null) {
            return errors.notFound("Evaluation " + id + " not found");
        }
        return refusal[0] != null ? refusal[0] : SandboxResponse.json(200, updated);
    }

    private static ObjectNode findTask(ObjectNode evaluation, String alias) {
        for (JsonNode task : evaluation.path("tasks")) {
            if (task.isObject() && alias.equals(task.path("alias").asText(null))) {
                return (ObjectNode) task;
            }
        }
        return null;
    }
}
