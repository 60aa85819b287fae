package dev.evalwire.testing;

import dev.evalwire.testing.internal.PrimeIntellectApi;
import dev.evalwire.testing.internal.SandboxServer;

/**
 * A fake of Prime Intellect's {@code PUT /api/v1/evaluations/{evaluation_id}}.
 *
 * <p>Auth: {@code Authorization: Bearer <apiKey>}, else 401 with an empty body. The body is
 * checked against {@code UpdateEvaluationRequest} of {@code specs/primeintellect.yaml}; violations
 * get 422 {@code {"errors":[{"param":"eval_config.rollouts_per_example","details":"..."}]}}, as
 * does a body that is not JSON. An unknown id gets 404 {@code {"detail":"Evaluation not found"}},
 * another method on the path 405, another path 404. A valid update replaces each field present
 * (null stores null), sets {@code updated_at} to now and answers {@code {evaluation_id, name,
 * status, updated_at}}. Starts with the evaluation {@code eval_demo}.
 *
 * <pre>{@code
 * try (PrimeIntellectSandbox sandbox = PrimeIntellectSandbox.start();
 *      PrimeIntellectClient client = PrimeIntellectClient.builder()
 *          .baseUrl(sandbox.baseUrl()).apiKey(sandbox.apiKey()).build()) {
 *   client.updateEvaluation("eval_demo", UpdateEvaluationParams.builder().clearDescription().build());
 *   assertTrue(sandbox.evaluation("eval_demo").contains("\"description\":null"));
 * }
 * }</pre>
 */
public final class PrimeIntellectSandbox extends Sandbox {

    private final PrimeIntellectApi api;

    private PrimeIntellectSandbox(PrimeIntellectApi api, String apiKey) {
        super(SandboxServer.start(api, "primeintellect"), apiKey);
        this.api = api;
    }

    /**
     * Starts a sandbox accepting the key {@code sandbox-key}.
     *
     * @return the started sandbox
     * @throws java.io.UncheckedIOException when no local port can be bound
     */
    public static PrimeIntellectSandbox start() {
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
    public static PrimeIntellectSandbox start(String apiKey) {
        return new PrimeIntellectSandbox(new PrimeIntellectApi(apiKey), apiKey);
    }

    /**
     * Stores (or replaces) an evaluation, in the shape of the vendor's GET response, under {@code
     * id}.
     *
     * @param id the resource id
     * @param json the resource as a JSON object, in the shape of the vendor's response
     * @throws NullPointerException if {@code id} or {@code json} is {@code null}
     * @throws IllegalArgumentException if {@code json} is not a JSON object
     */
    public void putEvaluation(String id, String json) {
        api.store().putJson(id, json);
    }

    /**
     * The stored evaluation {@code id} as compact JSON, or {@code null} when there is none.
     *
     * @param id the resource id
     * @return the stored evaluation {@code id} as compact JSON, or {@code null} when there is none
     */
    public String evaluation(String id) {
        return api.store().getJson(id);
    }
}
