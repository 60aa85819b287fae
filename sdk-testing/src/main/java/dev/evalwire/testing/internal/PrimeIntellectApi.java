package dev.evalwire.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.testing.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fake Prime Intellect: {@code GET} and {@code PUT /api/v1/evaluations/{evaluation_id}}. A read
 * answers the full stored record, after taking the next step of a status sequence scheduled with
 * {@link #scheduleStatuses}. In an update each field present in the body replaces the stored one
 * (null stores null), {@code updated_at} becomes now, and the answer is the slim {@code
 * {evaluation_id, name, status, updated_at}}.
 */
public final class PrimeIntellectApi extends ResourceApi<String> {

    static final String PATH = "/api/v1/evaluations/{evaluation_id}";

    /** A fresh API holding the seed evaluation {@code eval_demo}. */
    public PrimeIntellectApi(String apiKey) {
        super(
                Authenticator.bearer(apiKey),
                new PrimeIntellectErrors(),
                "primeintellect",
                "eval_demo",
                PATH,
                "PUT",
                PATH);
    }

    /**
     * Sets the stored status of an evaluation now and cancels its status sequence.
     *
     * @return false (changing nothing) when there is no such evaluation
     */
    public boolean setStatus(final String id, final String status) {
        return store().update(id, current -> {
                    readScripts().cancel(id);
                    return withStatus(current, status);
                })
                != null;
    }

    /**
     * Makes the next reads of an evaluation answer, and store, {@code statuses} one after the
     * other; the last stays. Replaces an earlier sequence.
     *
     * @return false (changing nothing) when there is no such evaluation
     */
    public boolean scheduleStatuses(final String id, List<String> statuses) {
        final List<JsonStore.Change> steps = new ArrayList<>();
        for (final String status : statuses) {
            steps.add(current -> withStatus(current, status));
        }
        return store().update(id, current -> {
                    readScripts().replace(id, steps);
                    return current;
                })
                != null;
    }

    @Override
    protected String key(Map<String, String> variables) {
        return variables.get("evaluation_id");
    }

    @Override
    protected String notFoundMessage(Map<String, String> variables) {
        return "Evaluation not found";
    }

    @Override
    protected SandboxResponse update(Map<String, String> variables, RecordedRequest request, final ObjectNode body) {
        ObjectNode updated = store().update(key(variables), current -> {
            applyPresentFields(current, body);
            current.put("updated_at", Timestamps.isoNow());
            return current;
        });
        if (updated == null) {
            return notFound(variables);
        }
        ObjectNode slim = Json.object();
        slim.put("evaluation_id", key(variables));
        slim.set("name", updated.path("name").isMissingNode() ? null : updated.get("name"));
        slim.set("status", updated.path("status").isMissingNode() ? null : updated.get("status"));
        slim.set("updated_at", updated.get("updated_at"));
        return SandboxResponse.json(200, slim);
    }

    private static ObjectNode withStatus(ObjectNode evaluation, String status) {
        evaluation.put("status", status);
        return evaluation;
    }
}
