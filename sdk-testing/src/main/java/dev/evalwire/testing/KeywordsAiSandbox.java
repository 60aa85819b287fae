package dev.evalwire.testing;

import dev.evalwire.testing.internal.KeywordsAiApi;
import dev.evalwire.testing.internal.SandboxServer;

/**
 * A fake of Keywords AI / Respan's {@code GET} and {@code PATCH /api/evaluators/{evaluator_id}/};
 * the trailing slash is required, without it the answer is 404. Both brands' hosts serve the same
 * paths, so one sandbox stands for either: give its {@link #baseUrl()} to the client in place of
 * the host.
 *
 * <p>Auth, on both: {@code Authorization: Bearer <apiKey>}, else 401 {@code {"detail":"Your API
 * key is invalid or expired, ..."}}. An unknown id gets 404 {@code {"detail":"Not found."}} from
 * both, another method 405 {@code {"detail":"Method \"DELETE\" not allowed."}} with {@code Allow:
 * GET, PATCH}.
 *
 * <p>{@code GET} takes no query parameters and ignores any body; it answers 200 with the stored
 * evaluator, so it shows every earlier update.
 *
 * <p>{@code PATCH}: the body is checked against {@code UpdateEvaluatorRequest} of {@code
 * specs/keywordsai.yaml}; violations get 400 {@code {"<field>":["message"]}} (nested fields
 * dotted), a non-JSON body 400 {@code {"detail":"JSON parse error - ..."}}. A valid update merges
 * {@code configurations} key by key (a key sent as null is removed, nested objects are replaced
 * whole), replaces the other fields present, sets {@code updated_at} and answers the full
 * evaluator.
 *
 * <p>Its rate-limit fault answers 429 {@code {"detail":"Rate limit exceeded","retry_after":N}}
 * without a header. Starts with the evaluator {@code evl_demo}.
 *
 * <pre>{@code
 * try (KeywordsAiSandbox sandbox = KeywordsAiSandbox.start();
 *      KeywordsAiClient client = KeywordsAiClient.builder()
 *          .baseUrl(sandbox.baseUrl()).apiKey(sandbox.apiKey()).build()) {
 *   sandbox.enqueueFault(Fault.status(503));                  // the first attempt fails, the retry succeeds
 *   client.updateEvaluator("evl_demo", UpdateEvaluatorParams.builder().starred(true).build());
 *   assertEquals(2, sandbox.requestCount());
 * }
 * }</pre>
 */
public final class KeywordsAiSandbox extends Sandbox {

    private final KeywordsAiApi api;

    private KeywordsAiSandbox(KeywordsAiApi api, String apiKey) {
        super(SandboxServer.start(api, "keywordsai"), apiKey);
        this.api = api;
    }

    /**
     * Starts a sandbox accepting the key {@code sandbox-key}.
     *
     * @return the started sandbox
     * @throws java.io.UncheckedIOException when no local port can be bound
     */
    public static KeywordsAiSandbox start() {
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
    public static KeywordsAiSandbox start(String apiKey) {
        return new KeywordsAiSandbox(new KeywordsAiApi(apiKey), apiKey);
    }

    /**
     * Stores (or replaces) an evaluator, in the shape of the vendor's response, under {@code id}.
     *
     * @param id the resource id
     * @param json the resource as a JSON object, in the shape of the vendor's response
     * @throws NullPointerException if {@code id} or {@code json} is {@code null}
     * @throws IllegalArgumentException if {@code json} is not a JSON object
     */
    public void putEvaluator(String id, String json) {
        api.put(id, json);
    }

    /**
     * The stored evaluator {@code id} as compact JSON, or {@code null} when there is none.
     *
     * @param id the resource id
     * @return the stored evaluator {@code id} as compact JSON, or {@code null} when there is none
     */
    public String evaluator(String id) {
        return api.store().getJson(id);
    }
}
