package dev.evalwire.fireworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.ApiInterruptedException;
import dev.evalwire.core.NotFoundException;
import dev.evalwire.core.WaitOptions;
import dev.evalwire.core.WaitTimeoutException;
import dev.evalwire.core.testing.BlockingSleeper;
import dev.evalwire.core.testing.FakeTime;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code awaitBuild}: reads the evaluator until ACTIVE or BUILD_FAILED, with a fake clock and sleeper. */
class FireworksAwaitBuildTest {

    /** 1 s, then 1.5 s, 2.25 s, capped at 2 s, for at most 5 s. */
    private static final WaitOptions OPTIONS = WaitOptions.defaults()
            .withInterval(Duration.ofSeconds(1))
            .withMultiplier(1.5)
            .withMaxInterval(Duration.ofSeconds(2))
            .withTimeout(Duration.ofSeconds(5));

    private final FakeTime time = new FakeTime();

    @RegisterExtension
    final FireworksServer server = new FireworksServer();

    private final FireworksClient client = server.client(time, time.clock());

    private void answer(String state) {
        answer(state, "");
    }

    private void answer(String state, String message) {
        server.enqueue(
                200,
                "{\"name\":\"accounts/acme/evaluators/exact-match\",\"state\":\"" + state + "\","
                        + "\"status\":{\"code\":\"OK\",\"message\":\"" + message + "\"}}");
    }

    private static Duration millis(long millis) {
        return Duration.ofMillis(millis);
    }

    @Test
    void buildingBuildingActiveSucceedsAfterThreeReads() throws Exception {
        answer("BUILDING");
        answer("BUILDING");
        answer("ACTIVE");

        EvaluatorBuild build = client.awaitBuild("exact-match", OPTIONS);

        assertTrue(build.succeeded());
        assertEquals(EvaluatorState.ACTIVE, build.state());
        assertEquals("accounts/acme/evaluators/exact-match", build.evaluator().name());
        assertEquals(Arrays.asList(millis(1000), millis(1500)), time.sleeps());
        for (int i = 0; i < 3; i++) {
            server.take("GET " + FireworksGetEvaluatorTest.PATH);
        }
        assertEquals(3, server.requestCount());
    }

    @Test
    void backoffIsCappedAtMaxInterval() {
        answer("BUILDING");
        answer("BUILDING");
        answer("BUILDING");
        answer("ACTIVE");

        client.awaitBuild("exact-match", OPTIONS);

        assertEquals(Arrays.asList(millis(1000), millis(1500), millis(2000)), time.sleeps());
    }

    @Test
    void buildFailedEndsTheWaitWithTheStatusMessage() {
        answer("BUILDING");
        answer("BUILD_FAILED", "pip install failed: no such package");

        EvaluatorBuild build = client.awaitBuild("exact-match", OPTIONS);

        assertFalse(build.succeeded());
        assertEquals(EvaluatorState.BUILD_FAILED, build.state());
        assertEquals("pip install failed: no such package", build.message());
        assertEquals(
                "EvaluatorBuild{state=BUILD_FAILED, message=pip install failed: no such package}", build.toString());
        assertEquals(2, server.requestCount());
    }

    @Test
    void missingStatusGivesNoMessage() {
        server.enqueue(200, "{\"state\":\"ACTIVE\"}");

        EvaluatorBuild build = client.awaitBuild("exact-match", OPTIONS);

        assertTrue(build.succeeded());
        assertNull(build.message());
        assertEquals(Collections.emptyList(), time.sleeps());
    }

    @Test
    void unspecifiedAndUnknownStatesAreNotFinal() {
        server.enqueue(200, "{}");
        answer("STATE_UNSPECIFIED");
        answer("SOME_NEW_STATE");
        answer("ACTIVE");

        assertTrue(client.awaitBuild("exact-match", OPTIONS).succeeded());

        assertEquals(4, server.requestCount());
    }

    @Test
    void timeoutThrowsWithTheLastState() {
        for (int i = 0; i < 6; i++) {
            answer("BUILDING");
        }

        WaitTimeoutException e =
                assertThrows(WaitTimeoutException.class, () -> client.awaitBuild("exact-match", OPTIONS));

        // reads at 0, 1, 2.5 and 4.5 s; the last wait is cut from 2 s to the 0.5 s left; a fifth read at 5 s
        assertEquals(Arrays.asList(millis(1000), millis(1500), millis(2000), millis(500)), time.sleeps());
        assertEquals(Duration.ofSeconds(5), time.elapsed());
        assertEquals(5, server.requestCount());
        assertEquals("BUILDING", e.lastState());
        assertEquals(5, e.reads());
        assertEquals("evaluator exact-match was still BUILDING after PT5S (5 reads)", e.getMessage());
    }

