package dev.evalwire.core.internal;

import dev.evalwire.core.ClientClosedException;
import dev.evalwire.core.EvalwireException;
import dev.evalwire.core.http.HttpCall;
import dev.evalwire.core.http.HttpResponse;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import javax.annotation.Nullable;

/**
 * Stops one call from outside: when its future is cancelled, or when its client is closed. Stopping cancels the
 * HTTP attempt in flight and, for an async call, wakes the worker from a wait between retries. A synchronous
 * call's thread belongs to the caller and is never interrupted.
 */
final class Cancellation {

    private volatile boolean cancelled;
    private volatile boolean closed;
    @Nullable private HttpCall current;
    @Nullable private Thread worker;

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
        return new ClientClosedException("the client was closed " + when
                + "; create a new client to make more calls");
    }

    /** Runs one attempt, cancelling it at once if the call was stopped before it started. */
    HttpResponse execute(HttpCall call) throws IOException {
        synchronized (this) {
            if (isStopped()) {
                call.cancel();
            }
            current = call;
        }
        try {
            return call.execute();
        } finally {
            synchronized (this) {
                current = null;
            }
        }
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

    private synchronized void stop() {
        if (current != null) {
            current.cancel();
        }
        if (worker != null) {
            worker.interrupt();
        }
    }

    /** Marks the calling thread as this async call's worker, which stopping may interrupt. */
    synchronized void bindWorker() {
        worker = Thread.currentThread();
    }

    /** Forgets the worker and clears an interrupt that stopping may have left on it. */
    synchronized void unbindWorker() {
        worker = null;
        Thread.interrupted();
    }
}
