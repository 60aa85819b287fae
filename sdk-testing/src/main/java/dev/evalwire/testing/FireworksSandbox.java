package dev.evalwire.testing;

import dev.evalwire.testing.internal.FireworksApi;
import dev.evalwire.testing.internal.SandboxServer;

/**
 * A fake of Fireworks' {@code GET} and {@code PATCH /v1/accounts/{account_id}/evaluators/{evaluator_id}}.
 *
 * <p>Auth, on both: {@code Authorization: Bearer <apiKey>}, else 401 {@code
 * {"code":16,"message":"...","details":[]}}. An unknown evaluator (or account) gets 404 {@code
 * {"code":5,"message":"evaluator not found","details":[]}} from both, another method on the path
 * 405 {@code {"code":12,"message":"Method Not Allowed","details":[]}} with {@code Allow: GET,
 * PATCH}.
 *
 * <p>{@code GET} answers 200 with the stored evaluator, so it shows every earlier update. Its
 * optional {@code readMask} is accepted and ignored: the whole evaluator is always answered (the
 * vendor documents the mask's syntax no further than "empty or {@code *} means all fields"). A
 * body is ignored.
 *
 * <p>{@code PATCH}: the body is checked against {@code UpdateEvaluatorRequest} of {@code
 * specs/fireworks.yaml} (read-only fields such as {@code state} are refused); violations, a body
 * that is not JSON, or a {@code prepareCodeUpload} other than true/false get 400 {@code
 * {"code":3,"message":"<field>: <problem>; ...","details":[]}}. A valid update replaces the fields
 * present, sets {@code updateTime} and answers the full evaluator.
 *
 * <p>Builds: an update with {@code prepareCodeUpload=true}, or one that changes {@code
 * requirements} or {@code entryPoint}, starts a build: {@code state} becomes {@code BUILDING} and
 * {@code status} {@code {"code":"OK","message":""}}. The next {@link #buildPolls(int)} reads (2
 * unless changed) still see {@code BUILDING}; the read after them, and every later one, sees
 * either {@code ACTIVE} with {@code status} {@code {"code":"OK","message":"build succeeded"}} or,
 * when {@link #failNextBuild(String)} asked for it, {@code BUILD_FAILED} with the requested
 * {@code status}. Nothing else changes when a build ends ({@code updateTime} included). Only
 * reads move a build on; a read that meets a {@link Fault} does not. A new build replaces one in
 * progress; an update that starts no build leaves it running; {@link #putEvaluator} cancels it.
 * The vendor documents no polling interval and no build duration; the counted reads are the
 * sandbox's model. Starts with account {@code acme}, evaluator {@code exact-match} ({@code
 * ACTIVE}).
 *
 * <pre>{@code
 * try (FireworksSandbox sandbox = FireworksSandbox.start();
 *      FireworksClient client = FireworksClient.builder()
 *          .baseUrl(sandbox.baseUrl()).apiKey(sandbox.apiKey()).accountId("acme").build()) {
 *   sandbox.buildPolls(1);
 *   sandbox.failNextBuild("pip install failed: no matching distribution for numpy==9");
 *   Evaluator updated = client.updateEvaluator("exact-match",
 *       UpdateEvaluatorParams.builder().requirements("numpy==9\n").build());
 *   assertEquals(EvaluatorState.BUILDING, updated.state());   // a requirements change triggers a build
 *   // the first GET sees BUILDING, the second BUILD_FAILED with code FAILED_PRECONDITION
 * }
 * }</pre>
 */
public final class FireworksSandbox extends Sandbox {

    private final FireworksApi api;

    private FireworksSandbox(FireworksApi api, String apiKey) {
        super(SandboxServer.start(api, "fireworks"), apiKey);
        this.api = api;
    }

    /**
     * Starts a sandbox accepting the key {@code sandbox-key}.
     *
     * @return the started sandbox
     * @throws java.io.UncheckedIOException when no local port can be bound
     */
    public static FireworksSandbox start() {
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
    public static FireworksSandbox start(String apiKey) {
        return new FireworksSandbox(new FireworksApi(apiKey), apiKey);
    }

    /**
     * Stores (or replaces) an evaluator, in the shape of the vendor's response, under the account
     * and evaluator id, and cancels a build in progress on it. A read answers it as given (an
     * evaluator stored as {@code BUILDING} stays so).
     *
     * @param accountId the Fireworks account id
     * @param evaluatorId the evaluator id
     * @param json the resource as a JSON object, in the shape of the vendor's response
     * @throws NullPointerException if any argument is {@code null}
     * @throws IllegalArgumentException if {@code json} is not a JSON object
     */
    public void putEvaluator(String accountId, String evaluatorId, String json) {
        if (accountId == null || evaluatorId == null) {
            throw new NullPointerException("accountId and evaluatorId must not be null");
        }
        api.put(FireworksApi.key(accountId, evaluatorId), json);
    }

    /**
     * The stored evaluator as compact JSON, or {@code null} when there is none.
     *
     * @param accountId the Fireworks account id
     * @param evaluatorId the evaluator id
     * @return the stored evaluator as compact JSON, or {@code null} when there is none
     */
    public String evaluator(String accountId, String evaluatorId) {
        return api.store().getJson(FireworksApi.key(accountId, evaluatorId));
    }

    /**
     * Sets how many reads of an evaluator still see {@code BUILDING} after an update starts a
     * build; the read after them sees the build's end. Applies to builds started after this call.
     * The default is 2; 0 makes the first read see the end.
     *
     * @param polls the number of reads that see {@code BUILDING}, not negative
     * @throws IllegalArgumentException if {@code polls} is negative
     */
    public void buildPolls(int polls) {
        api.builds().polls(polls);
    }

    /**
     * Makes the next build that an update starts (on any evaluator) end in {@code BUILD_FAILED}
     * with {@code status} {@code {"code":"FAILED_PRECONDITION","message":message}}. The vendor
     * does not document which code a failed build carries. Builds after that one succeed again.
     * Calling it again before a build starts replaces the earlier request.
     *
     * @param message the failure message the evaluator's {@code status} carries; may be empty
     * @throws NullPointerException if {@code message} is {@code null}
     */
    public void failNextBuild(String message) {
        failNextBuild("FAILED_PRECONDITION", message);
    }

    /**
     * Makes the next build that an update starts (on any evaluator) end in {@code BUILD_FAILED}
     * with {@code status} {@code {"code":code,"message":message}}, as {@link #failNextBuild(String)}
     * does with a code of your choosing.
     *
     * @param code a value of the spec's {@code StatusCode} other than {@code OK}, such as {@code
     *     FAILED_PRECONDITION} or {@code INTERNAL}
     * @param message the failure message the evaluator's {@code status} carries; may be empty
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code code} is {@code OK} or not a {@code StatusCode}
     */
    public void failNextBuild(String code, String message) {
        requireNonNull(code, "code");
        requireNonNull(message, "message");
        api.failNextBuild(code, message);
    }
}
