package dev.evalwire.core.internal;

import dev.evalwire.core.ApiResponse;
import dev.evalwire.core.EvalwireException;
import dev.evalwire.core.InvalidResponseException;
import dev.evalwire.core.http.HttpRequest;
import dev.evalwire.core.http.HttpResponse;
import dev.evalwire.core.internal.errors.DescribedError;
import dev.evalwire.core.internal.errors.ErrorBody;
import dev.evalwire.core.internal.http.ResponseTooLargeException;
import dev.evalwire.core.internal.retry.RetryStrategy;
import dev.evalwire.core.internal.retry.ServerAnswer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.annotation.Nullable;

/**
 * The attempts of one call and what follows each, as {@link RetryStrategy} decides: return the typed response,
 * throw the typed exception, or wait and try again. The exceptions of earlier failed attempts are attached to the
 * one that ends the call as suppressed exceptions (each as free of secrets as the last). A sync call runs its
 * attempts and waits here, on the caller's thread; an async call runs them through {@link AsyncAttempts}.
 *
 * @param <T> the typed body
 */
final class CallAttempts<T> {

    private static final byte[] NO_BYTES = new byte[0];

    final CallServices services;
    private final ApiRequest request;
    final HttpRequest http;
    private final ResponseDecoder<T> decoder;
    /** Worked out on first use, so that a call waiting in the queue does not hold them; see {@link #secrets()}. */
    @Nullable
    private List<String> secrets;

    final RetryStrategy retries;
    final Cancellation cancellation;
    /**
     * The exceptions of the attempts that were retried, in order, or null before the first retry; each step runs
     * after the previous one ended. They are made only when the call ends with an exception: a call waiting to
     * retry keeps what they will say, not a stack trace each.
     */
    @Nullable
    private List<Supplier<? extends EvalwireException>> earlier;

    CallAttempts(
            CallServices services,
            ApiRequest request,
            HttpRequest http,
            ResponseDecoder<T> decoder,
            RetryStrategy retries,
            Cancellation cancellation) {
        this.services = services;
        this.request = request;
        this.http = http;
        this.decoder = decoder;
        this.retries = retries;
        this.cancellation = cancellation;
    }

    /** @return {@code failure}, with the exceptions of the earlier attempts attached when it is the SDK's own */
    RuntimeException ending(RuntimeException failure) {
        if (failure instanceof EvalwireException && earlier != null) {
            for (Supplier<? extends EvalwireException> attempt : earlier) {
                failure.addSuppressed(attempt.get());
            }
        }
        return failure;
    }

    /** @return the values to keep out of this call's messages, logs and printed headers */
    List<String> secrets() {
        if (secrets == null) {
            secrets = new CallSecrets(services.settings.apiKey, request);
        }
        return secrets;
    }

    /** @return the call as messages name it, for example {@code PATCH /v1/...} */
    private String what() {
        return request.method() + " " + request.path();
    }

    /** What an attempt that did not throw leads to: the response that ends the call, or a wait before the next. */
    static final class Next<T> {
        @Nullable
        final ApiResponse<T> response;

        @Nullable
        final Duration wait;

        private Next(@Nullable ApiResponse<T> response, @Nullable Duration wait) {
            this.response = response;
            this.wait = wait;
        }

        static <T> Next<T> done(ApiResponse<T> response) {
            return new Next<>(response, null);
        }

        static <T> Next<T> retryAfter(Duration wait) {
            return new Next<>(null, wait);
        }
    }

    // ------------------------------------------------------------------------------------------------- sync

    ApiResponse<T> runOnThisThread() {
        try {
            return attemptsOnThisThread();
        } catch (RuntimeException failure) {
            throw ending(failure);
        }
    }

    private ApiResponse<T> attemptsOnThisThread() {
        for (int attempt = 1; ; attempt++) {
            if (cancellation.isStopped()) {
                throw cancellation.stopped("before attempt " + attempt);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw CallFailures.interrupted(what(), "before attempt " + attempt, null, secrets(), true);
            }
            Duration pace = retries.pace();
            if (!pace.isZero()) {
                sleep(pace, "before attempt " + attempt);
            }
            long start = System.nanoTime();
            if (services.logger.isOn()) {
                services.logger.request(http, secrets());
            }
            Next<T> next = attemptOnThisThread(attempt, start);
            if (next.response != null) {
                return next.response;
            }
            services.logger.retry(next.wait, attempt, retries.maxRetries());
            sleep(next.wait, "while waiting to retry");
        }
    }

