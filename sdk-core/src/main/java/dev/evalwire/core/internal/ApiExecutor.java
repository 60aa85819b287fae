package dev.evalwire.core.internal;

import dev.evalwire.core.ApiResponse;
import dev.evalwire.core.EvalwireException;
import dev.evalwire.core.RequestOptions;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The entry point of every vendor call: it has the request written ({@link RequestWriter}), its attempts run
 * ({@link CallAttempts}) and the call tracked while in flight ({@link InFlightCalls}); sync calls run on the caller's
 * thread, async calls through the transport's own asynchronous sending. Thread-safe; one per client.
 */
public final class ApiExecutor implements AutoCloseable {

    private final ClientSettings settings;
    private final CallServices services;
    private final Poller poller;
    private final RequestWriter writer;

    /** @param settings the resolved client settings */
    public ApiExecutor(ClientSettings settings) {
        this.settings = settings;
        this.services = new CallServices(settings);
        this.writer = new RequestWriter(settings);
        this.poller = new Poller(settings.sleeper, settings.clock, services.scheduler);
    }

    /**
     * Runs a call on the calling thread.
     *
     * @param request the call
     * @param decoder decodes a successful body
     * @param options per-call overrides
     * @param <T> the typed body
     * @return the typed and raw response
     * @throws EvalwireException subclasses for every failure: error statuses, connection failures, timeouts,
     *     interrupts, a closed client and invalid bodies
     */
    public <T> ApiResponse<T> execute(ApiRequest request, ResponseDecoder<T> decoder, RequestOptions options) {
        Objects.requireNonNull(options, "options");
        Cancellation cancellation = new Cancellation();
        if (!services.inFlight.enter(cancellation)) {
            throw Cancellation.closedException("before the call started");
        }
        try {
            return attempts(request, decoder, options, cancellation).runOnThisThread();
        } finally {
            services.inFlight.leave(cancellation);
        }
    }

    /**
     * Starts a call without holding a thread while it waits for an answer or for its next attempt. Cancelling the
     * future cancels the HTTP attempt in flight and any wait between retries.
     *
     * @param request the call
     * @param decoder decodes a successful body
     * @param options per-call overrides
     * @param <T> the typed body
     * @return a future completed with the response, or exceptionally with an {@link EvalwireException}
     */
    public <T> CompletableFuture<ApiResponse<T>> executeAsync(
            ApiRequest request, ResponseDecoder<T> decoder, RequestOptions options) {
        return submit(request, decoder, options, Function.<ApiResponse<T>>identity());
    }

    /**
     * Like {@link #executeAsync} but completes with the typed body only; cancelling it still cancels the call.
     *
     * @param request the call
     * @param decoder decodes a successful body
     * @param options per-call overrides
     * @param <T> the typed body
     * @return a future completed with the typed body
     */
    public <T> CompletableFuture<T> executeAsyncBody(
            ApiRequest request, ResponseDecoder<T> decoder, RequestOptions options) {
        return submit(request, decoder, options, ApiResponse::body);
    }

    private <T, R> CompletableFuture<R> submit(
            ApiRequest request,
            ResponseDecoder<T> decoder,
            RequestOptions options,
            Function<ApiResponse<T>, R> finish) {
        Objects.requireNonNull(options, "options");
        Cancellation cancellation = new Cancellation();
        CallAttempts<T> attempts;
        try {
            attempts = attempts(request, decoder, options, cancellation);
        } catch (RuntimeException invalidInput) {
            return failed(invalidInput);
        }
        if (!services.inFlight.enter(cancellation)) {
            return failed(Cancellation.closedException("before the call started"));
        }
        return attempts.start(finish);
    }

    private static <R> CompletableFuture<R> failed(RuntimeException failure) {
        CompletableFuture<R> future = new CompletableFuture<>();
        future.completeExceptionally(failure);
        return future;
    }

    private <T> CallAttempts<T> attempts(
            ApiRequest request, ResponseDecoder<T> decoder, RequestOptions options, Cancellation cancellation) {
        int maxRetries = options.maxRetries() != null ? options.maxRetries() : settings.retryPolicy.maxRetries();
        return new CallAttempts<>(
                services, request, writer.write(request, options), decoder, services.retries(maxRetries), cancellation);
    }

    /** @return the client's waits for a resource to reach a final state, sharing its sleeper, clock and scheduler */
    public Poller poller() {
        return poller;
    }

    /**
     * Stops every call of this client in flight (its attempt is cancelled and no further attempt starts; a call
     * sharing a user's {@code OkHttpClient} with other code leaves that code's calls alone), makes later calls fail
     * with {@link dev.evalwire.core.ClientClosedException}, stops the client's retry thread and closes the transport
     * when the client owns it. Safe to call more than once.
     */
    @Override
    public void close() {
        services.inFlight.closeAll();
        services.close();
        if (settings.ownsTransport) {
            settings.transport.close();
        }
    }
}
