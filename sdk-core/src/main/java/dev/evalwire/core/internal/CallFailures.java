package dev.evalwire.core.internal;

import dev.evalwire.core.ApiConnectionException;
import dev.evalwire.core.ApiInterruptedException;
import dev.evalwire.core.ApiTimeoutException;
import dev.evalwire.core.EvalwireException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.Collection;
import javax.annotation.Nullable;

/**
 * Turns what the HTTP library threw for one attempt into the SDK's exception: a timeout, an interrupt or another
 * connection failure. The library's exception is attached as the cause only when its text is free of the call's
 * secrets; otherwise a {@link RedactedCause} stands in for it.
 */
final class CallFailures {

    private CallFailures() {}

    /**
     * @param failure what the library threw; may be a checked exception it threw without declaring it
     * @return true when the failure is, or was caused by (or suppressed), an interrupt of the calling thread, or
     *     the thread's interrupt flag is set
     */
    static boolean isInterrupt(Throwable failure) {
        if (Thread.currentThread().isInterrupted()) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isInterruptItself(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isInterruptItself(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isInterruptItself(Throwable t) {
        return t instanceof InterruptedException
                || (t instanceof InterruptedIOException && "interrupted".equals(t.getMessage()));
    }

    /**
     * Builds the exception for an interrupted call and, for a sync call, sets the calling thread's interrupt flag
     * again (the library or the sleeper may have cleared it). An async call's attempts run on the transport's
     * threads, whose flags are not the caller's.
     *
     * @param what the call, for example {@code PATCH /v1/...}
     * @param when when it was interrupted
     * @param failure the library's report of the interrupt, or null
     * @param secrets the call's secrets
     * @param sync whether the call runs on the caller's thread
     * @return the exception to throw
     */
    static ApiInterruptedException interrupted(
            String what, String when, @Nullable Throwable failure, Collection<String> secrets, boolean sync) {
        if (sync) {
            Thread.currentThread().interrupt();
        }
        return new ApiInterruptedException(
                "interrupted " + when + " calling " + what,
                failure == null ? null : RedactedCause.of(failure, secrets));
    }

    /**
     * @param what the call, for example {@code PATCH /v1/...}
     * @param failure what the library threw
     * @param attempts how many attempts were made
     * @param secrets the call's secrets, masked in the message and the cause
     * @return an {@link ApiTimeoutException} for a timeout, else an {@link ApiConnectionException}
     */
    static EvalwireException connection(String what, Throwable failure, int attempts, Collection<String> secrets) {
        String detail = Redaction.scrub(
                failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage()),
                secrets);
        String tries = attempts == 1 ? "1 attempt" : attempts + " attempts";
        Throwable cause = RedactedCause.of(failure, secrets);
        return isTimeout(failure)
                ? new ApiTimeoutException("timed out calling " + what + " (" + detail + "; " + tries + ")", cause)
                : new ApiConnectionException(
                        "connection failed calling " + what + " (" + detail + "; " + tries + ")", cause);
    }

    private static boolean isTimeout(Throwable failure) {
        return failure instanceof SocketTimeoutException
                || (failure instanceof InterruptedIOException
                        && ("timeout".equals(failure.getMessage()) || "deadline reached".equals(failure.getMessage())));
    }
}
