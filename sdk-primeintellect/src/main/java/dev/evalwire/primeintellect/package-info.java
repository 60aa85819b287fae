/**
 * The client for Prime Intellect's evaluation calls, {@code GET} and {@code PUT
 * /api/v1/evaluations/{evaluation_id}}: {@link dev.evalwire.primeintellect.PrimeIntellectClient} (with
 * read-modify-write and a wait for a final status), the body
 * {@link dev.evalwire.primeintellect.UpdateEvaluationParams} with its hosted eval config
 * {@link dev.evalwire.primeintellect.HostedEvalConfig}, and the responses
 * {@link dev.evalwire.primeintellect.GetEvaluationResponse} and
 * {@link dev.evalwire.primeintellect.UpdateEvaluationResponse}.
 *
 * <pre>{@code
 * try (PrimeIntellectClient client = PrimeIntellectClient.fromEnv()) {      // PRIME_API_KEY
 *     UpdateEvaluationResponse renamed = client.updateEvaluation("eval_123", UpdateEvaluationParams.builder()
 *         .name("gsm8k-baseline")
 *         .clearDescription()                                                // sent as "description": null
 *         .build());
 * }
 * }</pre>
 */
package dev.evalwire.primeintellect;
