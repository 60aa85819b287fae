package dev.evalwire.primeintellect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalwire.core.AuthenticationException;
import dev.evalwire.core.InternalServerException;
import dev.evalwire.core.NotFoundException;
import dev.evalwire.core.testing.RecordingSleeper;
import dev.evalwire.testing.Fault;
import dev.evalwire.testing.PrimeIntellectSandbox;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** End to end through the public client against the Prime Intellect sandbox. */
class PrimeIntellectSandboxTest {

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private PrimeIntellectSandbox sandbox;
    private PrimeIntellectClient client;

    @BeforeEach
    void start() {
        sandbox = PrimeIntellectSandbox.start();
        client = PrimeIntellectClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(sandbox.apiKey())
                .sleeper(sleeper)
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    private JsonNode stored() throws Exception {
        return new ObjectMapper().readTree(sandbox.evaluation("eval_demo"));
    }

    @Test
    void updateChangesStoredStateAndClearsNulledFields() throws Exception {
        UpdateEvaluationResponse response = client.updateEvaluation(
                "eval_demo",
                UpdateEvaluationParams.builder()
                        .name("renamed")
                        .tags("a", "b")
                        .clearDescription()
                        .build());
        assertEquals("renamed", response.name());
        JsonNode stored = stored();
        assertEquals("renamed", stored.get("name").asText());
        assertEquals("[\"a\",\"b\"]", stored.get("tags").toString());
        assertTrue(stored.get("description").isNull());
        assertEquals(
                "{\"name\":\"renamed\",\"tags\":[\"a\",\"b\"],\"description\":null}",
                sandbox.requests().get(0).body());
    }

    @Test
    void asyncUpdateReachesTheSandbox() throws Exception {
        HostedEvalConfig config =
                HostedEvalConfig.builder().numExamples(5).rolloutsPerExample(3).build();
        client.updateEvaluationAsync(
                        "eval_demo",
                        UpdateEvaluationParams.builder().evalConfig(config).build())
                .get(10, TimeUnit.SECONDS);
        assertEquals(3, stored().get("eval_config").get("rollouts_per_example").asInt());
    }

    @Test
    void unknownEvaluationIsNotFound() {
        NotFoundException e = assertThrows(
                NotFoundException.class,
                () -> client.updateEvaluation(
                        "missing", UpdateEvaluationParams.builder().name("x").build()));
        assertEquals("Evaluation not found", e.serverMessage());
    }

    @Test
    void wrongKeyIsAnAuthenticationException() {
        try (PrimeIntellectClient wrong = PrimeIntellectClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey("not-the-sandbox-key")
                .build()) {
            assertThrows(
                    AuthenticationException.class,
                    () -> wrong.updateEvaluation(
                            "eval_demo",
                            UpdateEvaluationParams.builder().name("x").build()));
        }
    }

    @Test
    void rateLimitFaultIsRetriedAfterTheRequestedWait() {
        sandbox.enqueueFault(Fault.rateLimited(Duration.ofSeconds(3)));
        assertEquals(
                "x",
                client.updateEvaluation(
                                "eval_demo",
                                UpdateEvaluationParams.builder().name("x").build())
                        .name());
        assertEquals(Collections.singletonList(Duration.ofSeconds(3)), sleeper.sleeps());
        assertEquals(2, sandbox.requestCount());
    }

    @Test
    void droppedConnectionsAndServerErrorsAreRetriedThenReported() throws Exception {
        sandbox.enqueueFault(Fault.disconnect());
        sandbox.enqueueFault(Fault.status(503));
        sandbox.enqueueFault(Fault.status(503));
        ExecutionException e = assertThrows(
                ExecutionException.class,
                () -> client.updateEvaluationAsync(
                                "eval_demo",
                                UpdateEvaluationParams.builder().name("x").build())
                        .get(10, TimeUnit.SECONDS));
        assertInstanceOf(InternalServerException.class, e.getCause());
        assertEquals(3, sandbox.requestCount());
        assertEquals(2, sleeper.sleeps().size());
    }
}
