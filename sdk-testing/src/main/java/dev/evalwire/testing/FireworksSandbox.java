package dev.evalwire.testing;

import dev.evalwire.testing.internal.FireworksApi;
import dev.evalwire.testing.internal.SandboxServer;

/**
 * A fake of Fireworks' {@code PATCH /v1/accounts/{account_id}/evaluators/{evaluator_id}}.
 *
 * <p>Auth: {@code Authorization: Bearer <apiKey>}, else 401 {@code
 * {"code":16,"message":"...","details":[]}}. The body is checked against {@code
 * UpdateEvaluatorRequest} of {@code specs/fireworks.yaml} (read-only fields such as {@code state}
 * are refused); violations, a body that is not JSON, or a {@code prepareCodeUpload} other than
 * true/false get 400 {@code {"code":3,"message":"<field>: <problem>; ...","details":[]}}. An
 * unknown evaluator gets 404 {@code {"code":5,"message":"evaluator not found","details":[]}},
 * another method 405. A valid update replaces the fields present, sets {@code state} to {@code
 * BUILDING} when {@code prepareCodeUpload=true} or {@code requirements}/{@code entryPoint} change,
 * sets {@code updateTime} and answers the full evaluator. Starts with account {@code acme},
 * evaluator {@code exact-match}.
 *
 * <pre>{@code
 * try (FireworksSandbox sandbox = FireworksSandbox.start();
 *      FireworksClient client = FireworksClient.builder()
 *          .baseUrl(sandbox.baseUrl()).apiKey(sandbox.apiKey()).accountId("acme").build()) {
 *   Evaluator updated = client.updateEvaluator("exact-match",
 *       UpdateEvaluatorParams.builder().requirements("numpy==2.1.0\n").build());
 *   assertEquals(EvaluatorState.BUILDING, updated.state());   // a requirements change triggers a build
 * }
 * }</pre>
 */
public final class FireworksSandbox extends Sandbox {

    private final FireworksApi api;

    private FireworksSandbox(FireworksApi api, String apiKey) {
        super(SandboxServer.start(api, "fireworks"), apiKey);
        this.api = api;
    }

    /**
     * Starts a sandbox accepting the key {@code sandbox-key}.
     *
     * @return the started sandbox
     * @throws java.io.UncheckedIOException when no local port can be bound
     */
    public static FireworksSandbox start() {
        return start(DEFAULT_API_KEY);
    }

    /**
     * Starts a sandbox accepting {@code apiKey}.
     *
     * @param apiKey the API key the sandbox accepts
     * @return the started sandbox
     * @throws NullPointerException if {@code apiKey} is {@code null}
     * @throws IllegalArgumentException if {@code apiKey} is blank or not a valid header value
     * @throws java.io.UncheckedIOException when no local port can be bound
     */
    public static FireworksSandbox start(String apiKey) {
        return new FireworksSandbox(new FireworksApi(apiKey), apiKey);
    }

    /**
     * Stores (or replaces) an evaluator, in the shape of the vendor's response, under the account
     * and evaluator id.
     *
     * @param accountId the Fireworks account id
     * @param evaluatorId the evaluator id
     * @param json the resource as a JSON object, in the shape of the vendor's response
     * @throws NullPointerException if any argument is {@code null}
     * @throws IllegalArgumentException if {@code json} is not a JSON object
     */
    public void putEvaluator(String accountId, String evaluatorId, String json) {
        if (accountId == null || evaluatorId == null) {
            throw new NullPointerException("accountId and evaluatorId must not be null");
        }
        api.store().putJson(FireworksApi.key(accountId, evaluatorId), json);
    }

    /**
     * The stored evaluator as compact JSON, or {@code null} when there is none.
     *
     * @param accountId the Fireworks account id
     * @param evaluatorId the evaluator id
     * @return the stored evaluator as compact JSON, or {@code null} when there is none
     */
    public String evaluator(String accountId, String evaluatorId) {
        return api.store().getJson(FireworksApi.key(accountId, evaluatorId));
    }
}
