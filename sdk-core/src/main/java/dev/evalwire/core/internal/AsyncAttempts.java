package dev.evalwire.core.internal;

import dev.evalwire.core.ApiResponse;
import dev.evalwire.core.http.HttpCall;
import dev.evalwire.core.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import javax.annotation.Nullable;

/**
 * One async call, as the future its caller holds: each attempt is sent with {@link HttpCall#enqueue} and each wait
 * is scheduled on the client's retry thread, so the call holds no thread while it waits. Each step runs after the
 * previous one ended; what to do after an attempt is {@link CallAttempts}' decision. Cancelling the future stops
 * the call: the attempt in flight is cancelled and no further attempt starts. The future and the call's state are
 * one object, so that a call waiting in the queue costs as little memory as it can.
 *
 * @param <T> the typed body
 * @param <R> the future's value
 */
final class AsyncAttempts<T, R> extends CompletableFuture<R> implements HttpCall.Callback {
    private final CallAttempts<T> attempts;
    private final Function<ApiResponse<T>, R> finish;
    private int attempt;
    private long start;

    /** The attempt in flight; null between attempts, so that a call waiting to retry does not keep the last one. */
    @Nullable
    private HttpCall call;

    AsyncAttempts(CallAttempts<T> attempts, Function<ApiResponse<T>, R> finish) {
        this.attempts = attempts;
        this.finish = finish;
    }

    /** Completes the future as cancelled, then stops the call. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        attempts.cancellation.cancel();
        return cancelled;
    }

    void attempt(int number) {
        attempts.cancellation.retryStarted();
        if (attempts.cancellation.isStopped()) {
            fail(attempts.cancellation.stopped("before attempt " + number));
            return;
        }
        Duration pace = attempts.retries.pace();
        if (pace.isZero()) {
            send(number);
        } else {
            await(pace, () -> send(number), "before attempt " + number);
        }
    }

    private void send(int number) {
        attempts.cancellation.retryStarted();
        if (attempts.cancellation.isStopped()) {
            fail(attempts.cancellation.stopped("before attempt " + number));
            return;
        }
        attempt = number;
        try {
            call = attempts.services.settings.transport.newCall(attempts.http);
            start = System.nanoTime();
            if (attempts.services.logger.isOn()) {
                attempts.services.logger.request(attempts.http, attempts.secrets());
            }
            attempts.cancellation.track(call);
        } catch (RuntimeException failure) {
            onFailure(failure);
            return;
        }
        call.enqueue(this);
    }

    @Override
    public void onResponse(HttpResponse response) {
        ended();
        CallAttempts.Next<T> next;
        try {
            next = attempts.afterResponse(attempt, response, start, null);
        } catch (RuntimeException failure) {
            fail(failure);
            return;
        }
        proceed(next);
    }

    @Override
    public void onFailure(Exception failure) {
        ended();
        CallAttempts.Next<T> next;
        try {
            next = attempts.afterFailure(attempt, failure, false);
        } catch (RuntimeException ended) {
            fail(ended);
            return;
        }
        proceed(next);
    }

    /** Forgets the attempt that has just ended. */
    private void ended() {
        if (call != null) {
            attempts.cancellation.untrack(call);
            call = null;
        }
    }

    private void proceed(CallAttempts.Next<T> next) {
        if (next.response != null) {
            R value = finish.apply(next.response);
            attempts.services.inFlight.leave(attempts.cancellation);
            deliver(() -> complete(value));
            return;
        }
        attempts.services.logger.retry(next.wait, attempt, attempts.retries.maxRetries());
        int following = attempt + 1;
        await(next.wait, () -> attempt(following), "while waiting to retry");
    }

    /** Runs {@code then} after {@code wait} on the retry thread, unless the call is stopped first. */
    private void await(Duration wait, Runnable then, String when) {
        Future<?> pending;
        try {
            pending = attempts.services.scheduler.schedule(wait, then);
        } catch (RejectedExecutionException closed) {
            fail(Cancellation.closedException(when));
            return;
        }
        attempts.cancellation.awaitRetry(pending, () -> fail(attempts.cancellation.stopped(when)));
    }

    private void fail(RuntimeException failure) {
        attempts.services.inFlight.leave(attempts.cancellation);
        RuntimeException ended = attempts.ending(failure);
        deliver(() -> completeExceptionally(ended));
    }

    /** Completes the future on the client's async executor, when it has one, else on this thread. */
    private void deliver(Runnable completing) {
        Executor completion = attempts.services.settings.asyncExecutor;
        if (completion == null) {
            completing.run();
            return;
        }
        try {
            completion.execute(completing);
        } catch (RejectedExecutionException rejected) {
            completing.run();
        }
    }
}
