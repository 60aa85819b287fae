package dev.evalwire.core.internal;

import dev.evalwire.core.ApiException;
import dev.evalwire.core.ApiInterruptedException;
import dev.evalwire.core.Sleeper;
import dev.evalwire.core.WaitOptions;
import dev.evalwire.core.WaitTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads a resource again and again until it reaches a final state ({@link WaitOptions}): backoff between reads, a
 * 429 or 5xx answer (once the client's own retries are spent) read as "not yet" and waited out, longer when it
 * carries {@code Retry-After}, a {@link WaitTimeoutException} when the time is up; any other failure ends the
 * wait. Sync waits sleep with the client's {@link Sleeper}; async waits hold no thread between reads.
 */
public final class Poller {

    private final Sleeper sleeper;
    private final Clock clock;
    private final RetryScheduler scheduler;

    Poller(Sleeper sleeper, Clock clock, RetryScheduler scheduler) {
        this.sleeper = sleeper;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    /**
     * What to wait for.
     *
     * @param <T> the read's answer
     */
    public static final class Target<T> {
        final String what;
        final Predicate<T> done;
        final Function<T, String> state;
        final WaitOptions options;

        /**
         * @param what the resource, for the timeout message (free of secrets)
         * @param done whether an answer is final
         * @param state an answer's state, for the timeout message
         * @param options interval, backoff and timeout
         */
        public Target(String what, Predicate<T> done, Function<T, String> state, WaitOptions options) {
            this.what = what;
            this.done = done;
            this.state = state;
            this.options = options;
        }

        /**
         * A target reached when the answer's state is one of {@code finals}.
         *
         * @param what the resource, for the timeout message (free of secrets)
         * @param stateOf an answer's state
         * @param finals the final states
         * @param options interval, backoff and timeout
         * @return the target
         * @throws NullPointerException if {@code options} is null
         */
        public static <T, S> Target<T> untilState(
                String what, Function<T, S> stateOf, Set<S> finals, WaitOptions options) {
            Objects.requireNonNull(options, "options");
            return new Target<>(
                    what,
                    answer -> finals.contains(stateOf.apply(answer)),
                    answer -> String.valueOf(stateOf.apply(answer)),
                    options);
        }
    }

    /**
     * Reads until {@code target} is done, sleeping on this thread between reads.
     *
     * @param read one read; it throws {@code EvalwireException}s
     * @return the first final answer
     * @throws WaitTimeoutException when the time is up first
     * @throws ApiInterruptedException when the thread is interrupted while it waits (its flag is set again)
     */
    public <T> T await(Supplier<T> read, Target<T> target) {
        Instant deadline = clock.instant().plus(target.options.timeout());
        for (int reads = 1; ; reads++) {
            Duration wait;
            try {
                T answer = read.get();
                if (target.done.test(answer)) {
                    return answer;
                }
                wait = waitAfterAnswer(answer, reads, deadline, target);
            } catch (ApiException e) {
                wait = waitAfterFailure(e, reads, deadline, target);
            }
            sleep(wait);
        }
    }

    /**
     * Reads until {@code target} is done, without holding a thread between reads. Cancelling the returned future
     * cancels the read in flight and the pending wait.
     *
     * @param read starts one read
     * @return a future of the first final answer, failed with a {@link WaitTimeoutException} when the time is up
     *     first, or with the read's failure
     */
    public <T> CompletableFuture<T> awaitAsync(Supplier<CompletableFuture<T>> read, Target<T> target) {
        return awaitAsync(read, target, Function.<T>identity());
    }

    /**
     * As {@link #awaitAsync(Supplier, Target)}, the final answer turned into the result by {@code finish} (the
     * returned future is still the one whose cancel stops the wait, which a {@code thenApply} would not be).
     *
     * @param read starts one read
     * @param finish makes the result of the final answer
     * @return a future of the result
     */
    public <T, R> CompletableFuture<R> awaitAsync(
            Supplier<CompletableFuture<T>> read, Target<T> target, Function<? super T, ? extends R> finish) {
        return new AsyncPoll<T, R>(this, read, target, finish, clock.instant().plus(target.options.timeout())).start();
    }

    /** The wait after a read whose answer is not final: the backoff, cut to the deadline. */
    <T> Duration waitAfterAnswer(T answer, int reads, Instant deadline, Target<T> target) {
        return shortened(target.options.intervalAfter(reads), deadline, target, target.state.apply(answer), reads);
    }

    /**
     * The wait after a read that failed with a 429 or 5xx (the client's own retries already spent): the backoff, or
     * the server's {@code Retry-After} when longer, cut to the deadline. Any other failure is thrown: waiting would
     * not help.
     */
    <T> Duration waitAfterFailure(ApiException e, int reads, Instant deadline, Target<T> target) {
        if (e.status() != 429 && e.status() < 500) {
            throw e;
        }
        Duration backoff = target.options.intervalAfter(reads);
        Duration asked = e.retryAfter();
        Duration wait = asked != null && asked.compareTo(backoff) > 0 ? asked : backoff;
        return shortened(wait, deadline, target, "unanswered (HTTP " + e.status() + ")", reads);
    }

    /** The wait, cut to what is left before the deadline; a timeout when nothing is left. */
    private <T> Duration shortened(Duration wait, Instant deadline, Target<T> target, String state, int reads) {
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw new WaitTimeoutException(target.what, state, reads, target.options.timeout());
        }
        return wait.compareTo(left) > 0 ? left : wait;
    }

    RetryScheduler scheduler() {
        return scheduler;
    }

    private void sleep(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiInterruptedException("interrupted while waiting to read again", null);
        }
    }
}
