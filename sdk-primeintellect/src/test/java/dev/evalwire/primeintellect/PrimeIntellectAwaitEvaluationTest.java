package dev.evalwire.primeintellect;

import static dev.evalwire.primeintellect.PrimeIntellectServer.PATH;
import static dev.evalwire.primeintellect.PrimeIntellectServer.inStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code awaitEvaluation}: reads until a final status, with the client's sleeper and clock (never really waits). */
class PrimeIntellectAwaitEvaluationTest {

    /** 1 s, then 2 s, then 4 s (the cap), for at most 10 s. */
    private static final WaitOptions OPTIONS = WaitOptions.defaults()
            .withInterval(Duration.ofSeconds(1))
            .withMultiplier(2)
            .withMaxInterval(Duration.ofSeconds(4))
            .withTimeout(Duration.ofSeconds(10));

    private final FakeTime time = new FakeTime();

    @RegisterExtension
    final PrimeIntellectServer server = new PrimeIntellectServer();

    private final PrimeIntellectClient client = server.client(time, time.clock());

    private static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    @Test
    void readsUntilCompletedWithBackoffBetweenReads() throws Exception {
        server.enqueue(200, inStatus("PENDING"));
        server.enqueue(200, inStatus("RUNNING"));
        server.enqueue(200, inStatus("COMPLETED"));

        GetEvaluationResponse done = client.awaitEvaluation("eval_1", OPTIONS);

        assertEquals(EvaluationStatus.COMPLETED, done.status());
        assertEquals(Arrays.asList(seconds(1), seconds(2)), time.sleeps());
        assertEquals(Arrays.asList("GET " + PATH, "GET " + PATH, "GET " + PATH), server.calls());
    }

    @ParameterizedTest
    @ValueSource(strings = {"COMPLETED", "FAILED", "TIMEOUT", "CANCELLED"})
    void eachFinalStatusEndsTheWaitAtTheFirstRead(String status) throws Exception {
        server.enqueue(200, inStatus(status));

        assertEquals(status, client.awaitEvaluation("eval_1", OPTIONS).status().value());

        assertEquals(Collections.emptyList(), time.sleeps());
        assertEquals(1, server.requestCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PENDING", "RUNNING", "PROCESSING", "SOMETHING_NEW"})
    void otherStatusesAreNotFinal(String status) throws Exception {
        server.enqueue(200, inStatus(status));
        server.enqueue(200, inStatus("FAILED"));

        assertEquals(
                EvaluationStatus.FAILED,
                client.awaitEvaluation("eval_1", OPTIONS).status());

        assertEquals(Arrays.asList(seconds(1)), time.sleeps());
    }

    @Test
    void failedRunIsReturnedWithItsErrorMessage() throws Exception {
        server.enqueue(200, inStatus("RUNNING"));
        server.enqueue(
                200, inStatus("FAILED").replace("\"error_message\":null", "\"error_message\":\"sandbox crashed\""));

        GetEvaluationResponse failed = client.awaitEvaluation("eval_1", OPTIONS);

        assertEquals(EvaluationStatus.FAILED, failed.status());
        assertEquals("sandbox crashed", failed.errorMessage());
    }

    @Test
    void defaultOptionsWaitTwoSecondsThenThree() throws Exception {
        server.enqueue(200, inStatus("RUNNING"));
        server.enqueue(200, inStatus("RUNNING"));
        server.enqueue(200, inStatus("COMPLETED"));

        client.awaitEvaluation("eval_1");

        assertEquals(Arrays.asList(seconds(2), seconds(3)), time.sleeps());
    }

    @Test
    void timeoutCutsTheLastWaitAndThrowsWithTheLastStatus() throws Exception {
        for (int i = 0; i < 6; i++) {
            server.enqueue(200, inStatus("RUNNING"));
        }

        WaitTimeoutException e =
                assertThrows(WaitTimeoutException.class, () -> client.awaitEvaluation("eval_1", OPTIONS));

        // reads at 0, 1, 3, 7 and 10 s: the last wait is cut from 4 s to the 3 s left
        assertEquals(Arrays.asList(seconds(1), seconds(2), seconds(4), seconds(3)), time.sleeps());
        assertEquals(5, server.requestCount());
        assertEquals("RUNNING", e.lastState());
        assertEquals(5, e.reads());
        assertEquals(seconds(10), e.timeout());
        assertEquals("evaluation eval_1 was still RUNNING after PT10S (5 reads)", e.getMessage());
    }

    @Test
    void retryAfterOnA429LengthensTheNextWait() throws Exception {
        server.enqueue(200, inStatus("RUNNING"));
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "7")
                .addHeader("Content-Type", "application/json")
                .body("{\"detail\":\"slow down\"}")
                .build());
        server.enqueue(200, inStatus("COMPLETED"));

        assertEquals(
                EvaluationStatus.COMPLETED,
                client.awaitEvaluation("eval_1", OPTIONS).status());

        // the backoff after the second read would be 2 s; the server asked for 7
        assertEquals(Arrays.asList(seconds(1), seconds(7)), time.sleeps());
        assertEquals(3, server.requestCount());
    }

