package dev.evalwire.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.Sleeper;
import dev.evalwire.core.testing.RecordingSleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Pending async retries hold no thread: ten thousand waits share the client's one retry thread, which starts on the
 * first wait and stops with the client; a test's sleeper is asked for each wait and the task then runs.
 */
class RetrySchedulerTest {

    /** A vendor name no other test's client uses, so that its retry thread can be counted alone. */
    private final String vendor = "scheduler-test-" + System.nanoTime();

    @Test
    void tenThousandPendingWaitsShareOneThread() {
        RetryScheduler scheduler = new RetryScheduler(vendor, Sleeper.system());
        int before = retryThreads();
        AtomicInteger ran = new AtomicInteger();
        List<Future<?>> waits = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            waits.add(scheduler.schedule(Duration.ofHours(1), ran::incrementAndGet));
        }
        assertEquals(0, before);
        assertEquals(1, retryThreads(), "one retry thread for all pending waits");
        assertTrue(waits.get(0).cancel(false), "a pending wait can be cancelled");
        scheduler.close();
        assertEquals(0, ran.get());
        assertThrows(RejectedExecutionException.class, () -> scheduler.schedule(Duration.ZERO, ran::incrementAndGet));
    }

    @Test
    void noThreadStartsBeforeTheFirstWaitAndCloseBeforeAnyIsFine() {
        int before = retryThreads();
        RetryScheduler scheduler = new RetryScheduler(vendor, Sleeper.system());
        assertEquals(before, retryThreads());
        scheduler.close();
        assertThrows(RejectedExecutionException.class, () -> scheduler.schedule(Duration.ZERO, () -> {}));
    }

    @Test
    void aTestSleeperIsAskedForTheWaitThenTheTaskRuns() throws Exception {
        RecordingSleeper sleeper = new RecordingSleeper();
        RetryScheduler scheduler = new RetryScheduler(vendor, sleeper);
        CountDownLatch ran = new CountDownLatch(1);
        scheduler.schedule(Duration.ofMinutes(5), ran::countDown);
        assertTrue(ran.await(10, TimeUnit.SECONDS));
        assertEquals(java.util.Collections.singletonList(Duration.ofMinutes(5)), sleeper.sleeps());
        scheduler.close();
    }

    private int retryThreads() {
        int count = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("evalwire-" + vendor + "-retry") && thread.isAlive()) {
                count++;
            }
        }
        return count;
    }
}
