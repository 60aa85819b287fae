package dev.evalwire.examples;

import dev.evalwire.core.ApiException;
import dev.evalwire.core.ConflictException;
import dev.evalwire.core.NotFoundException;
import dev.evalwire.scale.ChatCompletionConfiguration;
import dev.evalwire.scale.Evaluation;
import dev.evalwire.scale.EvaluationTask;
import dev.evalwire.scale.EvaluationView;
import dev.evalwire.scale.GetEvaluationParams;
import dev.evalwire.scale.RawTaskConfiguration;
import dev.evalwire.scale.ScaleClient;
import dev.evalwire.testing.ScaleSandbox;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scale GenAI Platform: replace a chat-completion task's configuration with the typed builder, replace a
 * judge task's configuration with raw JSON, read the tasks back by kind, change one key of a configuration
 * (read, modify, write) and read it back, and handle the errors a caller should expect. Against the real API it updates {@code SGP_EVALUATION_ID}'s tasks {@code SGP_CHAT_TASK_ALIAS} and
 * {@code SGP_JUDGE_TASK_ALIAS}.
 */
final class ScaleExample {

    private ScaleExample() {}

    static void run(PrintStream out) {
        try (ExampleTarget target = ExampleTarget.choose(
                        "Scale GenAI Platform", new String[] {"SGP_API_KEY"}, ScaleSandbox::start, out);
                ScaleClient client = target.configure(ScaleClient.builder()).build()) {
            String evaluationId = target.resourceId("SGP_EVALUATION_ID", "eval_demo");
            String chatAlias = target.resourceId("SGP_CHAT_TASK_ALIAS", "chat_completion");
            String judgeAlias = target.resourceId("SGP_JUDGE_TASK_ALIAS", "judge");
            if (evaluationId == null || chatAlias == null) {
                out.println("   set SGP_EVALUATION_ID and SGP_CHAT_TASK_ALIAS to the task to update; skipping");
                return;
            }

            ChatCompletionConfiguration chat = ChatCompletionConfiguration.builder()
                    .model("openai/gpt-4o-mini")
                    .messagesFromItem("item.messages")
                    .temperature(0.2)
                    .maxTokens(512)
                    .stop(Arrays.asList("\n\n", "END"))
                    .build();
            Evaluation evaluation = client.updateTaskConfiguration(evaluationId, chatAlias, chat);
            out.println("   " + evaluation.name() + " is " + evaluation.status());

            if (judgeAlias != null) {
                Map<String, Object> judge = new LinkedHashMap<>();
                judge.put("model", "openai/gpt-4o-mini");
                judge.put("prompt", "Is the answer correct?");
                judge.put("choices", Arrays.asList("yes", "no"));
                evaluation = client.updateTaskConfiguration(evaluationId, judgeAlias, RawTaskConfiguration.of(judge));
            }
            for (EvaluationTask task : evaluation.tasks()) {
                out.println("   task " + task.alias() + ": " + task.accept(new ScaleTaskDescriber()));
            }

            // Read, change one key, write all of it back (the update replaces the whole configuration), read back.
            client.modifyTaskConfiguration(
                    evaluationId,
                    chatAlias,
                    current -> current.overlay(ChatCompletionConfiguration.builder()
                            .temperature(0.7)
                            .buildChanges()));
            Evaluation reread = client.getEvaluation(
                    evaluationId,
                    GetEvaluationParams.builder().views(EvaluationView.TASKS).build());
            for (EvaluationTask task : reread.tasks()) {
                if (task.alias().equals(chatAlias)) {
                    out.println("   read back " + chatAlias + ": " + task.configuration());
                }
            }

            try {
                client.updateTaskConfiguration(
                        evaluationId,
                        "no-such-task",
                        RawTaskConfiguration.of(Collections.singletonMap("model", "openai/gpt-4o-mini")));
            } catch (NotFoundException e) {
                out.println("   expected: " + e.getMessage());
            } catch (ConflictException e) {
                out.println("   the evaluation is archived or its annotation has started: " + e.serverMessage());
            } catch (ApiException e) {
                out.println("   the API refused: " + e.status() + " " + e.serverMessage());
            }

            try {
                ChatCompletionConfiguration.builder()
                        .model("openai/gpt-4o-mini")
                        .build();
            } catch (IllegalStateException e) {
                out.println("   rejected before sending: " + e.getMessage());
            }
        }
    }
}
