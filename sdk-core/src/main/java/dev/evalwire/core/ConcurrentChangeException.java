package dev.evalwire.core;

/**
 * A read-modify-write found that the resource changed between its read and its write (another writer slipped in),
 * and wrote nothing. None of the vendors offers a version or ETag precondition, so the SDK reads the resource a
 * second time just before the write and compares what the data allows (a modification time, or the configuration
 * itself); a change made after that second read still goes unnoticed. Retrying runs the change on fresh data.
 */
public class ConcurrentChangeException extends EvalwireException {

    private static final long serialVersionUID = 1L;

    /** @param message what changed, free of secrets */
    public ConcurrentChangeException(String message) {
        super(message, null);
    }
}
