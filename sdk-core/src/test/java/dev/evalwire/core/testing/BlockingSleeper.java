package dev.evalwire.core.testing;

import dev.evalwire.core.Sleeper;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A sleeper that blocks until its thread is interrupted, for tests that cancel a wait: {@link #awaitSleeping()}
 * returns once a sleep has begun, {@link #awaitInterrupted()} once that sleep was interrupted.
 */
public final class BlockingSleeper implements Sleeper {

    private final CountDownLatch sleeping = new CountDownLatch(1);
    private final CountDownLatch interrupted = new CountDownLatch(1);

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        sleeping.countDown();
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            interrupted.countDown();
            throw e;
        }
    }

    /** Returns once a sleep has begun; fails the test after 10 s. */
    public void awaitSleeping() throws InterruptedException {
        if (!sleeping.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("nothing started to sleep");
        }
    }

    /** Returns once a sleep was interrupted; fails the test after 10 s. */
    public void awaitInterrupted() throws InterruptedException {
        if (!interrupted.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the sleep was not interrupted");
        }
    }
}
