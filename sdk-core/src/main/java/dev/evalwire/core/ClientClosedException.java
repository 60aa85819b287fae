package dev.evalwire.core;

/**
 * The client was closed: either before this call started, or while it was in flight, in which case the attempt
 * was cancelled and no further attempt was made. Whether the server received a cancelled attempt is unknown.
 * Create a new client to make more calls.
 */
public class ClientClosedException extends EvalwireException {

    private static final long serialVersionUID = 1L;

    /** @param message what was stopped */
    public ClientClosedException(String message) {
        super(message, null);
    }
}
