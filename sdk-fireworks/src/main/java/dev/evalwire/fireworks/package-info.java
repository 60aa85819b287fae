/**
 * The client for Fireworks' evaluator calls, {@code GET} and
 * {@code PATCH /v1/accounts/{account_id}/evaluators/{evaluator_id}}:
 * {@link dev.evalwire.fireworks.FireworksClient} (with read-modify-write and a wait for the build,
 * {@link dev.evalwire.fireworks.EvaluatorBuild}), the body {@link dev.evalwire.fireworks.UpdateEvaluatorParams}
 * (criteria, code snippets, requirements, entry point, and the {@code prepareCodeUpload} query flag) and the
 * response {@link dev.evalwire.fireworks.Evaluator}.
 *
 * <pre>{@code
 * try (FireworksClient client = FireworksClient.fromEnv()) {      // FIREWORKS_API_KEY, FIREWORKS_ACCOUNT_ID
 *     Evaluator updated = client.updateEvaluator("exact-match", UpdateEvaluatorParams.builder()
 *         .displayName("Exact match v2")
 *         .build());
 *     System.out.println(updated.state());
 * }
 * }</pre>
 */
package dev.evalwire.fireworks;
