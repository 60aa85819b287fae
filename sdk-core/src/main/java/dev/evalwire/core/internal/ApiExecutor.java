package dev.evalwire.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.evalwire.core.ApiResponse;
import dev.evalwire.core.EvalwireException;
import dev.evalwire.core.RequestOptions;
import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.http.HttpRequest;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Runs vendor calls: builds the HTTP request (URL, headers, JSON body) and runs its attempts ({@link CallAttempts}):
 * sync calls on the caller's thread, async calls through the transport's own asynchronous sending, with waits
 * between retries scheduled rather than slept. Tracks the calls in flight so that {@link #close()} can stop them.
 * Thread-safe; one per client.
 */
public final class ApiExecutor implements AutoCloseable {

    private static final String JSON = "application/json";

    private final ClientSettings settings;
    private final CallServices services;
    private final String userAgent;
    /** User-Agent, Accept, the client's default headers and auth: the whole header set of a call without extras. */
    private final HttpHeaders fixedHeaders;
    /** The calls of this client that have started and not ended, which {@link #close()} stops. */
    private final Set<Cancellation> inFlight =
            Collections.newSetFromMap(new ConcurrentHashMap<Cancellation, Boolean>());
    private volatile boolean closed;

    /** @param settings the resolved client settings */
    public ApiExecutor(ClientSettings settings) {
        this.settings = settings;
        this.services = new CallServices(settings);
        this.userAgent = UserAgent.forVendor(settings.vendor);
        this.fixedHeaders = headers(HttpHeaders.empty(), HttpHeaders.empty());
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
        inFlight.add(cancellation);
        try {
            if (closed) {
                throw Cancellation.closedException("before the call started");
            }
            return attempts(request, decoder, options, cancellation).runOnThisThread();
        } finally {
            inFlight.remove(cancellation);
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
    public <T> CompletableFuture<ApiResponse<T>> executeAsync(ApiRequest request, ResponseDecoder<T> decoder,
            RequestOptions options) {
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
    public <T> CompletableFuture<T> executeAsyncBody(ApiRequest request, ResponseDecoder<T> decoder,
            RequestOptions options) {
        return submit(request, decoder, options, ApiResponse::body);
    }

    private <T, R> CompletableFuture<R> submit(ApiRequest request, ResponseDecoder<T> decoder,
            RequestOptions options, Function<ApiResponse<T>, R> finish) {
        Objects.requireNonNull(options, "options");
        final Cancellation cancellation = new Cancellation();
        CompletableFuture<R> future = new CompletableFuture<R>() {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                boolean cancelled = super.cancel(mayInterruptIfRunning);
                cancellation.cancel();
                return cancelled;
            }
        };
        CallAttempts<T> attempts;
        try {
            attempts = attempts(request, decoder, options, cancellation);
        } catch (RuntimeException invalidInput) {
            future.completeExceptionally(invalidInput);
            return future;
        }
        inFlight.add(cancellation);
        if (closed) {
            inFlight.remove(cancellation);
            future.completeExceptionally(Cancellation.closedException("before the call started"));
            return future;
        }
        attempts.start(future, finish, settings.asyncExecutor, inFlight);
        return future;
    }

    private <T> CallAttempts<T> attempts(ApiRequest request, ResponseDecoder<T> decoder, RequestOptions options,
            Cancellation cancellation) {
        int maxRetries = options.maxRetries() != null ? options.maxRetries() : settings.retryPolicy.maxRetries();
        return new CallAttempts<>(services, request, toHttp(request, options), decoder, services.retries(maxRetries),
                cancellation);
    }

    /** Headers in order of precedence, later ones replacing earlier ones; auth always wins. */
    private HttpHeaders headers(HttpHeaders perRequest, HttpHeaders perCall) {
        HttpHeaders.Builder headers = HttpHeaders.builder()
                .set("User-Agent", userAgent)
                .set("Accept", JSON);
        copy(settings.defaultHeaders, headers);
        copy(perRequest, headers);
        copy(perCall, headers);
        copy(settings.credentials, headers);
        return headers.build();
    }

    private HttpRequest toHttp(ApiRequest request, RequestOptions options) {
        HttpHeaders headers = request.headers().isEmpty() && options.extraHeaders().isEmpty() ? fixedHeaders
                : headers(request.headers(), options.extraHeaders());
        byte[] body = null;
        if (request.body() != null) {
            try {
                body = settings.mapper.writeValueAsBytes(request.body());
            } catch (JsonProcessingException unserializable) {
                throw new IllegalArgumentException("request body could not be written as JSON: "
                        + unserializable.getOriginalMessage(), unserializable);
            }
        }
        return new HttpRequest(request.method(), url(request), headers, body, body == null ? null : JSON,
                options.timeouts());
    }

    private String url(ApiRequest request) {
        String path = request.path();
        StringBuilder url = new StringBuilder(settings.baseUrl.length() + path.length() + 32)
                .append(settings.baseUrl).append(path);
        char separator = '?';
        for (Map.Entry<String, String> parameter : request.query().entrySet()) {
            url.append(separator).append(PathEncoding.encode(parameter.getKey())).append('=')
                    .append(PathEncoding.encode(parameter.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    private static void copy(HttpHeaders from, HttpHeaders.Builder to) {
        for (int i = 0; i < from.size(); i++) {
            to.set(from.name(i), from.value(i));
        }
    }

    /**
     * Stops every call of this client in flight (its attempt is cancelled and no further attempt starts; a call
     * sharing a user's {@code OkHttpClient} with other code leaves that code's calls alone), makes later calls fail
     * with {@link dev.evalwire.core.ClientClosedException}, stops the client's retry thread and closes the transport
     * when the client owns it. Safe to call more than once.
     */
    @Override
    public void close() {
        closed = true;
        for (Cancellation call : inFlight) {
            call.close();
        }
        services.close();
        if (settings.ownsTransport) {
            settings.transport.close();
        }
    }
}
