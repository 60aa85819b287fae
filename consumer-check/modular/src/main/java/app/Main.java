package app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.fireworks.FireworksClient;
import dev.evalwire.keywordsai.ConfigurationsPatch;
import dev.evalwire.keywordsai.KeywordsAiClient;
import dev.evalwire.primeintellect.HostedEvalConfig;
import dev.evalwire.primeintellect.PrimeIntellectClient;
import dev.evalwire.primeintellect.UpdateEvaluationParams;
import dev.evalwire.scale.ChatCompletionConfiguration;
import dev.evalwire.scale.Evaluation;
import dev.evalwire.scale.ScaleClient;
import dev.evalwire.testing.FireworksSandbox;
import dev.evalwire.testing.KeywordsAiSandbox;
import dev.evalwire.testing.PrimeIntellectSandbox;
import dev.evalwire.testing.ScaleSandbox;
import java.util.Collections;

/** One update per vendor against its sandbox, on the module path; any failure ends the JVM with an exception. */
public final class Main {

    private Main() {}

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        String runtime = "Java " + Runtime.version().feature() + ", module "
                + Main.class.getModule().getName() + ", Evalwire module "
                + PrimeIntellectClient.class.getModule().getDescriptor().toNameAndVersion();
        if (!PrimeIntellectClient.class.getModule().getDescriptor().requires().stream()
                .anyMatch(r -> r.name().equals("dev.evalwire.core"))) {
            throw new IllegalStateException("dev.evalwire.primeintellect is not a real module: " + runtime);
        }
        System.out.println("consumer-check/modular: " + runtime);

        try (PrimeIntellectSandbox sandbox = PrimeIntellectSandbox.start();
                PrimeIntellectClient client = PrimeIntellectClient.builder()
                        .baseUrl(sandbox.baseUrl())
                        .apiKey(sandbox.apiKey())
                        .build()) {
            HostedEvalConfig config = HostedEvalConfig.builder()
                    .numExamples(HostedEvalConfig.ALL_EXAMPLES)
                    .rolloutsPerExample(4)
                    .build();
            System.out.println("  prime intellect: "
                    + client.updateEvaluation(
                            "eval_demo",
                            UpdateEvaluationParams.builder()
                                    .name("modular")
                                    .evalConfig(config)
                                    .build()));
        }
        try (FireworksSandbox sandbox = FireworksSandbox.start();
                FireworksClient client = FireworksClient.builder()
                        .baseUrl(sandbox.baseUrl())
                        .apiKey(sandbox.apiKey())
                        .build()) {
            System.out.println("  fireworks: "
                    + client.withAccount("acme")
                            .updateEvaluator(
                                    "exact-match",
                                    dev.evalwire.fireworks.UpdateEvaluatorParams.builder()
                                            .description("modular")
                                            .build())
                            .state());
        }
        try (ScaleSandbox sandbox = ScaleSandbox.start();
                ScaleClient client = ScaleClient.builder()
                        .baseUrl(sandbox.baseUrl())
                        .apiKey(sandbox.apiKey())
                        .build()) {
            Evaluation evaluation = client.updateTaskConfiguration(
                    "eval_demo",
                    "chat_completion",
                    ChatCompletionConfiguration.builder()
                            .model("openai/gpt-4o-mini")
                            .messagesFromItem("item.messages")
                            .build());
            System.out.println(
                    "  scale: " + evaluation.name() + ", " + evaluation.tasks().size() + " tasks");
        }
        try (KeywordsAiSandbox sandbox = KeywordsAiSandbox.start();
                KeywordsAiClient client = KeywordsAiClient.builder()
                        .baseUrl(sandbox.baseUrl())
                        .apiKey(sandbox.apiKey())
                        .build()) {
            ConfigurationsPatch patch = ConfigurationsPatch.builder()
                    .put("model_options", Collections.singletonMap("temperature", 0))
                    .build();
            ObjectNode configurations = client.updateEvaluator(
                            "evl_demo",
                            dev.evalwire.keywordsai.UpdateEvaluatorParams.builder()
                                    .configurations(patch)
                                    .build())
                    .configurations();
            System.out.println("  keywords ai: configurations " + configurations);
        }
    }
}
