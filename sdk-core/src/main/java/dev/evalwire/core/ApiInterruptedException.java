package dev.evalwire.core;

/**
 * The calling thread was interrupted before or during the call, or while it waited to retry. The call is
 * abandoned without further attempts, and the thread's interrupt flag is set again before this is thrown, so code
 * further up still sees the interrupt. Whether the server received the request is unknown.
 */
public class ApiInterruptedException extends ApiConnectionException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was interrupted, free of secrets
     * @param cause the interrupt as the HTTP library reported it (with secrets removed), or null
     */
    public ApiInterruptedException(String message, Throwable cause) {
        super(message, cause);
    }
}
