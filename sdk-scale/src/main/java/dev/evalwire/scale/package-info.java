/**
 * The client for the Scale GenAI Platform's evaluation read, {@code GET /v5/evaluations/{evaluation_id}}
 * ({@link dev.evalwire.scale.GetEvaluationParams}), and task configuration update call,
 * {@code PATCH /v5/evaluations/{evaluation_id}/tasks/{alias}}: {@link dev.evalwire.scale.ScaleClient} (with
 * read-modify-write of one task, {@link dev.evalwire.scale.CurrentTask}), one
 * {@link dev.evalwire.scale.TaskConfiguration} per task type (for example
 * {@link dev.evalwire.scale.ChatCompletionConfiguration}, or {@link dev.evalwire.scale.RawTaskConfiguration} for
 * any), and the response {@link dev.evalwire.scale.Evaluation} with its tasks, one class per
 * {@code task_type} under {@link dev.evalwire.scale.EvaluationTask}.
 *
 * <pre>{@code
 * try (ScaleClient client = ScaleClient.fromEnv()) {                           // SGP_API_KEY, SGP_ACCOUNT_ID
 *     Evaluation evaluation = client.updateTaskConfiguration("eval_123", "chat_completion",
 *         ChatCompletionConfiguration.builder()
 *             .model("openai/gpt-4o-mini")
 *             .messagesFromItem("item.messages")
 *             .build());
 * }
 * }</pre>
 */
package dev.evalwire.scale;
