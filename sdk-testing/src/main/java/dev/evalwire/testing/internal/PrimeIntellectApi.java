package dev.evalwire.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.testing.RecordedRequest;
import java.util.Map;

/**
 * Fake Prime Intellect: {@code PUT /api/v1/evaluations/{evaluation_id}}. Each field present in
 * the body replaces the stored one (null stores null), {@code updated_at} becomes now, and the
 * answer is the slim {@code {evaluation_id, name, status, updated_at}}.
 */
public final class PrimeIntellectApi extends ResourceApi<String> {

    static final String PATH = "/api/v1/evaluations/{evaluation_id}";

    /** A fresh API holding the seed evaluation {@code eval_demo}. */
    public PrimeIntellectApi(String apiKey) {
        super(Authenticator.bearer(apiKey), new PrimeIntellectErrors(), "PUT", PATH, "primeintellect", "eval_demo");
    }

    @Override
    protected SandboxResponse update(Map<String, String> variables, RecordedRequest request, final ObjectNode body) {
        String id = variables.get("evaluation_id");
        ObjectNode updated = store().update(id, current -> {
            applyPresentFields(current, body);
            current.put("updated_at", Timestamps.isoNow());
            return current;
        });
        if (updated == null) {
            return errors().notFound("Evaluation not found");
        }
        ObjectNode slim = Json.object();
        slim.put("evaluation_id", id);
        slim.set("name", updated.path("name").isMissingNode() ? null : updated.get("name"));
        slim.set("status", updated.path("status").isMissingNode() ? null : updated.get("status"));
        slim.set("updated_at", updated.get("updated_at"));
        return SandboxResponse.json(200, slim);
    }
}
