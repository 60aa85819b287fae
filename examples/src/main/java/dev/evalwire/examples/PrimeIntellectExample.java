package dev.evalwire.examples;

import dev.evalwire.core.ApiException;
import dev.evalwire.core.NotFoundException;
import dev.evalwire.core.RateLimitException;
import dev.evalwire.core.WaitOptions;
import dev.evalwire.primeintellect.GetEvaluationResponse;
import dev.evalwire.primeintellect.HostedEvalConfig;
import dev.evalwire.primeintellect.PrimeIntellectClient;
import dev.evalwire.primeintellect.UpdateEvaluationParams;
import dev.evalwire.primeintellect.UpdateEvaluationResponse;
import dev.evalwire.testing.PrimeIntellectSandbox;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Prime Intellect: read an evaluation, rename and retag it, change its hosted eval config, add a tag by
 * read-modify-write and read it back, wait for a final status, and handle the errors a caller should expect. Against the real API it updates the evaluation named by {@code PRIME_EVALUATION_ID}.
 */
final class PrimeIntellectExample {

    private PrimeIntellectExample() {}

    static void run(PrintStream out) {
        try (ExampleTarget target = ExampleTarget.choose(
                        "Prime Intellect", new String[] {"PRIME_API_KEY"}, PrimeIntellectSandbox::start, out);
                PrimeIntellectClient client =
                        target.configure(PrimeIntellectClient.builder()).build()) {
            String evaluationId = target.resourceId("PRIME_EVALUATION_ID", "eval_demo");
            if (evaluationId == null) {
                out.println("   set PRIME_EVALUATION_ID to the evaluation to update; skipping");
                return;
            }

            GetEvaluationResponse before = client.getEvaluation(evaluationId);
            out.println("   read " + before.name() + ": " + before.status() + ", tags " + before.tags());

            UpdateEvaluationResponse renamed = client.updateEvaluation(
                    evaluationId,
                    UpdateEvaluationParams.builder()
                            .name("gsm8k-baseline")
                            .tags("math", "baseline")
                            .clearDescription()
                            .build());
            out.println("   renamed: " + renamed.name() + " is " + renamed.status());

            HostedEvalConfig config = HostedEvalConfig.builder()
                    .numExamples(HostedEvalConfig.ALL_EXAMPLES)
                    .rolloutsPerExample(4)
                    .timeoutMinutes(240)
                    .customSecrets(Collections.singletonMap("OPENAI_API_KEY", "sk-example-not-a-real-key"))
                    .build();
            UpdateEvaluationResponse reconfigured = client.updateEvaluation(
                    evaluationId,
                    UpdateEvaluationParams.builder().evalConfig(config).build());
            out.println("   hosted config changed at " + reconfigured.updatedAt() + "; sent " + config);

            client.modifyEvaluation(evaluationId, evaluation -> {
                List<String> tags = new ArrayList<>(evaluation.tags());
                tags.add("reviewed");
                return UpdateEvaluationParams.builder().tags(tags).build();
            });
            GetEvaluationResponse after = client.getEvaluation(evaluationId);
            out.println("   read back: " + after.name() + ", tags " + after.tags());

            GetEvaluationResponse done = client.awaitEvaluation(
                    evaluationId,
                    WaitOptions.defaults()
                            .withInterval(target.isSandbox() ? Duration.ofMillis(50) : Duration.ofSeconds(10))
                            .withTimeout(target.isSandbox() ? Duration.ofSeconds(10) : Duration.ofMinutes(30)));
            out.println("   final status: " + done.status());

            try {
                client.updateEvaluation(
                        "no-such-evaluation",
                        UpdateEvaluationParams.builder().name("x").build());
            } catch (NotFoundException e) {
                out.println("   expected: " + e.getMessage());
            } catch (RateLimitException e) {
                out.println("   rate limited, retry after " + e.retryAfter());
            } catch (ApiException e) {
                out.println("   the API refused: " + e.status() + " " + e.serverMessage());
            }

            try {
                HostedEvalConfig.builder().numExamples(10).rolloutsPerExample(4096);
            } catch (IllegalArgumentException e) {
                out.println("   rejected before sending: " + e.getMessage());
            }
        }
    }
}
