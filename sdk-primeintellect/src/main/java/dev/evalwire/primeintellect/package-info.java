/**
 * The client for Prime Intellect's evaluation update call, {@code PUT /api/v1/evaluations/{evaluation_id}}:
 * {@link dev.evalwire.primeintellect.PrimeIntellectClient}, the body
 * {@link dev.evalwire.primeintellect.UpdateEvaluationParams} with its hosted eval config
 * {@link dev.evalwire.primeintellect.HostedEvalConfig}, and the response
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
