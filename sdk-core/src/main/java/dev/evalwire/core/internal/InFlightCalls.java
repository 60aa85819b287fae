package dev.evalwire.core.internal;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

/**
 * The calls of one client that have started and not ended, so that closing the client can stop them, and whether
 * the client is closed. The calls are kept in a list linked through the calls themselves ({@link Cancellation}'s
 * links), so that a call waiting in the queue costs no extra object here. Thread-safe.
 */
final class InFlightCalls {

    @Nullable
    private Cancellation first;

    private boolean closed;

    /**
     * Registers a call that is about to start.
     *
     * @param call the call's cancellation, not registered yet
     * @return false, with the call left out, when the client is already closed
     */
    synchronized boolean enter(Cancellation call) {
        if (closed) {
            return false;
        }
        call.nextInFlight = first;
        if (first != null) {
            first.previousInFlight = call;
        }
        first = call;
        return true;
    }

    /**
     * Forgets a call that has ended (an async call leaves before its future completes). Safe to call for a call
     * that already left.
     *
     * @param call the call's cancellation
     */
    synchronized void leave(Cancellation call) {
        if (call.previousInFlight != null) {
            call.previousInFlight.nextInFlight = call.nextInFlight;
        } else if (first == call) {
            first = call.nextInFlight;
        } else {
            return;
        }
        if (call.nextInFlight != null) {
            call.nextInFlight.previousInFlight = call.previousInFlight;
        }
        call.previousInFlight = null;
        call.nextInFlight = null;
    }

    /** Marks the client closed and stops every call in flight; later {@link #enter} calls return false. */
    void closeAll() {
        List<Cancellation> calls = new ArrayList<>();
        synchronized (this) {
            closed = true;
            for (Cancellation call = first; call != null; call = call.nextInFlight) {
                calls.add(call);
            }
        }
        for (Cancellation call : calls) {
            call.close();
        }
    }
}
