package dev.evalwire.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalwire.core.AuthenticationException;
import dev.evalwire.core.NotFoundException;
import dev.evalwire.core.RetryPolicy;
import dev.evalwire.core.testing.RecordingSleeper;
import dev.evalwire.testing.Fault;
import dev.evalwire.testing.ScaleSandbox;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** End to end through the public client against the Scale sandbox. */
class ScaleSandboxTest {

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private ScaleSandbox sandbox;
    private ScaleClient client;

    @BeforeEach
    void start() {
        sandbox = ScaleSandbox.start();
        client = ScaleClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(sandbox.apiKey())
                .accountId("acct_1")
                .retryPolicy(RetryPolicy.builder().jitter(0).build())
                .sleeper(sleeper)
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    private JsonNode storedTask(String alias) throws Exception {
        for (JsonNode task :
                new ObjectMapper().readTree(sandbox.evaluation("eval_demo")).get("tasks")) {
            if (alias.equals(task.get("alias").asText())) {
                return task;
            }
        }
        throw new AssertionError("no task " + alias);
    }

    @Test
    void configurationIsReplacedWholeAndReadBackTyped() throws Exception {
        Evaluation evaluation = client.updateTaskConfiguration(
                "eval_demo",
                "chat_completion",
                ChatCompletionConfiguration.builder()
                        .model("openai/gpt-4o")
                        .messagesFromItem("item.messages")
                        .build());
        assertEquals(
                "{\"model\":\"openai/gpt-4o\",\"messages\":\"item.messages\"}",
                storedTask("chat_completion").get("configuration").toString());
        EvaluationTask task = evaluation.tasks().get(0);
        assertInstanceOf(ChatCompletionTask.class, task);
        assertEquals("openai/gpt-4o", ((ChatCompletionTask) task).model());
        assertEquals("acct_1", sandbox.requests().get(0).header("x-selected-account-id"));
    }

    @Test
    void rawConfigurationWorksForAnyTaskTypeAsync() throws Exception {
        Evaluation evaluation = client.updateTaskConfigurationAsync(
                        "eval_demo",
                        "judge",
                        RawTaskConfiguration.of(Collections.singletonMap("choices", Arrays.asList("a", "b"))))
                .get(10, TimeUnit.SECONDS);
        assertEquals(
                "{\"choices\":[\"a\",\"b\"]}",
                storedTask("judge").get("configuration").toString());
        assertEquals(2, evaluation.tasks().size());
    }

    @Test
    void unknownAliasAndWrongKeyAreTyped() {
        assertThrows(
                NotFoundException.class,
                () -> client.updateTaskConfiguration(
                        "eval_demo", "nope", RawTaskConfiguration.of(Collections.singletonMap("model", "m"))));
        try (ScaleClient wrong = ScaleClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey("wrong-key-123")
                .build()) {
            assertThrows(
                    AuthenticationException.class,
                    () -> wrong.updateTaskConfiguration(
                            "eval_demo", "judge", RawTaskConfiguration.of(Collections.singletonMap("model", "m"))));
        }
    }

    @Test
    void rateLimitWithAnHttpDateWaitsUntilThen() {
        Instant now = Instant.now();
        ScaleClient timed = ScaleClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(sandbox.apiKey())
                .clock(java.time.Clock.fixed(now, java.time.ZoneOffset.UTC))
                .sleeper(sleeper)
                .build();
        try {
            sandbox.enqueueFault(Fault.rateLimitedUntil(now.plusSeconds(20)));
            timed.updateTaskConfiguration(
                    "eval_demo", "judge", RawTaskConfiguration.of(Collections.singletonMap("model", "m")));
        } finally {
            timed.close();
        }
        assertEquals(1, sleeper.sleeps().size());
        Duration slept = sleeper.sleeps().get(0);
        assertEquals(
                true,
                slept.compareTo(Duration.ofSeconds(19)) >= 0 && slept.compareTo(Duration.ofSeconds(20)) <= 0,
                "slept " + slept);
    }
}
