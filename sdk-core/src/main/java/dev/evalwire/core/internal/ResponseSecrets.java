package dev.evalwire.core.internal;

import java.util.Collection;
import java.util.Collections;

/**
 * Hands the secrets of the call being decoded to the response objects built while it is decoded, so that their
 * {@code toString()} can mask an API key or secret value the server echoed. The executor sets them around decoding
 * on the thread that decodes; objects built anywhere else see none.
 */
public final class ResponseSecrets {

    private static final ThreadLocal<Collection<String>> CURRENT = new ThreadLocal<>();

    private ResponseSecrets() {}

    /** @return the secrets of the call being decoded on this thread, or an empty collection */
    public static Collection<String> current() {
        Collection<String> secrets = CURRENT.get();
        return secrets == null ? Collections.<String>emptyList() : secrets;
    }

    /**
     * Makes {@code secrets} current on this thread until {@link #end} is called with the returned value.
     *
     * @param secrets the call's secrets
     * @return what was current before, to restore
     */
    static Collection<String> begin(Collection<String> secrets) {
        Collection<String> previous = CURRENT.get();
        CURRENT.set(secrets);
        return previous;
    }

    /** @param previous what {@link #begin} returned */
    static void end(Collection<String> previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
