package dev.evalwire.core.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * Stands in for a library exception whose text held a secret, so that the cause chain of an SDK exception never
 * shows one: not in {@code getMessage()}, not in {@code printStackTrace()}. It keeps the original's class name (at
 * the start of its message and in {@link #toString()}), its stack trace, and stand-ins for its own causes and
 * suppressed exceptions; only the secrets in their messages are masked.
 */
final class RedactedCause extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String originalClass;

    @Nullable
    private final String redactedMessage;

    private RedactedCause(Throwable original, Collection<String> secrets, Set<Throwable> seen) {
        super(Redaction.scrub(original.getMessage(), secrets), standIn(original.getCause(), secrets, seen), true, true);
        this.originalClass = original.getClass().getName();
        this.redactedMessage = getMessage();
        setStackTrace(original.getStackTrace());
        for (Throwable suppressed : original.getSuppressed()) {
            if (seen.add(suppressed)) {
                addSuppressed(new RedactedCause(suppressed, secrets, seen));
            }
        }
    }

    /**
     * Returns {@code failure} itself when no text in its chain (messages and {@code toString()} of it, its causes
     * and its suppressed exceptions) holds a secret, else a stand-in with the secrets masked.
     *
     * @param failure the library exception to attach as a cause
     * @param secrets the call's secret values
     * @return a cause that is safe to attach
     */
    static Throwable of(Throwable failure, Collection<String> secrets) {
        if (isClean(failure, secrets, Collections.newSetFromMap(new IdentityHashMap<Throwable, Boolean>()))) {
            return failure;
        }
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<Throwable, Boolean>());
        seen.add(failure);
        return new RedactedCause(failure, secrets, seen);
    }

    @Nullable
    private static Throwable standIn(@Nullable Throwable cause, Collection<String> secrets, Set<Throwable> seen) {
        return cause != null && seen.add(cause) ? new RedactedCause(cause, secrets, seen) : null;
    }

    private static boolean isClean(Throwable failure, Collection<String> secrets, Set<Throwable> seen) {
        if (!seen.add(failure)) {
            return true;
        }
        if (leaks(failure.getMessage(), secrets)
                || leaks(failure.getLocalizedMessage(), secrets)
                || leaks(failure.toString(), secrets)) {
            return false;
        }
        if (failure.getCause() != null && !isClean(failure.getCause(), secrets, seen)) {
            return false;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (!isClean(suppressed, secrets, seen)) {
                return false;
            }
        }
        return true;
    }

    private static boolean leaks(@Nullable String text, Collection<String> secrets) {
        return text != null && !text.equals(Redaction.scrub(text, secrets));
    }

    /** @return the original exception's class name, for example {@code java.net.ProtocolException} */
    String originalClass() {
        return originalClass;
    }

    @Override
    public String toString() {
        return redactedMessage == null ? originalClass : originalClass + ": " + redactedMessage;
    }
}
