package dev.evalwire.testing;

import dev.evalwire.testing.internal.SandboxServer;
import dev.evalwire.testing.internal.ScaleApi;

/**
 * A fake of Scale EGP v5's {@code PATCH /v5/evaluations/{evaluation_id}/tasks/{alias}}.
 *
 * <p>Auth: {@code x-api-key: <apiKey>}, else 401 {@code {"detail":"..."}}; {@code
 * x-selected-account-id} is optional and only recorded. The body is checked against {@code
 * UpdateTestCriteriaConfigurationRequest} of {@code specs/scale.yaml} ({@code configuration} is a
 * required object); violations and non-JSON bodies get 422 {@code
 * {"detail":[{"loc":["body","configuration"],"msg":"...","type":"..."}]}}. An unknown evaluation
 * or alias gets 404 {@code {"detail":"..."}}, an archived evaluation 409, another method 405. A
 * valid update replaces that task's configuration wholly and answers the whole evaluation with its
 * tasks. Starts with evaluation {@code eval_demo} whose tasks have the aliases {@code
 * chat_completion} (task type chat_completion) and {@code judge} (task type
 * auto_evaluation.guided_decoding).
 *
 * <pre>{@code
 * try (ScaleSandbox sandbox = ScaleSandbox.start();
 *      ScaleClient client = ScaleClient.builder()
 *          .baseUrl(sandbox.baseUrl()).apiKey(sandbox.apiKey()).build()) {
 *   Evaluation evaluation = client.updateTaskConfiguration("eval_demo", "chat_completion",
 *       ChatCompletionConfiguration.builder().model("openai/gpt-4o-mini").messagesFromItem("item.messages")
 *           .build());
 *   assertEquals(2, evaluation.tasks().size());
 * }
 * }</pre>
 */
public final class ScaleSandbox extends Sandbox {

    private final ScaleApi api;

    private ScaleSandbox(ScaleApi api, String apiKey) {
        super(SandboxServer.start(api, "scale"), apiKey);
        this.api = api;
    }

    /**
     * Starts a sandbox accepting the key {@code sandbox-key}.
     *
     * @return the started sandbox
     * @throws java.io.UncheckedIOException when no local port can be bound
     */
    public static ScaleSandbox start() {
        return start(DEFAULT_API_KEY);
    }

    /**
     * Starts a sandbox accepting {@code apiKey}.
     *
     * @param apiKey the API key the sandbox accepts
     * @return the started sandbox
     * @throws NullPointerException if {@code apiKey} is {@code null}
     * @throws IllegalArgumentException if {@code apiKey} is blank or not a valid header value
     * @throws java.io.UncheckedIOException when no local port can be bound
     */
    public static ScaleSandbox start(String apiKey) {
        return new ScaleSandbox(new ScaleApi(apiKey), apiKey);
    }

    /**
     * Stores (or replaces) an evaluation, in the shape of the vendor's Evaluation with its {@code
     * tasks}, under {@code id}.
     *
     * @param id the resource id
     * @param json the resource as a JSON object, in the shape of the vendor's response
     * @throws NullPointerException if {@code id} or {@code json} is {@code null}
     * @throws IllegalArgumentException if {@code json} is not a JSON object
     */
    public void putEvaluation(String id, String json) {
        api.store().putJson(id, json);
    }

    /**
     * The stored evaluation {@code id} as compact JSON, or {@code null} when there is none.
     *
     * @param id the resource id
     * @return the stored evaluation {@code id} as compact JSON, or {@code null} when there is none
     */
    public String evaluation(String id) {
        return api.store().getJson(id);
    }
}
