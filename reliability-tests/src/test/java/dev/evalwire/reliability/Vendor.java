package dev.evalwire.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.ClientBuilder;
import dev.evalwire.core.EvalwireException;
import dev.evalwire.core.InvalidResponseException;
import dev.evalwire.core.RequestOptions;
import dev.evalwire.fireworks.FireworksClient;
import dev.evalwire.keywordsai.KeywordsAiClient;
import dev.evalwire.primeintellect.PrimeIntellectClient;
import dev.evalwire.primeintellect.UpdateEvaluationParams;
import dev.evalwire.primeintellect.UpdateEvaluationResponse;
import dev.evalwire.scale.ChatCompletionConfiguration;
import dev.evalwire.scale.Evaluation;
import dev.evalwire.scale.EvaluationTask;
import dev.evalwire.scale.ScaleClient;
import dev.evalwire.scale.UnknownEvaluationTask;
import dev.evalwire.testing.FireworksSandbox;
import dev.evalwire.testing.KeywordsAiSandbox;
import dev.evalwire.testing.PrimeIntellectSandbox;
import dev.evalwire.testing.Sandbox;
import dev.evalwire.testing.ScaleSandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The per-vendor harness every reliability test is written against: how to start the vendor's sandbox, build its
 * client, make one update call (sync or async) with the ids in the path, and what a valid response body looks
 * like. Tests iterate over {@link #values()} so each case is written once for all four vendors.
 */
enum Vendor {
    PRIMEINTELLECT("primeintellect", List.of("eval_demo")) {
        @Override
        Sandbox startSandbox(String apiKey) {
            return PrimeIntellectSandbox.start(apiKey);
        }

        @Override
        ClientBuilder<?, ?> builder() {
            return PrimeIntellectClient.builder();
        }

        @Override
        String path(List<String> encodedIds) {
            return "/api/v1/evaluations/" + encodedIds.get(0);
        }

        @Override
        Object update(AutoCloseable client, List<String> ids, RequestOptions options) {
            return ((PrimeIntellectClient) client).updateEvaluation(ids.get(0), params(), options);
        }

        @Override
        CompletableFuture<?> updateAsync(AutoCloseable client, List<String> ids, RequestOptions options) {
            return ((PrimeIntellectClient) client).updateEvaluationAsync(ids.get(0), params(), options);
        }

        @Override
        List<Object> callArguments() {
            return List.of("eval_demo", params());
        }

        private UpdateEvaluationParams params() {
            return UpdateEvaluationParams.builder().name("reliability").build();
        }

        @Override
        void checkDecoded(Body body, Object result) {
            UpdateEvaluationResponse response = assertInstanceOf(UpdateEvaluationResponse.class, result);
            assertEquals("eval_demo", response.evaluationId());
            switch (body) {
                case UNKNOWN_FIELDS ->
                    assertTrue(response.additionalProperties().containsKey("x_future_field"));
                case UNKNOWN_ENUM ->
                    assertEquals("ARCHIVED_IN_THE_FUTURE", response.status().value());
                case REQUIRED_MISSING -> {
                    assertEquals("COMPLETED", response.status().value());
                    InvalidResponseException e = assertThrows(InvalidResponseException.class, response::updatedAt);
                    assertTrue(e.getMessage().contains("updated_at"), e.getMessage());
                    assertThrows(InvalidResponseException.class, response::validate);
                }
                default -> assertEquals("COMPLETED", response.status().value());
            }
        }

        @Override
        boolean lazyResponses() {
            return true;
        }
    },

    FIREWORKS("fireworks", List.of("acme", "exact-match")) {
        @Override
        Sandbox startSandbox(String apiKey) {
            return FireworksSandbox.start(apiKey);
        }

        @Override
        ClientBuilder<?, ?> builder() {
            return FireworksClient.builder().accountId("acme");
        }

        @Override
        String path(List<String> encodedIds) {
            return "/v1/accounts/" + encodedIds.get(0) + "/evaluators/" + encodedIds.get(1);
        }

        @Override
        Object update(AutoCloseable client, List<String> ids, RequestOptions options) {
            return ((FireworksClient) client).withAccount(ids.get(0)).updateEvaluator(ids.get(1), params(), options);
        }

        @Override
        CompletableFuture<?> updateAsync(AutoCloseable client, List<String> ids, RequestOptions options) {
            return ((FireworksClient) client)
                    .withAccount(ids.get(0))
                    .updateEvaluatorAsync(ids.get(1), params(), options);
        }

        @Override
        List<Object> callArguments() {
            return List.of("exact-match", params());
        }

        private dev.evalwire.fireworks.UpdateEvaluatorParams params() {
            return dev.evalwire.fireworks.UpdateEvaluatorParams.builder()
                    .description("reliability")
                    .build();
        }

        @Override
        void checkDecoded(Body body, Object result) {
            dev.evalwire.fireworks.Evaluator evaluator =
                    assertInstanceOf(dev.evalwire.fireworks.Evaluator.class, result);
            switch (body) {
                case UNKNOWN_FIELDS ->
                    assertTrue(evaluator.additionalProperties().containsKey("x_future_field"));
                case UNKNOWN_ENUM -> {
                    assertEquals("STATE_FROM_THE_FUTURE", evaluator.state().value());
                    assertEquals(
                            "TYPE_FROM_THE_FUTURE", evaluator.source().type().value());
                    assertEquals(
                            "CRITERION_FROM_THE_FUTURE",
                            evaluator.criteria().get(0).type().value());
                }
                case MISSING_OPTIONAL -> {
                    assertNull(evaluator.name());
                    assertTrue(evaluator.criteria().isEmpty());
                }
                default -> assertEquals("accounts/acme/evaluators/exact-match", evaluator.name());
            }
        }

        @Override
        boolean lazyResponses() {
            return true;
        }
    },

    SCALE("scale", List.of("eval_demo", "chat_completion")) {
        @Override
        Sandbox startSandbox(String apiKey) {
            return ScaleSandbox.start(apiKey);
        }

        @Override
        ClientBuilder<?, ?> builder() {
            return ScaleClient.builder();
        }

        @Override
        String path(List<String> encodedIds) {
            return "/v5/evaluations/" + encodedIds.get(0) + "/tasks/" + encodedIds.get(1);
        }

        @Override
        Object update(AutoCloseable client, List<String> ids, RequestOptions options) {
            return ((ScaleClient) client).updateTaskConfiguration(ids.get(0), ids.get(1), configuration(), options);
        }

        @Override
        CompletableFuture<?> updateAsync(AutoCloseable client, List<String> ids, RequestOptions options) {
            return ((ScaleClient) client)
                    .updateTaskConfigurationAsync(ids.get(0), ids.get(1), configuration(), options);
        }

        @Override
        List<Object> callArguments() {
            return List.of("eval_demo", "chat_completion", configuration());
        }

        private ChatCompletionConfiguration configuration() {
            return ChatCompletionConfiguration.builder()
                    .model("openai/gpt-4o-mini")
                    .messagesFromItem("item.messages")
                    .build();
        }

        @Override
        void checkDecoded(Body body, Object result) {
            Evaluation evaluation = assertInstanceOf(Evaluation.class, result);
            if (body == Body.REQUIRED_MISSING) {
                assertEquals("Support bot regression", evaluation.name());
                InvalidResponseException e = assertThrows(InvalidResponseException.class, evaluation::id);
                assertTrue(e.getMessage().contains("'id'"), e.getMessage());
                assertThrows(InvalidResponseException.class, evaluation::validate);
                assertTrue(evaluation.json().get("id").isNull());
                return;
            }
            assertEquals("eval_demo", evaluation.id());
            switch (body) {
                case UNKNOWN_FIELDS ->
                    assertTrue(evaluation.additionalProperties().containsKey("x_future_field"));
                case UNKNOWN_ENUM ->
                    assertEquals("paused_in_the_future", evaluation.status().value());
                case MISSING_OPTIONAL -> assertTrue(evaluation.tasks().isEmpty());
                case NULLS -> assertTrue(evaluation.datasets().isEmpty());
                case UNKNOWN_TASK_TYPE -> {
                    List<EvaluationTask> tasks = evaluation.tasks();
                    assertEquals(4, tasks.size());
                    UnknownEvaluationTask quantum = assertInstanceOf(UnknownEvaluationTask.class, tasks.get(2));
                    assertEquals("quantum_eval", quantum.taskType());
                    assertEquals(3, quantum.configuration().get("qubits").asInt());
                    UnknownEvaluationTask untyped = assertInstanceOf(UnknownEvaluationTask.class, tasks.get(3));
                    assertNull(untyped.taskType());
                }
                default -> assertEquals("completed", evaluation.status().value());
            }
        }

        @Override
        boolean lazyResponses() {
            return true;
        }
    },

    KEYWORDSAI("keywordsai", List.of("evl_demo")) {
        @Override
        Sandbox startSandbox(String apiKey) {
            return KeywordsAiSandbox.start(apiKey);
        }

        @Override
        ClientBuilder<?, ?> builder() {
            return KeywordsAiClient.builder();
        }

        @Override
        String path(List<String> encodedIds) {
            return "/api/evaluators/" + encodedIds.get(0) + "/";
        }

        @Override
        Object update(AutoCloseable client, List<String> ids, RequestOptions options) {
            return ((KeywordsAiClient) client).updateEvaluator(ids.get(0), params(), options);
        }

        @Override
        CompletableFuture<?> updateAsync(AutoCloseable client, List<String> ids, RequestOptions options) {
            return ((KeywordsAiClient) client).updateEvaluatorAsync(ids.get(0), params(), options);
        }

        @Override
        List<Object> callArguments() {
            return List.of("evl_demo", params());
        }

        private dev.evalwire.keywordsai.UpdateEvaluatorParams params() {
            return dev.evalwire.keywordsai.UpdateEvaluatorParams.builder()
                    .description("reliability")
                    .build();
        }

        @Override
        void checkDecoded(Body body, Object result) {
            dev.evalwire.keywordsai.Evaluator evaluator =
                    assertInstanceOf(dev.evalwire.keywordsai.Evaluator.class, result);
            assertEquals("evl_demo", evaluator.id());
            switch (body) {
                case UNKNOWN_FIELDS ->
                    assertTrue(evaluator.additionalProperties().containsKey("x_future_field"));
                case UNKNOWN_ENUM -> {
                    assertEquals("quantum", evaluator.type().value());
                    assertEquals("vector", evaluator.scoreValueType().value());
                }
                case MISSING_OPTIONAL -> assertNull(evaluator.name());
                case NULLS -> {
                    assertNull(evaluator.description());
                    assertNull(evaluator.passingConditions());
                    assertNull(evaluator.llmConfig());
                }
                default -> assertEquals("Answer quality", evaluator.name());
            }
        }

        @Override
        boolean lazyResponses() {
            return true;
        }
    };

    /** The response bodies kept under {@code bodies/} (also the fuzz seeds), by what they exercise. */
    enum Body {
        VALID("valid", "a valid body"),
        UNKNOWN_FIELDS("unknown-fields", "unknown fields"),
        UNKNOWN_ENUM("unknown-enum", "unknown enum values"),
        MISSING_OPTIONAL("missing-optional", "optional fields missing"),
        NULLS("nulls", "nulls where the spec allows them"),
        UNKNOWN_TASK_TYPE("unknown-task-type", "unknown and missing task_type"),
        REQUIRED_MISSING("required-missing", "a required field missing or null");

        final String file;
        final String label;

        Body(String file, String label) {
            this.file = file;
            this.label = label;
        }
    }

    /** The API key every sandbox in these tests accepts. */
    static final String API_KEY = "rel-key-7f3a9c2e5b";

    final String id;
    final List<String> defaultIds;

    Vendor(String id, List<String> defaultIds) {
        this.id = id;
        this.defaultIds = defaultIds;
    }

    /** Starts the vendor's sandbox accepting {@code apiKey}. */
    abstract Sandbox startSandbox(String apiKey);

    /** A fresh builder with what the vendor needs besides key and URL (Fireworks: the default account). */
    abstract ClientBuilder<?, ?> builder();

    /** Builds the client from a builder made by {@link #builder()}. */
    AutoCloseable build(ClientBuilder<?, ?> builder) {
        return (AutoCloseable) builder.build();
    }

    /**
     * The arguments of the update call before the optional {@code RequestOptions}, for the client made by
     * {@link #builder()} and the sandbox's seeded resource: the ids in path order (Fireworks' account is the
     * client's), then the params.
     */
    abstract List<Object> callArguments();

    /** The request path for the given ids, already percent-encoded. */
    abstract String path(List<String> encodedIds);

    /** One synchronous update call with the path ids ({@link #defaultIds} in shape). */
    abstract Object update(AutoCloseable client, List<String> ids, RequestOptions options);

    /** One asynchronous update call. */
    abstract CompletableFuture<?> updateAsync(AutoCloseable client, List<String> ids, RequestOptions options);

    /** Checks that {@code result} is the vendor's typed response read correctly from {@code body}. */
    abstract void checkDecoded(Body body, Object result);

    /** @return the body file for this vendor, or null when the vendor's spec gives the case no meaning */
    /**
     * @return true when the vendor's responses are generated and read lazily: a 200 whose body lacks a required
     *     field decodes, and only the accessor of that field (and {@code validate()}) fails
     */
    boolean lazyResponses() {
        return false;
    }

    String body(Body body) {
        String resource = "bodies/" + id + "-" + body.file + ".json";
        try (InputStream in = Vendor.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a call is made. */
    enum Mode {
        SYNC,
        ASYNC;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Makes one call and returns its result or the exception it ended with (the async one unwrapped from the
     * future). An async call that does not complete within {@code seconds} fails the test as a hang.
     */
    Object outcome(Mode mode, AutoCloseable client, List<String> ids, RequestOptions options, int seconds) {
        try {
            if (mode == Mode.SYNC) {
                return update(client, ids, options);
            }
            CompletableFuture<?> future = updateAsync(client, ids, options);
            try {
                return future.get(seconds, TimeUnit.SECONDS);
            } catch (ExecutionException failed) {
                return failed.getCause();
            } catch (TimeoutException hung) {
                future.cancel(true);
                throw new AssertionError(this + " " + mode + " call did not complete within " + seconds + " s");
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", interrupted);
            }
        } catch (EvalwireException expected) {
            return expected;
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