    private Next<T> attemptOnThisThread(int attempt, long start) {
        HttpResponse response;
        try {
            response = cancellation.execute(services.settings.transport.newCall(http));
        } catch (Exception failure) {
            // IOException, an InterruptedException the HTTP library throws without declaring it, or a
            // RuntimeException from the library or an interceptor: none of them may escape as it is.
            return afterFailure(attempt, failure, true);
        }
        return afterResponse(attempt, response, start, null);
    }

    private void sleep(Duration wait, String when) {
        try {
            services.settings.sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
            if (cancellation.isStopped()) {
                throw cancellation.stopped(when);
            }
            throw CallFailures.interrupted(what(), when, interrupted, secrets(), true);
        }
    }

    // ------------------------------------------------------------------------------------------------ async

    /**
     * Starts the first attempt.
     *
     * @param finish turns the response into the future's value
     * @param <R> the future's value
     * @return the call's future: completed with what {@code finish} makes of the response, or exceptionally with
     *     the call's exception; cancelling it stops the call
     */
    <R> CompletableFuture<R> start(Function<ApiResponse<T>, R> finish) {
        AsyncAttempts<T, R> call = new AsyncAttempts<>(this, finish);
        call.attempt(1);
        return call;
    }

    // ------------------------------------------------------------------------------------ the decision

    /** @return the typed response, or the wait before a retry; throws the typed exception that ends the call */
    Next<T> afterResponse(int attempt, HttpResponse received, long start, @Nullable String bodyProblem) {
        services.logger.response(http, received, start, secrets());
        retries.observe(received.status());
        HttpResponse response =
                new HttpResponse(received.status(), received.headers().maskingValues(secrets()), received.body());
        if (response.isSuccessful()) {
            return Next.done(services.reader.decode(response, decoder, secrets()));
        }
        ErrorBody body = services.errors.parseBody(response);
        ServerAnswer answer = new ServerAnswer(
                response.status(), services.retryAfter.find(response.headers(), body.retryAfterSeconds()));
        DescribedError failure = services.errors.describe(
                request.method(),
                request.path(),
                response,
                body,
                answer.requestedWait(),
                bodyProblem,
                secrets(),
                services.settings.apiKeyVariables);
        if (!retries.shouldRetry(attempt, null, answer)) {
            throw failure.get();
        }
        retried(failure);
        return Next.retryAfter(retries.delay(attempt, answer));
    }

    private void retried(Supplier<? extends EvalwireException> failure) {
        if (earlier == null) {
            earlier = new ArrayList<>(2);
        }
        earlier.add(failure);
    }

    /** @return the wait before a retry, or what the response decides; throws the exception that ends the call */
    Next<T> afterFailure(int attempt, Exception failure, boolean sync) {
        if (failure instanceof ResponseTooLargeException) {
            ResponseTooLargeException tooLarge = (ResponseTooLargeException) failure;
            if (tooLarge.status() >= 200 && tooLarge.status() <= 299) {
                throw new InvalidResponseException(
                        tooLarge.getMessage(),
                        tooLarge.status(),
                        tooLarge.headers().maskingValues(secrets()),
                        "",
                        tooLarge);
            }
            return afterResponse(
                    attempt,
                    new HttpResponse(tooLarge.status(), tooLarge.headers(), NO_BYTES),
                    System.nanoTime(),
                    tooLarge.getMessage());
        }
        services.logger.failure(http, failure, secrets());
        if (cancellation.isStopped()) {
            throw cancellation.stopped("during attempt " + attempt);
        }
        if (CallFailures.isInterrupt(failure)) {
            throw CallFailures.interrupted(what(), "during attempt " + attempt, failure, secrets(), sync);
        }
        if (!retries.shouldRetry(attempt, failure, null)) {
            throw CallFailures.connection(what(), failure, attempt, secrets());
        }
        List<String> secrets = secrets();
        retried(() -> CallFailures.connection(what(), failure, attempt, secrets));
        return Next.retryAfter(retries.delay(attempt, null));
    }
}
