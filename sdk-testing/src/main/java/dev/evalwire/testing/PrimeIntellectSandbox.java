package dev.evalwire.testing;

import dev.evalwire.testing.internal.PrimeIntellectApi;
import dev.evalwire.testing.internal.SandboxServer;
import java.util.Arrays;

/**
 * A fake of Prime Intellect's {@code GET} and {@code PUT /api/v1/evaluations/{evaluation_id}}.
 *
 * <p>Auth, on both: {@code Authorization: Bearer <apiKey>}, else 401 with an empty body. An
 * unknown id gets 404 {@code {"detail":"Evaluation not found"}} from both (the vendor documents no
 * 404 for either; its command-line tool handles one on the read), another method on the path 405
 * with {@code Allow: GET, PUT}, another path 404 {@code {"detail":"Not Found"}}.
 *
 * <p>{@code GET} takes no query parameters and ignores any body; it answers 200 with the full
 * stored record ({@code GetEvaluationResponse} of {@code specs/primeintellect.yaml}), so it shows
 * every earlier update.
 *
 * <p>{@code PUT}: the body is checked against {@code UpdateEvaluationRequest}; violations get 422
 * {@code {"errors":[{"param":"eval_config.rollouts_per_example","details":"..."}]}}, as does a body
 * that is not JSON. A valid update replaces each field present (null stores null), sets {@code
 * updated_at} to now and answers {@code {evaluation_id, name, status, updated_at}}.
 *
 * <p>The update call cannot write {@code status}; a test moves it with {@link #setStatus} or
 * scripts what successive reads see with {@link #statusSequence}, for testing a client that waits
 * for a final status without any real waiting. Starts with the evaluation {@code eval_demo}, a
 * full record with status {@code COMPLETED}.
 *
 * <pre>{@code
 * try (PrimeIntellectSandbox sandbox = PrimeIntellectSandbox.start();
 *      PrimeIntellectClient client = PrimeIntellectClient.builder()
 *          .baseUrl(sandbox.baseUrl()).apiKey(sandbox.apiKey()).build()) {
 *   client.updateEvaluation("eval_demo", UpdateEvaluationParams.builder().clearDescription().build());
 *   assertTrue(sandbox.evaluation("eval_demo").contains("\"description\":null"));
 *   sandbox.statusSequence("eval_demo", "RUNNING", "RUNNING", "COMPLETED");   // three reads to the end
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
     * id}, and cancels its {@link #statusSequence}, if any. A read answers it as given.
     *
     * @param id the resource id
     * @param json the resource as a JSON object, in the shape of the vendor's response
     * @throws NullPointerException if {@code id} or {@code json} is {@code null}
     * @throws IllegalArgumentException if {@code json} is not a JSON object
     */
    public void putEvaluation(String id, String json) {
        api.put(id, json);
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

    /**
     * Sets the stored status of an evaluation, now, and cancels its {@link #statusSequence}, if
     * any. Nothing else changes ({@code updated_at} included). Any non-blank value is accepted,
     * not only the documented {@code PENDING}, {@code RUNNING}, {@code PROCESSING}, {@code
     * COMPLETED}, {@code FAILED}, {@code TIMEOUT} and {@code CANCELLED}, so that a client's
     * handling of values it does not know can be tested too.
     *
     * @param evaluationId the evaluation's id
     * @param status the new status
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code status} is blank, or there is no evaluation
     *     {@code evaluationId}
     */
    public void setStatus(String evaluationId, String status) {
        requireNonNull(evaluationId, "evaluationId");
        requireNonBlank(status, "status");
        if (!api.setStatus(evaluationId, status)) {
            throw noSuchEvaluation(evaluationId);
        }
    }

    /**
     * Scripts the status that the next reads ({@code GET}) of an evaluation see: the first read
     * after this call answers {@code statuses[0]}, the next {@code statuses[1]}, and so on; once
     * they are used up, every later read answers the last one. Each read stores the status it
     * answers, so {@link #evaluation} and the update's answer show the latest one read; nothing
     * else changes ({@code updated_at} included). Until the first read the stored status stays as
     * it is. A read that meets a {@link Fault} does not take a step. Replaces an earlier sequence
     * of the evaluation; {@link #setStatus} and {@link #putEvaluation} cancel it. Any non-blank
     * value is accepted, as for {@link #setStatus}.
     *
     * <pre>{@code
     * sandbox.statusSequence("eval_demo", "RUNNING", "RUNNING", "COMPLETED");
     * // GET, GET -> "RUNNING"; the third and every later GET -> "COMPLETED"
     * }</pre>
     *
     * @param evaluationId the evaluation's id
     * @param statuses the statuses the next reads see, in order; at least one
     * @throws NullPointerException if {@code evaluationId}, {@code statuses} or one of them is
     *     {@code null}
     * @throws IllegalArgumentException if {@code statuses} is empty, one of them is blank, or there
     *     is no evaluation {@code evaluationId}
     */
    public void statusSequence(String evaluationId, String... statuses) {
        requireNonNull(evaluationId, "evaluationId");
        requireNonNull(statuses, "statuses");
        if (statuses.length == 0) {
            throw new IllegalArgumentException("statuses must not be empty");
        }
        for (int i = 0; i < statuses.length; i++) {
            requireNonBlank(statuses[i], "statuses[" + i + "]");
        }
        if (!api.scheduleStatuses(evaluationId, Arrays.asList(statuses.clone()))) {
            throw noSuchEvaluation(evaluationId);
        }
    }

    private static IllegalArgumentException noSuchEvaluation(String evaluationId) {
        return new IllegalArgumentException("no evaluation " + evaluationId + " is stored");
    }
}
