package dev.evalwire.fireworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalwire.core.ApiConnectionException;
import dev.evalwire.core.AuthenticationException;
import dev.evalwire.core.NotFoundException;
import dev.evalwire.core.RetryPolicy;
import dev.evalwire.core.testing.RecordingSleeper;
import dev.evalwire.testing.Fault;
import dev.evalwire.testing.FireworksSandbox;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** End to end through the public client against the Fireworks sandbox. */
class FireworksSandboxTest {

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private FireworksSandbox sandbox;
    private FireworksClient client;

    @BeforeEach
    void start() {
        sandbox = FireworksSandbox.start();
        client = FireworksClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(sandbox.apiKey())
                .accountId("acme")
                .retryPolicy(RetryPolicy.builder().jitter(0).build())
                .sleeper(sleeper)
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    private JsonNode stored() throws Exception {
        return new ObjectMapper().readTree(sandbox.evaluator("acme", "exact-match"));
    }

    @Test
    void codeChangeIsStoredAndPrepareCodeUploadStartsABuild() throws Exception {
        Evaluator evaluator = client.updateEvaluator(
                "exact-match",
                UpdateEvaluatorParams.builder()
                        .prepareCodeUpload(true)
                        .criteria(Criterion.builder()
                                .type(CriterionType.CODE_SNIPPETS)
                                .name("exact")
                                .codeSnippets(CodeSnippets.builder()
                                        .putFile("main.py", "def f(): pass")
                                        .build())
                                .build())
                        .entryPoint("main.py::f")
                        .build());
        assertEquals(EvaluatorState.BUILDING, evaluator.state());
        assertEquals("main.py::f", stored().get("entryPoint").asText());
        assertEquals(
                "def f(): pass",
                stored().get("criteria")
                        .get(0)
                        .get("codeSnippets")
                        .get("fileContents")
                        .get("main.py")
                        .asText());
        assertEquals("prepareCodeUpload=true", sandbox.requests().get(0).query());
    }

    @Test
    void metadataUpdateIsVisibleInTheNextResponse() throws Exception {
        client.updateEvaluator(
                "exact-match",
                UpdateEvaluatorParams.builder().displayName("first").build());
        Evaluator second = client.updateEvaluatorAsync(
                        "exact-match",
                        UpdateEvaluatorParams.builder().description("second").build())
                .get(10, TimeUnit.SECONDS);
        assertEquals("first", second.displayName());
        assertEquals("second", second.description());
    }

    @Test
    void emptyValuesResetFieldsAndPassTheSpecCheck() throws Exception {
        client.updateEvaluator(
                "exact-match",
                UpdateEvaluatorParams.builder()
                        .description("to be reset")
                        .defaultDataset("ds-1")
                        .build());
        Evaluator reset = client.updateEvaluator(
                "exact-match",
                UpdateEvaluatorParams.builder()
                        .description("")
                        .defaultDataset("")
                        .criteria()
                        .build());
        assertEquals("", reset.description());
        assertEquals("", stored().get("defaultDataset").asText());
        assertEquals(0, stored().get("criteria").size());
    }

    @Test
    void unknownEvaluatorAndWrongKeyAreTyped() {
        assertEquals(
                "evaluator not found",
                assertThrows(
                                NotFoundException.class,
                                () -> client.updateEvaluator(
                                        "missing",
                                        UpdateEvaluatorParams.builder()
                                                .description("x")
                                                .build()))
                        .serverMessage());
        try (FireworksClient wrong = FireworksClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey("wrong-key-123")
                .accountId("acme")
                .build()) {
            assertThrows(
                    AuthenticationException.class,
                    () -> wrong.updateEvaluator(
                            "exact-match",
                            UpdateEvaluatorParams.builder().description("x").build()));
        }
    }

    @Test
    void faultsAreRetriedWithTheRequestedWaits() {
        sandbox.enqueueFault(Fault.rateLimitedMillis(1500));
        sandbox.enqueueFault(Fault.status(502));
        client.updateEvaluator(
                "exact-match", UpdateEvaluatorParams.builder().description("x").build());
        assertEquals(Arrays.asList(Duration.ofMillis(1500), Duration.ofMillis(1000)), sleeper.sleeps());
    }

    @Test
    void droppedConnectionsEndInAConnectionExceptionAsync() {
        for (int i = 0; i < 3; i++) {
            sandbox.enqueueFault(Fault.disconnect());
        }
        ExecutionException e = assertThrows(
                ExecutionException.class,
                () -> client.updateEvaluatorAsync(
                                "exact-match",
                                UpdateEvaluatorParams.builder().description("x").build())
                        .get(10, TimeUnit.SECONDS));
        assertInstanceOf(ApiConnectionException.class, e.getCause());
        assertEquals(3, sandbox.requestCount());
        assertEquals(Arrays.asList(Duration.ofMillis(500), Duration.ofMillis(1000)), sleeper.sleeps());
    }
}
