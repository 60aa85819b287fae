package dev.evalwire.core;

import java.time.Duration;

/**
 * Waits between retry attempts. The default sleeps the calling thread of a sync call and schedules the next
 * attempt of an async call; tests inject a recording sleeper so that the backoff schedule can be checked without
 * waiting. A sleeper other than {@link #system()} is also called for async calls, on the client's retry thread,
 * and should return promptly.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits for {@code duration}.
     *
     * @param duration how long to wait; never negative
     * @throws InterruptedException if the thread is interrupted while waiting (for example when an async
     *     call is cancelled)
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * @return the sleeper of the real clock: a sync call's thread sleeps with {@link Thread#sleep(long, int)}; an
     *     async call holds no thread while it waits (its next attempt is scheduled)
     */
    static Sleeper system() {
        return dev.evalwire.core.internal.SystemSleeper.INSTANCE;
    }
}
