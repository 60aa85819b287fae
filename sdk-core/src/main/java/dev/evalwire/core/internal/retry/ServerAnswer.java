package dev.evalwire.core.internal.retry;

import java.time.Duration;
import javax.annotation.Nullable;

/** What a retry decision needs of an error response: its status and the wait the server asked for, if any. */
public final class ServerAnswer {

    private final int status;

    @Nullable
    private final Duration requestedWait;

    /**
     * @param status the HTTP status
     * @param requestedWait the wait the server asked for ({@link RetryAfter#find}), or null when it did not say
     */
    public ServerAnswer(int status, @Nullable Duration requestedWait) {
        this.status = status;
        this.requestedWait = requestedWait;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the wait the server asked for, or null */
    @Nullable
    public Duration requestedWait() {
        return requestedWait;
    }
}
