package dev.evalwire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.testing.RecordedRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Fake Fireworks: {@code PATCH /v1/accounts/{account_id}/evaluators/{evaluator_id}} with optional
 * {@code prepareCodeUpload=true|false}. Present fields replace stored ones; {@code
 * prepareCodeUpload=true}, or a changed {@code requirements} or {@code entryPoint}, sets {@code
 * state} to {@code BUILDING}; {@code updateTime} becomes now; the answer is the full evaluator.
 */
public final class FireworksApi extends ResourceApi<List<String>> {

    static final String PATH = "/v1/accounts/{account_id}/evaluators/{evaluator_id}";

    /** A fresh API holding the seed evaluator {@code accounts/acme/evaluators/exact-match}. */
    public FireworksApi(String apiKey) {
        super(
                Authenticator.bearer(apiKey),
                new FireworksErrors(),
                "PATCH",
                PATH,
                "fireworks",
                key("acme", "exact-match"));
    }

    /** The store key of an evaluator, for {@link #store()}. */
    public static List<String> key(String accountId, String evaluatorId) {
        return Arrays.asList(accountId, evaluatorId);
    }

    @Override
    protected SandboxResponse update(Map<String, String> variables, RecordedRequest request, final ObjectNode body) {
        String prepare = QueryString.first(request.query(), "prepareCodeUpload");
        final boolean prepareCodeUpload;
        if (prepare == null || prepare.equalsIgnoreCase("false")) {
            prepareCodeUpload = false;
        } else if (prepare.equalsIgnoreCase("true")) {
            prepareCodeUpload = true;
        } else {
            return errors().badParameter(
                            "prepareCodeUpload", "invalid value \"" + prepare + "\", expected true or false");
        }
        ObjectNode updated = store().update(
                        key(variables.get("account_id"), variables.get("evaluator_id")), current -> {
                            boolean rebuild = prepareCodeUpload
                                    || changes(current, body, "requirements")
                                    || changes(current, body, "entryPoint");
                            applyPresentFields(current, body);
                            if (rebuild) {
                                current.put("state", "BUILDING");
                            }
                            current.put("updateTime", Timestamps.isoNow());
                            return current;
                        });
        if (updated == null) {
            return errors().notFound("evaluator not found");
        }
        return SandboxResponse.json(200, updated);
    }

    private static boolean changes(ObjectNode current, ObjectNode body, String field) {
        JsonNode sent = body.get(field);
        return sent != null && !sent.equals(current.get(field));
    }
}
