package dev.evalwire.testing;

import dev.evalwire.testing.internal.SandboxServer;
import dev.evalwire.testing.internal.ScaleApi;

/**
 * A fake of Scale EGP v5's {@code GET /v5/evaluations/{evaluation_id}} and {@code PATCH
 * /v5/evaluations/{evaluation_id}/tasks/{alias}}, on one stored state.
 *
 * <p>Auth, on both: {@code x-api-key: <apiKey>}, else 401 {@code {"detail":"..."}}; {@code
 * x-selected-account-id} is optional and only recorded. An unknown evaluation gets 404 {@code
 * {"detail":"Evaluation <id> not found"}} from both. Another method gets 405 {@code
 * {"detail":"Method Not Allowed"}}, with {@code Allow: GET} on the evaluation's path and {@code
 * Allow: PATCH} on a task's.
 *
 * <p>{@code GET} answers 200 with the stored evaluation, so it shows every earlier task update.
 * Without the view {@code tasks} the answer leaves {@code tasks} out; {@code views=tasks} adds them
 * with their configurations. Several views may be sent as a comma list ({@code views=a,b}, the
 * vendor's Python SDK style) or as repeated parameters; a value other than {@code tasks} gets 422
 * {@code {"detail":[{"loc":["query","views"],"msg":"...","type":"value_error"}]}}. An archived
 * evaluation ({@code archived_at} set) is found only with {@code include_archived=true}; without
 * it (or with {@code false}) it gets the same 404 as an unknown one. The vendor does not document
 * what it answers there: the 404 is the sandbox's choice. An {@code include_archived} other than
 * {@code true}/{@code false} (any case) gets 422 in the same shape, {@code loc}
 * {@code ["query","include_archived"]}; the sandbox is stricter here than FastAPI, which also takes
 * {@code 1}/{@code 0}/{@code yes}/{@code no}/{@code on}/{@code off}. A body is ignored.
 *
 * <p>{@code PATCH}: the body is checked against {@code UpdateTestCriteriaConfigurationRequest} of
 * {@code specs/scale.yaml} ({@code configuration} is a required object); violations and non-JSON
 * bodies get 422 {@code {"detail":[{"loc":["body","configuration"],"msg":"...","type":"..."}]}}.
 * An unknown alias gets 404 {@code {"detail":"..."}}, an archived evaluation 409. A valid update
 * replaces that task's configuration wholly and answers the whole evaluation with its tasks.
 *
 * <p>Starts with evaluation {@code eval_demo} whose tasks have the aliases {@code chat_completion}
 * (task type chat_completion) and {@code judge} (task type auto_evaluation.guided_decoding).
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
     * tasks}, under {@code id}. Set {@code archived_at} to store an archived one.
     *
     * @param id the resource id
     * @param json the resource as a JSON object, in the shape of the vendor's response
     * @throws NullPointerException if {@code id} or {@code json} is {@code null}
     * @throws IllegalArgumentException if {@code json} is not a JSON object
     */
    public void putEvaluation(String id, String json) {
        api.put(id, json);
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
