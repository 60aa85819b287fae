package dev.evalwire.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.evalwire.core.ApiConnectionException;
import dev.evalwire.core.ApiResponse;
import dev.evalwire.core.EvalwireException;
import dev.evalwire.core.InvalidResponseException;
import dev.evalwire.core.RequestOptions;
import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.http.HttpRequest;
import dev.evalwire.core.http.HttpResponse;
import dev.evalwire.core.internal.errors.ErrorBody;
import dev.evalwire.core.internal.errors.ErrorBodyParser;
import dev.evalwire.core.internal.errors.ErrorMapper;
import dev.evalwire.core.internal.http.Redirects;
import dev.evalwire.core.internal.http.ResponseTooLargeException;
import dev.evalwire.core.internal.retry.RetryAfter;
import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.annotation.Nullable;

/**
 * Runs vendor calls: builds the HTTP request (URL, headers, JSON body), sends it through the transport,
 * retries by the {@link dev.evalwire.core.RetryPolicy}, maps error statuses to exceptions and decodes
 * successful bodies. Thread-safe; one per client.
 */
public final class ApiExecutor implements AutoCloseable {

    private static final String JSON = "application/json";
    private static final byte[] NO_BYTES = new byte[0];
    private static final AtomicInteger THREAD_IDS = new AtomicInteger();

    private final ClientSettings settings;
    private final ErrorMapper errors;
    private final RetryAfter retryAfter;
    private final String userAgent;
    private final ExecutorService asyncExecutor;
    private final boolean ownsAsyncExecutor;
    private final HttpLogger logger;
    /** User-Agent, Accept, the client's default headers and auth: the whole header set of a call without extras. */
    private final HttpHeaders fixedHeaders;
    /** The calls of this client that have started and not ended, which {@link #close()} stops. */
    private final Set<Cancellation> inFlight = Collections.newSetFromMap(new ConcurrentHashMap<Cancellation, Boolean>());
    private volatile boolean closed;

    /** @param settings the resolved client settings */
    public ApiExecutor(ClientSettings settings) {
        this.settings = settings;
        this.errors = new ErrorMapper(new ErrorBodyParser(settings.mapper));
        this.retryAfter = new RetryAfter(settings.clock);
        this.userAgent = UserAgent.forVendor(settings.vendor);
        this.logger = new HttpLogger(settings.logLevel, settings.mapper);
        this.fixedHeaders = headers(HttpHeaders.empty(), HttpHeaders.empty());
        this.ownsAsyncExecutor = settings.asyncExecutor == null;
        this.asyncExecutor = ownsAsyncExecutor ? Executors.newCachedThreadPool(daemonThreads(settings.vendor))
                : settings.asyncExecutor;
    }

    /**
     * Runs a call on the calling thread.
     *
     * @param request the call
     * @param decoder decodes a successful body
     * @param options per-call overrides
     * @param <T> the typed body
     * @return the typed and raw response
     * @throws EvalwireException subclasses for every failure: error statuses, connection failures, timeouts and
     *     invalid bodies
     */
    public <T> ApiResponse<T> execute(ApiRequest request, ResponseDecoder<T> decoder, RequestOptions options) {
        return run(request, decoder, Objects.requireNonNull(options, "options"), new Cancellation());
    }

