package dev.evalwire.keywordsai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.NotFoundException;
import dev.evalwire.core.RateLimitException;
import dev.evalwire.core.testing.RecordingSleeper;
import dev.evalwire.testing.Fault;
import dev.evalwire.testing.KeywordsAiSandbox;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** End to end through the public client against the Keywords AI sandbox, including the merge rules. */
class KeywordsAiSandboxTest {

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private KeywordsAiSandbox sandbox;
    private KeywordsAiClient client;

    @BeforeEach
    void start() {
        sandbox = KeywordsAiSandbox.start();
        client = KeywordsAiClient.builder()
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

    @Test
    void theServerHoldsWhatTheMergeHelperPredicts() throws Exception {
        ObjectNode before = (ObjectNode)
                new ObjectMapper().readTree(sandbox.evaluator("evl_demo")).get("configurations");
        ConfigurationsPatch patch = ConfigurationsPatch.builder()
                .put("passing_score", 3.5)
                .put("model_options", Collections.singletonMap("max_tokens", 10))
                .remove("llm_engine")
                .build();
        Evaluator updated = client.updateEvaluator(
                "evl_demo",
                UpdateEvaluatorParams.builder().configurations(patch).build());
        assertEquals(ConfigurationsMerge.apply(before, patch), updated.configurations());
        assertEquals(
                updated.configurations(),
                new ObjectMapper().readTree(sandbox.evaluator("evl_demo")).get("configurations"));
    }

    @Test
    void aResetDescriptionIsEmptyOnTheServer() throws Exception {
        Evaluator updated = client.updateEvaluatorAsync(
                        "evl_demo",
                        UpdateEvaluatorParams.builder()
                                .description("")
                                .starred(true)
                                .build())
                .get(10, TimeUnit.SECONDS);
        assertEquals("", updated.description());
        assertEquals(Boolean.TRUE, updated.starred());
    }

    @Test
    void bodyRetryAfterIsHonouredAndCapped() {
        sandbox.enqueueFault(Fault.rateLimited(Duration.ofSeconds(30)));
        client.updateEvaluator(
                "evl_demo", UpdateEvaluatorParams.builder().starred(false).build());
        assertEquals(Collections.singletonList(Duration.ofSeconds(30)), sleeper.sleeps());

        sandbox.enqueueFault(Fault.rateLimited(Duration.ofSeconds(90)));
        RateLimitException e = assertThrows(
                RateLimitException.class,
                () -> client.updateEvaluator(
                        "evl_demo",
                        UpdateEvaluatorParams.builder().starred(false).build()));
        assertEquals(Duration.ofSeconds(90), e.retryAfter());
        assertEquals(1, sleeper.sleeps().size());
    }

    @Test
    void unknownEvaluatorIsNotFound() {
        assertEquals(
                "Not found.",
                assertThrows(
                                NotFoundException.class,
                                () -> client.updateEvaluator(
                                        "missing",
                                        UpdateEvaluatorParams.builder()
                                                .name("x")
                                                .build()))
                        .serverMessage());
    }
}
