package dev.evalwire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.testing.RecordedRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Fake Fireworks: {@code GET} and {@code PATCH /v1/accounts/{account_id}/evaluators/{evaluator_id}}.
 * A read answers the stored evaluator ({@code readMask} is ignored). An update, with optional
 * {@code prepareCodeUpload=true|false}, replaces the fields present; {@code
 * prepareCodeUpload=true}, or a changed {@code requirements} or {@code entryPoint}, starts a build:
 * {@code state} becomes {@code BUILDING} and {@code status} {@code {"code":"OK","message":""}},
 * and the {@link BuildPlan} decides after how many reads it ends and how. {@code updateTime}
 * becomes now; the answer is the full evaluator.
 */
public final class FireworksApi extends ResourceApi<List<String>> {

    static final String PATH = "/v1/accounts/{account_id}/evaluators/{evaluator_id}";

    private final BuildPlan builds = new BuildPlan();

    /** A fresh API holding the seed evaluator {@code accounts/acme/evaluators/exact-match}. */
    public FireworksApi(String apiKey) {
        super(
                Authenticator.bearer(apiKey),
                new FireworksErrors(),
                "fireworks",
                key("acme", "exact-match"),
                PATH,
                "PATCH",
                PATH);
    }

    /** The store key of an evaluator, for {@link #store()}. */
    public static List<String> key(String accountId, String evaluatorId) {
        return Arrays.asList(accountId, evaluatorId);
    }

    /** How builds started by updates come out. */
    public BuildPlan builds() {
        return builds;
    }

    /**
     * Makes the next build started end in {@code BUILD_FAILED} with {@code status {code, message}}.
     *
     * @throws IllegalArgumentException when {@code code} is not a value of the spec's {@code
     *     StatusCode} other than {@code OK}
     */
    public void failNextBuild(String code, String message) {
        List<String> failures = new ArrayList<>(spec().enumValues("StatusCode"));
        failures.remove("OK");
        if (!failures.contains(code)) {
            throw new IllegalArgumentException(
                    "code must be a StatusCode other than OK (" + String.join(", ", failures) + "), got " + code);
        }
        builds.failNext(code, message);
    }

    @Override
    protected List<String> key(Map<String, String> variables) {
        return key(variables.get("account_id"), variables.get("evaluator_id"));
    }

    @Override
    protected String notFoundMessage(Map<String, String> variables) {
        return "evaluator not found";
    }

    @Override
    protected SandboxResponse update(Map<String, String> variables, RecordedRequest request, final ObjectNode body) {
        final boolean prepareCodeUpload = QueryString.flag(request.query(), "prepareCodeUpload", false);
        final List<String> key = key(variables);
        ObjectNode updated = store().update(key, current -> {
            boolean rebuild =
                    prepareCodeUpload || changes(current, body, "requirements") || changes(current, body, "entryPoint");
            applyPresentFields(current, body);
            if (rebuild) {
                current.put("state", "BUILDING");
                current.set("status", BuildPlan.status("OK", ""));
                readScripts().replace(key, builds.start());
            }
            current.put("updateTime", Timestamps.isoNow());
            return current;
        });
        return updated == null ? notFound(variables) : SandboxResponse.json(200, updated);
    }

    private static boolean changes(ObjectNode current, ObjectNode body, String field) {
        JsonNode sent = body.get(field);
        return sent != null && !sent.equals(current.get(field));
    }
}
