package dev.evalwire.core.internal;

import dev.evalwire.core.ApiException;
import dev.evalwire.core.ClientClosedException;
import dev.evalwire.core.EvalwireException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One async wait of a {@link Poller}: a read, then a scheduled next read, until the target is done; the final answer
 * goes through {@code finish} inside the wait, so that the returned future is the one whose cancel stops it.
 *
 * @param <T> the read's answer
 * @param <R> the wait's result
 */
final class AsyncPoll<T, R> {

    private final Poller poller;
    private final Supplier<CompletableFuture<T>> read;
    private final Poller.Target<T> target;
    private final Function<? super T, ? extends R> finish;
    private final Instant deadline;
    private final CompletableFuture<R> result = new CompletableFuture<R>() {
        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            stopPending();
            return cancelled;
        }
    };

    private volatile CompletableFuture<T> inFlight;
    private volatile Future<?> pendingWait;
    private int reads;

    AsyncPoll(
            Poller poller,
            Supplier<CompletableFuture<T>> read,
            Poller.Target<T> target,
            Function<? super T, ? extends R> finish,
            Instant deadline) {
        this.poller = poller;
        this.read = read;
        this.target = target;
        this.finish = finish;
        this.deadline = deadline;
    }

    CompletableFuture<R> start() {
        readOnce();
        return result;
    }

    private void readOnce() {
        if (result.isDone()) {
            return;
        }
        reads++;
        CompletableFuture<T> call;
        try {
            call = read.get();
        } catch (RuntimeException e) {
            if (reads == 1 && !(e instanceof EvalwireException)) {
                throw e; // bad input: the caller hears of it at once, as from the read itself
            }
            result.completeExceptionally(e);
            return;
        }
        inFlight = call;
        if (result.isCancelled()) {
            call.cancel(true);
            return;
        }
        call.whenComplete((answer, failure) -> afterRead(answer, failure));
    }

    private void afterRead(T answer, Throwable failure) {
        try {
            if (failure == null) {
                if (target.done.test(answer)) {
                    result.complete(finish.apply(answer));
                    return;
                }
                schedule(poller.waitAfterAnswer(answer, reads, deadline, target));
                return;
            }
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            if (cause instanceof CancellationException || !(cause instanceof ApiException)) {
                result.completeExceptionally(cause);
                return;
            }
            schedule(poller.waitAfterFailure((ApiException) cause, reads, deadline, target));
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    private void schedule(Duration wait) {
        try {
            pendingWait = poller.scheduler().schedule(wait, this::readOnce);
        } catch (RejectedExecutionException closed) {
            result.completeExceptionally(new ClientClosedException("the client was closed while waiting"));
            return;
        }
        if (result.isCancelled()) {
            stopPending();
        }
    }

    private void stopPending() {
        Future<?> wait = pendingWait;
        if (wait != null) {
            wait.cancel(true);
        }
        CompletableFuture<T> call = inFlight;
        if (call != null) {
            call.cancel(true);
        }
    }
}