    @Test
    void notFoundEndsTheWait() throws Exception {
        server.enqueue(200, inStatus("RUNNING"));
        server.enqueue(404, "{\"detail\":\"Evaluation not found\"}");
        server.enqueue(200, inStatus("COMPLETED"));

        assertThrows(NotFoundException.class, () -> client.awaitEvaluation("eval_1", OPTIONS));

        assertEquals(Arrays.asList(seconds(1)), time.sleeps());
        assertEquals(2, server.requestCount());
    }

    @Test
    void asyncWaitCompletesWithTheFinalRecord() throws Exception {
        server.enqueue(200, inStatus("RUNNING"));
        server.enqueue(200, inStatus("RUNNING"));
        server.enqueue(200, inStatus("CANCELLED"));

        GetEvaluationResponse done =
                client.awaitEvaluationAsync("eval_1", OPTIONS).get(10, TimeUnit.SECONDS);

        assertEquals(EvaluationStatus.CANCELLED, done.status());
        assertEquals(Arrays.asList(seconds(1), seconds(2)), time.sleeps());
        assertEquals(3, server.requestCount());
    }

    @Test
    void asyncWaitWithDefaultsAndItsFailures() throws Exception {
        server.enqueue(200, inStatus("TIMEOUT"));
        assertEquals(
                EvaluationStatus.TIMEOUT,
                client.awaitEvaluationAsync("eval_1").get(10, TimeUnit.SECONDS).status());

        server.enqueue(404, "{\"detail\":\"Evaluation not found\"}");
        ExecutionException e = assertThrows(
                ExecutionException.class,
                () -> client.awaitEvaluationAsync("eval_1", OPTIONS).get(10, TimeUnit.SECONDS));
        assertInstanceOf(NotFoundException.class, e.getCause());
    }

    @Test
    void asyncTimeoutFailsTheFuture() throws Exception {
        for (int i = 0; i < 5; i++) {
            server.enqueue(200, inStatus("PENDING"));
        }

        ExecutionException e = assertThrows(
                ExecutionException.class,
                () -> client.awaitEvaluationAsync("eval_1", OPTIONS).get(10, TimeUnit.SECONDS));

        assertInstanceOf(WaitTimeoutException.class, e.getCause());
        assertEquals("PENDING", ((WaitTimeoutException) e.getCause()).lastState());
        assertEquals(5, server.requestCount());
    }

    @Test
    void cancellingTheAsyncWaitStopsFurtherReads() throws Exception {
        BlockingSleeper sleeper = new BlockingSleeper();
        try (PrimeIntellectClient blocking = server.client(sleeper, Clock.systemUTC())) {
            server.enqueue(200, inStatus("RUNNING"));
            server.enqueue(200, inStatus("COMPLETED"));

            CompletableFuture<GetEvaluationResponse> wait = blocking.awaitEvaluationAsync("eval_1", OPTIONS);
            sleeper.awaitSleeping();
            assertTrue(wait.cancel(true));
            sleeper.awaitInterrupted();

            assertTrue(wait.isCancelled());
            assertEquals(1, server.requestCount());
        }
        // closing the client ends its scheduler; the cancelled read never ran
        assertEquals(1, server.requestCount());
    }

    @Test
    void interruptedSyncWaitKeepsTheInterruptFlag() throws Exception {
        try (PrimeIntellectClient interrupted = server.client(
                duration -> {
                    throw new InterruptedException();
                },
                Clock.systemUTC())) {
            server.enqueue(200, inStatus("RUNNING"));

            assertThrows(ApiInterruptedException.class, () -> interrupted.awaitEvaluation("eval_1", OPTIONS));

            assertTrue(Thread.interrupted());
            assertEquals(1, server.requestCount());
        }
    }

    @Test
    void badIdOrOptionsAreRefusedBeforeAnyRequest() {
        assertThrows(IllegalArgumentException.class, () -> client.awaitEvaluation(" ", OPTIONS));
        assertThrows(IllegalArgumentException.class, () -> client.awaitEvaluationAsync("..", OPTIONS));
        assertThrows(NullPointerException.class, () -> client.awaitEvaluation("eval_1", null));
        assertThrows(NullPointerException.class, () -> client.awaitEvaluationAsync("eval_1", null));
        assertEquals(0, server.requestCount());
    }
}
