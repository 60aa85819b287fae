/**
 * In-process fakes ("sandboxes") of the four vendor APIs, for your tests: {@link
 * dev.evalwire.testing.PrimeIntellectSandbox}, {@link dev.evalwire.testing.FireworksSandbox}, {@link
 * dev.evalwire.testing.ScaleSandbox} and {@link dev.evalwire.testing.KeywordsAiSandbox}. Each listens on a random
 * loopback port, serves the vendor's read ({@code GET}) and update call on one stored state, checks auth and
 * request bodies the vendor's way, records the requests and injects {@link dev.evalwire.testing.Fault}s on
 * request. What they share is on {@link dev.evalwire.testing.Sandbox}, with an example.
 *
 * <table>
 *   <caption>The routes</caption>
 *   <tr><th>Sandbox</th><th>Read</th><th>Update</th></tr>
 *   <tr><td>{@link dev.evalwire.testing.PrimeIntellectSandbox}</td>
 *       <td>{@code GET /api/v1/evaluations/{evaluation_id}}</td>
 *       <td>{@code PUT /api/v1/evaluations/{evaluation_id}}</td></tr>
 *   <tr><td>{@link dev.evalwire.testing.FireworksSandbox}</td>
 *       <td>{@code GET /v1/accounts/{account_id}/evaluators/{evaluator_id}}</td>
 *       <td>{@code PATCH /v1/accounts/{account_id}/evaluators/{evaluator_id}}</td></tr>
 *   <tr><td>{@link dev.evalwire.testing.ScaleSandbox}</td>
 *       <td>{@code GET /v5/evaluations/{evaluation_id}}</td>
 *       <td>{@code PATCH /v5/evaluations/{evaluation_id}/tasks/{alias}}</td></tr>
 *   <tr><td>{@link dev.evalwire.testing.KeywordsAiSandbox}</td>
 *       <td>{@code GET /api/evaluators/{evaluator_id}/}</td>
 *       <td>{@code PATCH /api/evaluators/{evaluator_id}/}</td></tr>
 * </table>
 *
 * <p>Resources that move on while a client polls them are scripted, so that waiting can be tested without
 * waiting: {@link dev.evalwire.testing.PrimeIntellectSandbox#statusSequence} and {@link
 * dev.evalwire.testing.FireworksSandbox#buildPolls}/{@link dev.evalwire.testing.FireworksSandbox#failNextBuild(String)}.
 *
 * <pre>{@code
 * try (PrimeIntellectSandbox sandbox = PrimeIntellectSandbox.start();
 *      PrimeIntellectClient client = PrimeIntellectClient.builder()
 *          .baseUrl(sandbox.baseUrl()).apiKey(sandbox.apiKey()).build()) {
 *   client.updateEvaluation("eval_demo", UpdateEvaluationParams.builder().name("renamed").build());
 *   assertTrue(sandbox.evaluation("eval_demo").contains("\"name\":\"renamed\""));
 * }
 * }</pre>
 */
package dev.evalwire.testing;
