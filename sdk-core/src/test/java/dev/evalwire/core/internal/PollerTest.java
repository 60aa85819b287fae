package dev.evalwire.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.ClientClosedException;
import dev.evalwire.core.WaitOptions;
import dev.evalwire.core.WaitTimeoutException;
import dev.evalwire.core.testing.BlockingSleeper;
import dev.evalwire.core.testing.FakeTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Poller without HTTP: reads are suppliers of states; waits go to a fake clock and sleeper. */
class PollerTest {

    private static final WaitOptions OPTIONS = WaitOptions.defaults()
            .withInterval(Duration.ofSeconds(1))
            .withMultiplier(3)
            .withMaxInterval(Duration.ofSeconds(5))
            .withTimeout(Duration.ofSeconds(20));

    private final FakeTime time = new FakeTime();
    private final RetryScheduler scheduler = new RetryScheduler("poller-test", time);
    private final Poller poller = new Poller(time, time.clock(), scheduler);
    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void closeScheduler() {
        scheduler.close();
    }

    private static Poller.Target<String> untilDone(WaitOptions options) {
        return new Poller.Target<>("job j1", "done"::equals, state -> state, options);
    }

    private Supplier<String> states(String... states) {
        Deque<String> queue = new ArrayDeque<>(Arrays.asList(states));
        return () -> {
            reads.incrementAndGet();
            return queue.size() > 1 ? queue.removeFirst() : queue.getFirst();
        };
    }

    @Test
    void firstFinalAnswerEndsTheWaitWithoutSleeping() {
        assertEquals("done", poller.await(states("done"), untilDone(OPTIONS)));
        assertEquals(Collections.emptyList(), time.sleeps());
        assertEquals(1, reads.get());
    }

    @Test
    void waitsFollowTheBackoffUpToTheCap() {
        assertEquals("done", poller.await(states("a", "b", "c", "d", "done"), untilDone(OPTIONS)));
        assertEquals(
                Arrays.asList(
                        Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(5)),
                time.sleeps());
        assertEquals(5, reads.get());
    }

    @Test
    void timeoutCutsTheLastWaitThenThrows() {
        WaitTimeoutException e =
                assertThrows(WaitTimeoutException.class, () -> poller.await(states("busy"), untilDone(OPTIONS)));
        // reads at 0, 1, 4, 9, 14 and 19 s; the wait after the sixth is cut to 1 s; the seventh read at 20 s
        assertEquals(
                Arrays.asList(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(3),
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(1)),
                time.sleeps());
        assertEquals(Duration.ofSeconds(20), time.elapsed());
        assertEquals(7, reads.get());
        assertEquals(7, e.reads());
        assertEquals("busy", e.lastState());
        assertEquals("job j1 was still busy after PT20S (7 reads)", e.getMessage());
    }

    @Test
    void aFinalAnswerAtTheDeadlineStillWins() {
        WaitOptions short1 = OPTIONS.withTimeout(Duration.ofSeconds(1));
        assertEquals("done", poller.await(states("busy", "done"), untilDone(short1)));
        assertEquals(Arrays.asList(Duration.ofSeconds(1)), time.sleeps());
    }

    @Test
    void failuresOtherThanApiErrorsEndTheWait() {
        IllegalStateException broken = new IllegalStateException("decoder");
        assertSame(
                broken,
                assertThrows(
                        IllegalStateException.class,
                        () -> poller.await(
                                () -> {
                                    throw broken;
                                },
                                untilDone(OPTIONS))));
        assertEquals(Collections.emptyList(), time.sleeps());
    }

    @Test
    void asyncWaitSleepsOnTheSchedulerWithTheSameBackoff() throws Exception {
        Supplier<String> states = states("a", "b", "done");
        String done = poller.awaitAsync(() -> CompletableFuture.completedFuture(states.get()), untilDone(OPTIONS))
                .get(10, TimeUnit.SECONDS);
        assertEquals("done", done);
        assertEquals(Arrays.asList(Duration.ofSeconds(1), Duration.ofSeconds(3)), time.sleeps());
    }

    @Test
    void asyncTimeoutFailsTheFuture() {
        Supplier<String> states = states("busy");
        ExecutionException e = assertThrows(
                ExecutionException.class,
                () -> poller.awaitAsync(
                                () -> CompletableFuture.completedFuture(states.get()),
                                untilDone(OPTIONS.withTimeout(Duration.ofSeconds(2))))
                        .get(10, TimeUnit.SECONDS));
        assertInstanceOf(WaitTimeoutException.class, e.getCause());
        assertEquals(3, reads.get());
    }

    @Test
    void cancellingCancelsTheReadInFlight() {
        CompletableFuture<String> inFlight = new CompletableFuture<>();
        CompletableFuture<String> wait = poller.awaitAsync(() -> inFlight, untilDone(OPTIONS));

        assertTrue(wait.cancel(true));

        assertTrue(inFlight.isCancelled());
        assertEquals(Collections.emptyList(), time.sleeps());
    }

    @Test
    void cancellingCancelsThePendingWaitAndNoReadFollows() throws Exception {
        BlockingSleeper sleeper = new BlockingSleeper();
        RetryScheduler blocking = new RetryScheduler("poller-test-blocking", sleeper);
        try {
            Poller waiting = new Poller(sleeper, Clock.systemUTC(), blocking);
            CompletableFuture<String> wait = waiting.awaitAsync(
                    () -> {
                        reads.incrementAndGet();
                        return CompletableFuture.completedFuture("busy");
                    },
                    untilDone(OPTIONS));
            sleeper.awaitSleeping();

            assertTrue(wait.cancel(true));
            sleeper.awaitInterrupted();

            assertEquals(1, reads.get());
        } finally {
            blocking.close();
        }
        assertEquals(1, reads.get());
    }

    @Test
    void aClosedSchedulerFailsTheAsyncWait() {
        scheduler.close();
        ExecutionException e = assertThrows(
                ExecutionException.class,
                () -> poller.awaitAsync(() -> CompletableFuture.completedFuture("busy"), untilDone(OPTIONS))
                        .get(10, TimeUnit.SECONDS));
        assertInstanceOf(ClientClosedException.class, e.getCause());
    }

    @Test
    void aReadThatFailsAsyncEndsTheWaitWithItsCause() {
        CompletableFuture<String> failed = new CompletableFuture<>();
        IllegalStateException cause = new IllegalStateException("broken");
        failed.completeExceptionally(cause);
        CompletableFuture<String> wait = poller.awaitAsync(() -> failed, untilDone(OPTIONS));
        ExecutionException e = assertThrows(ExecutionException.class, () -> wait.get(10, TimeUnit.SECONDS));
        assertSame(cause, e.getCause());
        assertFalse(wait.isCancelled());
    }
}
