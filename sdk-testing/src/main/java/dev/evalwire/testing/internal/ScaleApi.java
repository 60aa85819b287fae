package dev.evalwire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.testing.RecordedRequest;
import java.util.List;
import java.util.Map;

/**
 * Fake Scale EGP v5, with {@code x-api-key} and optional {@code x-selected-account-id}:
 *
 * <ul>
 *   <li>{@code GET /v5/evaluations/{evaluation_id}} answers the evaluation, with its {@code
 *       tasks} only when the view {@code tasks} is asked for ({@code views=tasks}, repeated or
 *       comma-separated); an unknown view, or an {@code include_archived} other than true/false,
 *       is a 422. An archived evaluation ({@code archived_at} set) is found only with {@code
 *       include_archived=true}, otherwise it is a 404 like an unknown one (the vendor does not
 *       document this; it is the sandbox's choice).
 *   <li>{@code PATCH /v5/evaluations/{evaluation_id}/tasks/{alias}}: the body's {@code
 *       configuration} replaces that task's configuration wholly; the answer is the whole
 *       evaluation with its tasks. An unknown evaluation or alias is a 404; an archived evaluation
 *       a 409.
 * </ul>
 */
public final class ScaleApi extends ResourceApi<String> {

    static final String READ_PATH = "/v5/evaluations/{evaluation_id}";
    static final String PATH = "/v5/evaluations/{evaluation_id}/tasks/{alias}";

    private final List<String> views;

    /** A fresh API holding the seed evaluation {@code eval_demo}. */
    public ScaleApi(String apiKey) {
        super(
                Authenticator.header("x-api-key", apiKey),
                new ScaleErrors(),
                "scale",
                "eval_demo",
                READ_PATH,
                "PATCH",
                PATH);
        this.views = spec().enumValues("EvaluationView");
    }

    @Override
    protected String key(Map<String, String> variables) {
        return variables.get("evaluation_id");
    }

    @Override
    protected String notFoundMessage(Map<String, String> variables) {
        return "Evaluation " + key(variables) + " not found";
    }

    /** The evaluation, without {@code tasks} unless asked for; archived ones only when asked for. */
    @Override
    protected SandboxResponse read(Map<String, String> variables, RecordedRequest request) {
        boolean withTasks = tasksViewAskedFor(request.query());
        boolean includeArchived = QueryString.flag(request.query(), "include_archived", false);
        ObjectNode evaluation = readStored(variables);
        if (evaluation == null || isArchived(evaluation) && !includeArchived) {
            return notFound(variables);
        }
        if (!withTasks) {
            evaluation.remove("tasks");
        }
        return SandboxResponse.json(200, evaluation);
    }

    @Override
    protected SandboxResponse update(Map<String, String> variables, RecordedRequest request, final ObjectNode body) {
        final String id = key(variables);
        final String alias = variables.get("alias");
        final ErrorShapes errors = errors();
        final SandboxResponse[] refusal = new SandboxResponse[1];
        ObjectNode updated = store().update(id, current -> {
            if (isArchived(current)) {
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
            return notFound(variables);
        }
        return refusal[0] != null ? refusal[0] : SandboxResponse.json(200, updated);
    }

    /**
     * Whether the {@code views} parameters (repeated, each possibly a comma list) ask for {@code
     * tasks}.
     *
     * @throws BadParameterException for a view the spec does not list
     */
    private boolean tasksViewAskedFor(String query) {
        boolean tasks = false;
        for (String value : QueryString.all(query, "views")) {
            for (String view : value.split(",", -1)) {
                if (!views.contains(view)) {
                    throw new BadParameterException(
                            "views", "invalid value \"" + view + "\", expected one of: " + String.join(", ", views));
                }
                tasks |= view.equals("tasks");
            }
        }
        return tasks;
    }

    private static boolean isArchived(ObjectNode evaluation) {
        JsonNode archivedAt = evaluation.get("archived_at");
        return archivedAt != null && !archivedAt.isNull();
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
