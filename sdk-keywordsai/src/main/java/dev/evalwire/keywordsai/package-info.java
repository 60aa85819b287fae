/**
 * The client for the Keywords AI / Respan evaluator calls, {@code GET} and
 * {@code PATCH /api/evaluators/{evaluator_id}/}: {@link dev.evalwire.keywordsai.KeywordsAiClient} (with
 * read-modify-write and a preview of an update's result), the body {@link dev.evalwire.keywordsai.UpdateEvaluatorParams},
 * the merge patch of an evaluator's configurations {@link dev.evalwire.keywordsai.ConfigurationsPatch} (and
 * {@link dev.evalwire.keywordsai.ConfigurationsMerge} to predict its result), and the response
 * {@link dev.evalwire.keywordsai.Evaluator}. Every type here but the client, the host and the configurations merge
 * is generated from {@code specs/keywordsai.yaml}: request bodies with builders, and separate {@code *Info} response
 * types read lazily.
 *
 * <pre>{@code
 * try (KeywordsAiClient client = KeywordsAiClient.fromEnv()) {     // RESPAN_API_KEY (or KEYWORDSAI_API_KEY)
 *     Evaluator updated = client.updateEvaluator("evl_550e8400", UpdateEvaluatorParams.builder()
 *         .configurations(ConfigurationsPatch.builder().put("scoring_rubric", "1=Poor, 5=Excellent").build())
 *         .passingConditions(PassingConditions.builder()
 *             .primaryScore(PassingCondition.of(FilterOperator.GTE, 4))
 *             .build())
 *         .build());
 * }
 * }</pre>
 */
package dev.evalwire.keywordsai;
