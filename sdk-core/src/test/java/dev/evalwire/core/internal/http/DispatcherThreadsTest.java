package dev.evalwire.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.ConcurrencyLimits;
import dev.evalwire.core.Timeouts;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher's threads: never more than the limit of calls running at once, an idle thread reused before a new
 * one starts, a task beyond the limit run when a thread comes free, and nothing accepted after the close.
 */
class DispatcherThreadsTest {

    private final ExecutorService pool = DispatcherThreads.create(2);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        pool.shutdownNow();
    }

    @Test
    void aTaskBeyondTheLimitWaitsForAThreadInsteadOfStartingOne() throws Exception {
        CountDownLatch started = new CountDownLatch(2);
        AtomicInteger ran = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            pool.execute(() -> {
                started.countDown();
                await(release);
                ran.incrementAndGet();
            });
        }
        assertTrue(started.await(30, TimeUnit.SECONDS));
        CountDownLatch third = new CountDownLatch(1);
        pool.execute(third::countDown);

        assertEquals(2, threads().getPoolSize(), "no third thread while two are busy");
        assertEquals(1L, third.getCount(), "the third task waits");
        release.countDown();
        assertTrue(third.await(30, TimeUnit.SECONDS), "the third task runs once a thread is free");
        assertEquals(2, threads().getLargestPoolSize());
    }

    @Test
    void anIdleThreadIsReusedBeforeANewOneStarts() throws Exception {
        for (int i = 0; i < 5; i++) {
            CountDownLatch done = new CountDownLatch(1);
            pool.execute(done::countDown);
            assertTrue(done.await(30, TimeUnit.SECONDS));
            LinkedTransferQueue<Runnable> queue =
                    (LinkedTransferQueue<Runnable>) threads().getQueue();
            while (!queue.hasWaitingConsumer()) {
                Thread.yield();
            }
        }
        assertEquals(1, threads().getLargestPoolSize(), "one thread served five tasks one after the other");
    }

    @Test
    void nothingIsAcceptedAfterTheClose() {
        pool.shutdown();

        RejectedExecutionException e = assertThrows(RejectedExecutionException.class, () -> pool.execute(() -> {}));
        assertEquals("the client is closed", e.getMessage());
    }

    @Test
    void theSdksOwnClientRunsItsCallsOnThisPoolSizedToTheLimit() {
        OkHttpTransport transport =
                OkHttpTransport.create(null, Timeouts.defaults(), 1024, ConcurrencyLimits.of(10, 3));
        try {
            ThreadPoolExecutor threads =
                    (ThreadPoolExecutor) transport.client().dispatcher().executorService();
            assertEquals(10, threads.getMaximumPoolSize());
            assertTrue(threads.getQueue() instanceof LinkedTransferQueue);
        } finally {
            transport.close();
        }
    }

    private ThreadPoolExecutor threads() {
        return (ThreadPoolExecutor) pool;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
