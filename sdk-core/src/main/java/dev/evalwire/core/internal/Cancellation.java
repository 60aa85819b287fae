package dev.evalwire.core.internal;

import dev.evalwire.core.ClientClosedException;
import dev.evalwire.core.EvalwireException;
import dev.evalwire.core.http.HttpCall;
import dev.evalwire.core.http.HttpResponse;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import javax.annotation.Nullable;

/**
 * Stops one call from outside: when its future is cancelled, or when its client is closed. Stopping cancels the
 * HTTP attempt in flight and an async call's pending wait between retries. A synchronous call's thread belongs to
 * the caller and is never interrupted; it notices the stop when its attempt or wait ends.
 */
final class Cancellation {

    private volatile boolean cancelled;
    private volatile boolean closed;

    @Nullable
    private HttpCall current;

    @Nullable
    private Future<?> pendingWait;

    @Nullable
    private Runnable onStopWhileWaiting;

    /** The neighbours in the client's list of calls in flight; guarded by that {@link InFlightCalls}. */
    @Nullable
    Cancellation previousInFlight;

    @Nullable
    Cancellation nextInFlight;

    /** @return true once the call was cancelled or its client closed */
    boolean isStopped() {
        return cancelled || closed;
    }

    /**
     * @param when when the stop was noticed, for the message (for example "while waiting to retry")
     * @return the exception that ends a stopped call: {@link ClientClosedException} when the client was closed,
     *     else a {@link CancellationException}
     */
    RuntimeException stopped(String when) {
        return closed && !cancelled ? closedException(when) : new CancellationException("call was cancelled " + when);
    }

    /**
     * @param when when the close was noticed
     * @return the exception for a call that meets a closed client
     */
    static EvalwireException closedException(String when) {
        return new ClientClosedException("the client was closed " + when + "; create a new client to make more calls");
    }

    /** Runs one attempt on the calling thread, cancelling it at once if the call was stopped before it started. */
    HttpResponse execute(HttpCall call) throws IOException {
        track(call);
        try {
            return call.execute();
        } finally {
            untrack(call);
        }
    }

    /** Makes {@code call} the attempt that stopping cancels; cancels it at once when already stopped. */
    synchronized void track(HttpCall call) {
        if (isStopped()) {
            call.cancel();
        }
        current = call;
    }

    /** Forgets {@code call} once it has ended. */
    synchronized void untrack(HttpCall call) {
        if (current == call) {
            current = null;
        }
    }

    /**
     * Makes {@code wait} the pending wait that stopping cancels; when it is cancelled that way,
     * {@code onStop} runs (it ends the call, since the next attempt never will).
     *
     * @param wait the scheduled next attempt
     * @param onStop ends the call when the wait is cancelled by a stop
     */
    void awaitRetry(Future<?> wait, Runnable onStop) {
        synchronized (this) {
            pendingWait = wait;
            onStopWhileWaiting = onStop;
            if (!isStopped()) {
                return;
            }
        }
        stopWaiting();
    }

    /** Forgets the pending wait once the next attempt starts. */
    synchronized void retryStarted() {
        pendingWait = null;
        onStopWhileWaiting = null;
    }

    /** Stops the call because its future was cancelled. */
    void cancel() {
        cancelled = true;
        stop();
    }

    /** Stops the call because its client was closed. */
    void close() {
        closed = true;
        stop();
    }

    private void stop() {
        synchronized (this) {
            if (current != null) {
                current.cancel();
            }
        }
        stopWaiting();
    }

    private void stopWaiting() {
        Runnable onStop;
        synchronized (this) {
            // Interrupting can only reach a test's sleeper, which sleeps on the retry thread; a scheduled wait holds
            // no thread, and the next attempt forgets its wait before it starts.
            if (pendingWait == null || !pendingWait.cancel(true)) {
                return;
            }
            onStop = onStopWhileWaiting;
            pendingWait = null;
            onStopWhileWaiting = null;
        }
        onStop.run();
    }
}
