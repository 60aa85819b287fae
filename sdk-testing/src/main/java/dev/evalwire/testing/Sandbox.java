package dev.evalwire.testing;

import dev.evalwire.testing.internal.SandboxServer;
import java.util.List;

/**
 * What every vendor sandbox offers: an in-process fake of the vendor's read ({@code GET}) and
 * update calls on one shared state, listening on {@code 127.0.0.1} on a random free port, with
 * fault injection and a record of the requests. Faults and the record apply to reads exactly as
 * to updates.
 *
 * <p>Start one with the vendor class's {@code start()} and close it when done (it is {@link
 * AutoCloseable}, so try-with-resources works). All methods are thread-safe; the server answers
 * up to 16 requests at a time. This class cannot be extended outside this package.
 *
 * <pre>{@code
 * try (FireworksSandbox sandbox = FireworksSandbox.start();
 *      FireworksClient client = FireworksClient.builder()
 *          .baseUrl(sandbox.baseUrl()).apiKey(sandbox.apiKey()).accountId("acme").build()) {
 *   sandbox.enqueueFault(Fault.status(503));           // the next call meets a 503, then is retried
 *   client.updateEvaluator("exact-match", UpdateEvaluatorParams.builder().description("x").build());
 *   assertEquals(2, sandbox.requestCount());
 *   assertEquals("{\"description\":\"x\"}", sandbox.requests().get(1).body());
 * }
 * }</pre>
 */
public abstract class Sandbox implements AutoCloseable {

    /** The key {@code start()} without arguments makes a sandbox accept. */
    static final String DEFAULT_API_KEY = "sandbox-key";

    private final SandboxServer server;
    private final String apiKey;

    Sandbox(SandboxServer server, String apiKey) {
        this.server = server;
        this.apiKey = apiKey;
    }

    /**
     * The address to give the SDK as its base URL, e.g. {@code http://127.0.0.1:54321}: no trailing
     * slash and no vendor path prefix such as {@code /api/v1}.
     *
     * @return the base URL to give the SDK
     */
    public final String baseUrl() {
        return server.baseUrl();
    }

    /**
     * The API key the sandbox accepts; any other key, or none, gets the vendor's 401.
     *
     * @return the API key the sandbox accepts
     */
    public final String apiKey() {
        return apiKey;
    }

    /**
     * Makes the next request that has not yet met a queued fault meet {@code fault} instead of (for
     * {@link Fault#slow}: before) its normal handling. Faults are used once each, first in first
     * out, and take precedence over {@link #randomFaults}. The request is still recorded.
     *
     * @param fault the fault the next request meets
     * @throws NullPointerException if {@code fault} is {@code null}
     */
    public final void enqueueFault(Fault fault) {
        server.faults().enqueue(fault);
    }

    /**
     * Makes each later request independently meet, with the given probability, a fault drawn from
     * a fixed menu: 429 with a one-second wait (in the vendor's own style), 500, 502, 503, 504, a
     * 5 ms delay before the normal answer, or a dropped connection. The draws come from a {@link
     * java.util.Random} seeded with {@code seed} (restarted by each call), so a given sequence of
     * requests meets the same faults every run. Probability 0 switches random faults off.
     *
     * @param probability the chance, 0..1, that a request meets a fault
     * @param seed the seed of the random draws
     * @throws IllegalArgumentException if {@code probability} is not within 0..1 (or is NaN)
     */
    public final void randomFaults(double probability, long seed) {
        server.faults().random(probability, seed);
    }

    /**
     * The requests received so far, oldest first, including those that met a fault or were
     * refused. A snapshot: later requests do not change the returned list.
     *
     * @return the requests received so far, oldest first
     */
    public final List<RecordedRequest> requests() {
        return server.requests();
    }

    /**
     * How many requests were received so far (the size of {@link #requests()}).
     *
     * @return how many requests were received so far (the size of {@link #requests()})
     */
    public final int requestCount() {
        return server.requestCount();
    }

    /**
     * Stops the server and its worker threads; requests in flight are cut off. Calling it again
     * does nothing.
     */
    @Override
    public final void close() {
        server.close();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{" + baseUrl() + "}";
    }

    /**
     * Checks an argument of a public method and returns it.
     *
     * @throws NullPointerException naming the argument, when it is {@code null}
     */
    static <T> T requireNonNull(T value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null");
        }
        return value;
    }

    /**
     * Checks a text argument of a public method and returns it.
     *
     * @throws NullPointerException naming the argument, when it is {@code null}
     * @throws IllegalArgumentException naming the argument, when it is empty or only whitespace
     */
    static String requireNonBlank(String value, String name) {
        if (requireNonNull(value, name).trim().isEmpty()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
