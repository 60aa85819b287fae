package dev.evalwire.examples;

import dev.evalwire.core.ApiException;
import dev.evalwire.core.PermissionDeniedException;
import dev.evalwire.core.WaitOptions;
import dev.evalwire.fireworks.CodeSnippets;
import dev.evalwire.fireworks.Criterion;
import dev.evalwire.fireworks.CriterionType;
import dev.evalwire.fireworks.Evaluator;
import dev.evalwire.fireworks.EvaluatorBuild;
import dev.evalwire.fireworks.FireworksClient;
import dev.evalwire.fireworks.UpdateEvaluatorParams;
import dev.evalwire.testing.FireworksSandbox;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Fireworks: change an evaluator's code (a code-snippet criterion and its requirements) and ask for a new
 * build, wait for the build, then read, change and read back its description, and handle the errors a caller
 * should expect. Against the real API it updates the evaluator named
 * by {@code FIREWORKS_EVALUATOR_ID} in the account {@code FIREWORKS_ACCOUNT_ID}.
 */
final class FireworksExample {

    private FireworksExample() {}

    /** The sandbox's seeded account; against the real API the account comes from FIREWORKS_ACCOUNT_ID. */
    private static FireworksClient.Builder sandboxAccount(ExampleTarget target, FireworksClient.Builder builder) {
        return target.isSandbox() ? builder.accountId("acme") : builder;
    }

    static void run(PrintStream out) {
        try (ExampleTarget target = ExampleTarget.choose(
                        "Fireworks", new String[] {"FIREWORKS_API_KEY"}, FireworksSandbox::start, out);
                FireworksClient client = sandboxAccount(target, target.configure(FireworksClient.builder()))
                        .build()) {
            String evaluatorId = target.resourceId("FIREWORKS_EVALUATOR_ID", "exact-match");
            if (evaluatorId == null || client.accountId() == null) {
                out.println(
                        "   set FIREWORKS_ACCOUNT_ID and FIREWORKS_EVALUATOR_ID to the evaluator to update; skipping");
                return;
            }

            CodeSnippets code = CodeSnippets.builder()
                    .language("python")
                    .putFile("main.py", "def evaluate(output, reference):\n    return float(output == reference)\n")
                    .entryFile("main.py")
                    .entryFunc("evaluate")
                    .build();
            Evaluator updated = client.updateEvaluator(
                    evaluatorId,
                    UpdateEvaluatorParams.builder()
                            .prepareCodeUpload(true)
                            .displayName("Exact match v2")
                            .criteria(Criterion.builder()
                                    .type(CriterionType.CODE_SNIPPETS)
                                    .name("exact")
                                    .codeSnippets(code)
                                    .build())
                            .requirements("numpy==2.1.0\n")
                            .entryPoint("main.py::evaluate")
                            .build());
            out.println("   updated " + updated.name() + ": state " + updated.state());

            EvaluatorBuild build = client.awaitBuild(
                    evaluatorId,
                    WaitOptions.defaults()
                            .withInterval(target.isSandbox() ? Duration.ofMillis(50) : Duration.ofSeconds(5))
                            .withTimeout(target.isSandbox() ? Duration.ofSeconds(10) : Duration.ofMinutes(20)));
            out.println("   build " + (build.succeeded() ? "succeeded" : "failed: " + build.message()));

            client.modifyEvaluator(
                    evaluatorId,
                    current -> UpdateEvaluatorParams.builder()
                            .description("Scores 1 when the output equals the reference (was: " + current.description()
                                    + ")")
                            .build());
            out.println("   read back: " + client.getEvaluator(evaluatorId).description());

            try {
                client.updateEvaluator(
                        "no-such-evaluator",
                        UpdateEvaluatorParams.builder().description("x").build());
            } catch (PermissionDeniedException e) {
                out.println("   not allowed: " + e.serverMessage());
            } catch (ApiException e) {
                out.println("   expected: " + e.getMessage());
            }

            try {
                UpdateEvaluatorParams.builder().entryPoint("main.py");
            } catch (IllegalArgumentException e) {
                out.println("   rejected before sending: " + e.getMessage());
            }
        }
    }
}
