package dev.evalwire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.testing.RecordedRequest;
import java.util.Map;

/**
 * Fake Keywords AI / Respan: {@code GET} and {@code PATCH /api/evaluators/{evaluator_id}/} (the
 * trailing slash is required; without it the answer is 404). A read answers the stored
 * evaluator. In an update {@code configurations} is merged by {@link ConfigurationsMerge}; other
 * present fields replace stored ones; {@code updated_at} becomes now; the answer is the full
 * evaluator.
 */
public final class KeywordsAiApi extends ResourceApi<String> {

    static final String PATH = "/api/evaluators/{evaluator_id}/";

    /** A fresh API holding the seed evaluator {@code evl_demo}. */
    public KeywordsAiApi(String apiKey) {
        super(Authenticator.bearer(apiKey), new KeywordsAiErrors(), "keywordsai", "evl_demo", PATH, "PATCH", PATH);
    }

    @Override
    protected String key(Map<String, String> variables) {
        return variables.get("evaluator_id");
    }

    @Override
    protected String notFoundMessage(Map<String, String> variables) {
        return "Not found.";
    }

    @Override
    protected SandboxResponse update(Map<String, String> variables, RecordedRequest request, final ObjectNode body) {
        ObjectNode updated = store().update(key(variables), current -> {
            applyPresentFields(current, body);
            current.put("updated_at", Timestamps.microsNow());
            return current;
        });
        return updated == null ? notFound(variables) : SandboxResponse.json(200, updated);
    }

    /** Merges {@code configurations} key by key; other fields are replaced. */
    @Override
    protected JsonNode merge(String field, JsonNode stored, JsonNode sent) {
        if (!field.equals("configurations")) {
            return sent;
        }
        return ConfigurationsMerge.merge(
                stored != null && stored.isObject() ? (ObjectNode) stored : null, (ObjectNode) sent);
    }
}
