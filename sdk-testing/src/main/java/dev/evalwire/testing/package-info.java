/**
 * In-process fakes ("sandboxes") of the four vendor APIs, for your tests: {@link
 * dev.evalwire.testing.PrimeIntellectSandbox}, {@link dev.evalwire.testing.FireworksSandbox}, {@link
 * dev.evalwire.testing.ScaleSandbox} and {@link dev.evalwire.testing.KeywordsAiSandbox}. Each listens on a random
 * loopback port, checks auth and request bodies the vendor's way, keeps state between calls, records the
 * requests and injects {@link dev.evalwire.testing.Fault}s on request. What they share is on {@link
 * dev.evalwire.testing.Sandbox}, with an example.
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