    /**
     * Runs a call on the client's async executor. Cancelling the future cancels the HTTP attempt in flight
     * and any wait between retries.
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

    private <T, R> CompletableFuture<R> submit(final ApiRequest request, final ResponseDecoder<T> decoder,
            final RequestOptions options, final Function<ApiResponse<T>, R> finish) {
        Objects.requireNonNull(options, "options");
        final Cancellation cancellation = new Cancellation();
        final CompletableFuture<R> future = new CompletableFuture<R>() {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                boolean cancelled = super.cancel(mayInterruptIfRunning);
                cancellation.cancel();
                return cancelled;
            }
        };
        inFlight.add(cancellation);
        if (closed) {
            inFlight.remove(cancellation);
            future.completeExceptionally(Cancellation.closedException("before the call started"));
            return future;
        }
        try {
            asyncExecutor.execute(() -> {
                cancellation.bindWorker();
                try {
                    future.complete(finish.apply(run(request, decoder, options, cancellation)));
                } catch (Throwable failure) {
                    future.completeExceptionally(failure);
                } finally {
                    cancellation.unbindWorker();
                }
            });
        } catch (RejectedExecutionException rejected) {
            inFlight.remove(cancellation);
            future.completeExceptionally(closed ? Cancellation.closedException("before the call started")
                    : new ApiConnectionException("the async executor refused the call: " + rejected, rejected));
        }
        return future;
    }

    /** Runs every attempt of one call, registered so that {@link #close()} can stop it. */
    private <T> ApiResponse<T> run(ApiRequest request, ResponseDecoder<T> decoder, RequestOptions options,
            Cancellation cancellation) {
        inFlight.add(cancellation);
        try {
            if (closed) {
                throw Cancellation.closedException("before the call started");
            }
            return attempts(request, decoder, options, cancellation);
        } finally {
            inFlight.remove(cancellation);
        }
    }

    private <T> ApiResponse<T> attempts(ApiRequest request, ResponseDecoder<T> decoder, RequestOptions options,
            Cancellation cancellation) {
        HttpRequest http = toHttp(request, options);
        List<String> secrets = new CallSecrets(settings.authentication.secret(), request);
        String what = request.method() + " " + request.path();
        int maxRetries = options.maxRetries() != null ? options.maxRetries() : settings.retryPolicy.maxRetries();
        for (int retry = 1; ; retry++) {
            if (cancellation.isStopped()) {
                throw cancellation.stopped("before attempt " + retry);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw CallFailures.interrupted(what, "before attempt " + retry, null, secrets);
            }
            boolean retriesLeft = retry <= maxRetries;
            HttpResponse response;
            String bodyProblem = null;
            long start = System.nanoTime();
            logger.request(http, secrets);
            try {
                response = cancellation.execute(settings.transport.newCall(http));
            } catch (ResponseTooLargeException tooLarge) {
                response = new HttpResponse(tooLarge.status(), tooLarge.headers(), NO_BYTES);
                if (response.isSuccessful()) {
                    throw new InvalidResponseException(tooLarge.getMessage(), tooLarge.status(),
                            tooLarge.headers().maskingValues(secrets), "", tooLarge);
                }
                bodyProblem = tooLarge.getMessage();
            } catch (Exception failure) {
                // IOException, an InterruptedException the HTTP library throws without declaring it, or a
                // RuntimeException from the library or an interceptor: none of them may escape as it is.
                logger.failure(http, failure, secrets);
                if (cancellation.isStopped()) {
                    throw cancellation.stopped("during attempt " + retry);
                }
                if (CallFailures.isInterrupt(failure)) {
                    throw CallFailures.interrupted(what, "during attempt " + retry, failure, secrets);
                }
                if (!retriesLeft || !(failure instanceof IOException)) {
                    throw CallFailures.connection(what, failure, retry, secrets);
                }
                sleep(settings.retryPolicy.backoff(retry, ThreadLocalRandom.current().nextDouble()), retry,
                        maxRetries, cancellation, what, secrets);
                continue;
            }
            logger.response(http, response, start, secrets);
            response = new HttpResponse(response.status(), response.headers().maskingValues(secrets),
                    response.body());
            if (response.isSuccessful()) {
                return decode(response, decoder, secrets);
            }
            ErrorBody body = errors.parseBody(response);
            Duration wait = retryAfter.find(response.headers(), body.retryAfterSeconds());
            boolean waitAllowed = wait == null || wait.compareTo(settings.retryPolicy.maxRetryAfter()) <= 0;
            if (retriesLeft && waitAllowed && !Redirects.isRedirect(response.status())
                    && settings.retryPolicy.isRetryable(response.status())) {
                sleep(wait != null ? wait
                        : settings.retryPolicy.backoff(retry, ThreadLocalRandom.current().nextDouble()), retry,
                        maxRetries, cancellation, what, secrets);
                continue;
            }
            throw errors.toException(request.method(), request.path(), response, body, wait, bodyProblem, secrets);
        }
    }

