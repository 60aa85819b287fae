package dev.evalwire.core.internal;

import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calls of one client that have started and not ended, so that closing the client can stop them, and whether
 * the client is closed. Thread-safe.
 */
final class InFlightCalls {

    private final Set<Cancellation> calls = Collections.newSetFromMap(new ConcurrentHashMap<Cancellation, Boolean>());
    private volatile boolean closed;

    /**
     * Registers a call that is about to start.
     *
     * @param call the call's cancellation
     * @return false, with the call left out, when the client is already closed
     */
    boolean enter(Cancellation call) {
        calls.add(call);
        if (closed) {
            calls.remove(call);
            return false;
        }
        return true;
    }

    /** @return the set a call leaves when it ends (async calls leave it before their future completes) */
    Set<Cancellation> calls() {
        return calls;
    }

    /** Marks the client closed and stops every call in flight; later {@link #enter} calls return false. */
    void closeAll() {
        closed = true;
        for (Cancellation call : calls) {
            call.close();
        }
    }
}
