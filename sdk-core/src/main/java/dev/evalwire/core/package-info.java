/**
 * What the four vendor clients share: their builder settings ({@link dev.evalwire.core.ClientBuilder}), per-call
 * options ({@link dev.evalwire.core.RequestOptions}), retries ({@link dev.evalwire.core.RetryPolicy}), timeouts
 * ({@link dev.evalwire.core.Timeouts}), logging ({@link dev.evalwire.core.LogLevel}), raw responses
 * ({@link dev.evalwire.core.ApiResponse}) and the exceptions every call may throw, all under
 * {@link dev.evalwire.core.EvalwireException}.
 *
 * <p>You rarely import from here except for exceptions and options; the clients live in
 * {@code dev.evalwire.primeintellect}, {@code dev.evalwire.fireworks}, {@code dev.evalwire.scale} and
 * {@code dev.evalwire.keywordsai}.
 *
 * <pre>{@code
 * try (PrimeIntellectClient client = PrimeIntellectClient.builder()
 *         .fromEnv()                                            // PRIME_API_KEY, EVALWIRE_LOG, ...
 *         .timeouts(Timeouts.builder().call(Duration.ofSeconds(30)).build())
 *         .build()) {
 *     client.updateEvaluation("eval_123", params, RequestOptions.builder().maxRetries(0).build());
 * } catch (AuthenticationException e) {                         // 401: the message names the key's variable
 *     System.err.println(e.getMessage());
 * }
 * }</pre>
 */
package dev.evalwire.core;