    /** Headers in order of precedence, later ones replacing earlier ones; auth always wins. */
    private HttpHeaders headers(HttpHeaders perRequest, HttpHeaders perCall) {
        HttpHeaders.Builder headers = HttpHeaders.builder()
                .set("User-Agent", userAgent)
                .set("Accept", JSON);
        copy(settings.defaultHeaders, headers);
        copy(perRequest, headers);
        copy(perCall, headers);
        settings.authentication.applyTo(headers);
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
                options.timeout());
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
        for (Map.Entry<String, List<String>> header : from.asMap().entrySet()) {
            for (String value : header.getValue()) {
                to.set(header.getKey(), value);
            }
        }
    }

    private <T> ApiResponse<T> decode(HttpResponse response, ResponseDecoder<T> decoder, List<String> secrets) {
        String contentType = response.headers().first("content-type");
        if (contentType != null && !contentType.toLowerCase(Locale.ROOT).contains("json")) {
            throw invalid("expected a JSON body but the Content-Type is '" + contentType + "'", response, null,
                    secrets);
        }
        if (response.body().length == 0) {
            throw invalid("expected a JSON body but the body is empty", response, null, secrets);
        }
        JsonNode json;
        try {
            json = settings.mapper.readTree(response.body());
        } catch (IOException malformed) {
            throw invalid("the body is not valid JSON", response, malformed, secrets);
        }
        Collection<String> previous = ResponseSecrets.begin(secrets);
        try {
            return new ApiResponse<>(response.status(), response.headers(), response.body(), decoder.decode(json));
        } catch (RuntimeException wrongShape) {
            throw invalid("the JSON does not have the shape the API promises: " + wrongShape.getMessage(), response,
                    wrongShape, secrets);
        } finally {
            ResponseSecrets.end(previous);
        }
    }

    private InvalidResponseException invalid(String reason, HttpResponse response, @Nullable Throwable cause,
            List<String> secrets) {
        String message = Redaction.scrub("HTTP " + response.status() + " response could not be read: " + reason,
                secrets);
        return new InvalidResponseException(message, response.status(), response.headers(),
                Redaction.scrub(printableBody(response), secrets),
                cause == null ? null : RedactedCause.of(cause, secrets));
    }

    /** The body as text, with sensitive fields masked when it is JSON. */
    private String printableBody(HttpResponse response) {
        try {
            JsonNode json = settings.mapper.readTree(response.body());
            if (json != null && json.isContainerNode()) {
                return Redaction.redactJson(json, Redaction.sensitiveBodyFields()).toString();
            }
        } catch (IOException | RuntimeException notJson) {
            // Not JSON: shown as it is, with the call's secrets scrubbed.
        }
        return response.bodyAsString();
    }

    private void sleep(Duration wait, int retry, int maxRetries, Cancellation cancellation, String what,
            List<String> secrets) {
        logger.retry(wait, retry, maxRetries);
        try {
            settings.sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
            if (cancellation.isStopped()) {
                throw cancellation.stopped("while waiting to retry");
            }
            throw CallFailures.interrupted(what, "while waiting to retry", interrupted, secrets);
        }
        if (cancellation.isStopped()) {
            throw cancellation.stopped("while waiting to retry");
        }
    }

    private static ThreadFactory daemonThreads(final String vendor) {
        return runnable -> {
            Thread thread = new Thread(runnable, "evalwire-" + vendor + "-async-" + THREAD_IDS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Stops every call of this client in flight (its attempt is cancelled and no further attempt starts; a call
     * sharing a user's {@code OkHttpClient} with other code leaves that code's calls alone), makes later calls fail
     * with {@link dev.evalwire.core.ClientClosedException}, stops the client-owned async threads and closes the
     * transport when the client owns it. Safe to call more than once.
     */
    @Override
    public void close() {
        closed = true;
        for (Cancellation call : inFlight) {
            call.close();
        }
        if (ownsAsyncExecutor) {
            asyncExecutor.shutdownNow();
        }
        if (settings.ownsTransport) {
            settings.transport.close();
        }
    }
}
