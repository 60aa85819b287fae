package dev.evalwire.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.ApiException;
import dev.evalwire.core.BadRequestException;
import dev.evalwire.core.RateLimitException;
import dev.evalwire.keywordsai.ConfigurationsMerge;
import dev.evalwire.keywordsai.ConfigurationsPatch;
import dev.evalwire.keywordsai.Evaluator;
import dev.evalwire.keywordsai.FilterOperator;
import dev.evalwire.keywordsai.KeywordsAiClient;
import dev.evalwire.keywordsai.LlmConfig;
import dev.evalwire.keywordsai.PassingCondition;
import dev.evalwire.keywordsai.PassingConditions;
import dev.evalwire.keywordsai.UpdateEvaluatorParams;
import dev.evalwire.testing.KeywordsAiSandbox;
import java.io.PrintStream;
import java.util.Collections;

/**
 * Keywords AI / Respan: read an evaluator, patch its legacy configurations (merge rules) and its passing
 * conditions, predicting the merged configuration before sending (locally and with {@code previewUpdate}), then
 * read-modify-write its tags and read them back, and handle the errors a caller should expect. Against
 * the real API it updates the evaluator named by {@code RESPAN_EVALUATOR_ID}.
 */
final class KeywordsAiExample {

    private KeywordsAiExample() {}

    static void run(PrintStream out) {
        try (ExampleTarget target = ExampleTarget.choose(
                        "Keywords AI / Respan",
                        new String[] {"RESPAN_API_KEY", "KEYWORDSAI_API_KEY"},
                        KeywordsAiSandbox::start,
                        out);
                KeywordsAiClient client =
                        target.configure(KeywordsAiClient.builder()).build()) {
            String evaluatorId = target.resourceId("RESPAN_EVALUATOR_ID", "evl_demo");
            if (evaluatorId == null) {
                out.println("   set RESPAN_EVALUATOR_ID to the evaluator to update; skipping");
                return;
            }

            Evaluator current = client.getEvaluator(evaluatorId);
            out.println("   read " + current.name() + ", configurations " + current.configurations());

            ConfigurationsPatch patch = ConfigurationsPatch.builder()
                    .put("scoring_rubric", "1=Poor, 5=Excellent")
                    .put("passing_score", 4.0)
                    .put("model_options", Collections.singletonMap("temperature", 0))
                    .remove("llm_engine")
                    .build();
            ObjectNode expected = ConfigurationsMerge.apply(current.configurations(), patch);
            UpdateEvaluatorParams change = UpdateEvaluatorParams.builder()
                    .configurations(patch)
                    .passingConditions(PassingConditions.builder()
                            .primaryScore(PassingCondition.of(FilterOperator.GTE, 4))
                            .build())
                    .build();
            Evaluator preview = client.previewUpdate(evaluatorId, change);

            Evaluator updated = client.updateEvaluator(evaluatorId, change);
            out.println("   configurations now " + updated.configurations());
            out.println("   matches the predicted merge: " + expected.equals(updated.configurations())
                    + "; matches the preview: " + preview.configurations().equals(updated.configurations()));

            client.modifyEvaluator(
                    evaluatorId,
                    evaluator -> UpdateEvaluatorParams.builder()
                            .starred(true)
                            .tags("quality", "production")
                            .build());
            out.println(
                    "   read back: starred " + client.getEvaluator(evaluatorId).starred());

            try {
                client.updateEvaluator(
                        "no-such-evaluator",
                        UpdateEvaluatorParams.builder().name("x").build());
            } catch (RateLimitException e) {
                out.println("   rate limited, retry after " + e.retryAfter());
            } catch (BadRequestException e) {
                out.println("   rejected: " + e.fieldErrors());
            } catch (ApiException e) {
                out.println("   expected: " + e.getMessage());
            }

            try {
                LlmConfig.builder().maxTokens(0);
            } catch (IllegalArgumentException e) {
                out.println("   rejected before sending: " + e.getMessage());
            }
        }
    }
}