    @Test
    void retryAfterOnA429LengthensTheNextWait() {
        answer("BUILDING");
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "7")
                .addHeader("Content-Type", "application/json")
                .body("{\"code\":8,\"message\":\"rate limited\"}")
                .build());
        answer("ACTIVE");

        assertTrue(client.awaitBuild("exact-match", OPTIONS.withTimeout(Duration.ofMinutes(1)))
                .succeeded());

        assertEquals(Arrays.asList(millis(1000), millis(7000)), time.sleeps());
        assertEquals(3, server.requestCount());
    }

    @Test
    void retryAfterOnA503AlsoCounts() {
        server.enqueue(new MockResponse.Builder()
                .code(503)
                .addHeader("Retry-After", "3")
                .body("busy")
                .build());
        answer("ACTIVE");

        assertTrue(client.awaitBuild("exact-match", OPTIONS).succeeded());

        assertEquals(Arrays.asList(millis(3000)), time.sleeps());
    }

    @Test
    void serverErrorWithoutRetryAfterIsWaitedOutWithTheBackoff() {
        answer("BUILDING");
        server.enqueue(500, "{\"code\":13,\"message\":\"internal\"}");
        answer("ACTIVE");

        assertTrue(client.awaitBuild("exact-match", OPTIONS).succeeded());

        assertEquals(Arrays.asList(millis(1000), millis(1500)), time.sleeps());
        assertEquals(3, server.requestCount());
    }

    @Test
    void serverErrorsUntilTheDeadlineEndInATimeoutNamingThem() {
        for (int i = 0; i < 6; i++) {
            server.enqueue(500, "{\"code\":13,\"message\":\"internal\"}");
        }

        WaitTimeoutException timeout =
                assertThrows(WaitTimeoutException.class, () -> client.awaitBuild("exact-match", OPTIONS));

        assertEquals("unanswered (HTTP 500)", timeout.lastState());
    }

    @Test
    void notFoundEndsTheWait() {
        answer("BUILDING");
        server.enqueue(404, "{\"code\":5,\"message\":\"evaluator not found\"}");
        answer("ACTIVE");

        assertThrows(NotFoundException.class, () -> client.awaitBuild("exact-match", OPTIONS));

        assertEquals(Arrays.asList(millis(1000)), time.sleeps());
        assertEquals(2, server.requestCount());
    }

    @Test
    void asyncWaitCompletesWithTheBuild() throws Exception {
        answer("BUILDING");
        answer("BUILDING");
        answer("BUILD_FAILED", "entry point not found");

        EvaluatorBuild build = client.awaitBuildAsync("exact-match", OPTIONS).get(10, TimeUnit.SECONDS);

        assertFalse(build.succeeded());
        assertEquals("entry point not found", build.message());
        assertEquals(Arrays.asList(millis(1000), millis(1500)), time.sleeps());
        assertEquals(3, server.requestCount());
    }

    @Test
    void asyncWaitWithDefaultsAndItsFailures() throws Exception {
        answer("ACTIVE");
        assertTrue(
                client.awaitBuildAsync("exact-match").get(10, TimeUnit.SECONDS).succeeded());

        server.enqueue(404, "{\"code\":5,\"message\":\"evaluator not found\"}");
        ExecutionException notFound = assertThrows(
                ExecutionException.class,
                () -> client.awaitBuildAsync("exact-match", OPTIONS).get(10, TimeUnit.SECONDS));
        assertInstanceOf(NotFoundException.class, notFound.getCause());

        for (int i = 0; i < 5; i++) {
            answer("BUILDING");
        }
        ExecutionException timeout = assertThrows(
                ExecutionException.class,
                () -> client.awaitBuildAsync("exact-match", OPTIONS).get(10, TimeUnit.SECONDS));
        assertInstanceOf(WaitTimeoutException.class, timeout.getCause());
        assertEquals(7, server.requestCount());
    }

    @Test
    void syncWaitWithDefaultsWaitsTwoSecondsFirst() {
        answer("BUILDING");
        answer("ACTIVE");

        assertTrue(client.awaitBuild("exact-match").succeeded());

        assertEquals(Arrays.asList(Duration.ofSeconds(2)), time.sleeps());
    }

    @Test
    void cancellingTheAsyncWaitStopsFurtherReads() throws Exception {
        BlockingSleeper sleeper = new BlockingSleeper();
        try (FireworksClient blocking = server.client(sleeper, Clock.systemUTC())) {
            answer("BUILDING");
            answer("ACTIVE");

            CompletableFuture<EvaluatorBuild> wait = blocking.awaitBuildAsync("exact-match", OPTIONS);
            sleeper.awaitSleeping();
            assertTrue(wait.cancel(true));
            sleeper.awaitInterrupted();

            assertTrue(wait.isCancelled());
            assertEquals(1, server.requestCount());
        }
        assertEquals(1, server.requestCount());
    }

    @Test
    void interruptedSyncWaitKeepsTheInterruptFlag() {
        try (FireworksClient interrupted = server.client(
                duration -> {
                    throw new InterruptedException();
                },
                Clock.systemUTC())) {
            answer("BUILDING");

            ApiInterruptedException e =
                    assertThrows(ApiInterruptedException.class, () -> interrupted.awaitBuild("exact-match", OPTIONS));

            assertTrue(Thread.interrupted());
            assertEquals("interrupted while waiting to read again", e.getMessage());
            assertEquals(1, server.requestCount());
        }
    }

    @Test
    void badIdOrOptionsAreRefusedBeforeAnyRequest() {
        assertThrows(IllegalArgumentException.class, () -> client.awaitBuild(" ", OPTIONS));
        assertThrows(IllegalArgumentException.class, () -> client.awaitBuildAsync("..", OPTIONS));
        assertThrows(NullPointerException.class, () -> client.awaitBuild("exact-match", null));
        assertThrows(NullPointerException.class, () -> client.awaitBuildAsync("exact-match", null));
        assertEquals(0, server.requestCount());
    }
}
