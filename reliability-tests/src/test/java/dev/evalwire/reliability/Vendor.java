package dev.evalwire.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.ClientBuilder;
import dev.evalwire.core.InvalidResponseException;
import dev.evalwire.core.RequestOptions;
import dev.evalwire.fireworks.FireworksClient;
import dev.evalwire.keywordsai.KeywordsAiClient;
import dev.evalwire.primeintellect.GetEvaluationResponse;
import dev.evalwire.primeintellect.PrimeIntellectClient;
import dev.evalwire.primeintellect.UpdateEvaluationParams;
import dev.evalwire.primeintellect.UpdateEvaluationResponse;
import dev.evalwire.scale.ChatCompletionConfiguration;
import dev.evalwire.scale.Evaluation;
import dev.evalwire.scale.EvaluationTask;
import dev.evalwire.scale.EvaluationView;
import dev.evalwire.scale.GetEvaluationParams;
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
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * The per-vendor harness every reliability test is written against: how to start the vendor's sandbox, build its
 * client, make one call of each {@link Operation} (sync or async) with the ids in the path, what the request line
 * is, and what a valid response body looks like. Tests drive it through {@link Endpoint} so each case is written
 * once for all four vendors and both calls.
 */
enum Vendor {
    PRIMEINTELLECT("primeintellect", "PUT", List.of("eval_demo"), List.of("eval_demo"), "primeintellect-read") {
        @Override
        Sandbox startSandbox(String apiKey) {
            return PrimeIntellectSandbox.start(apiKey);
        }

        @Override
        ClientBuilder<?, ?> builder() {
            return PrimeIntellectClient.builder();
        }

        @Override
        String path(Operation operation, List<String> encodedIds) {
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
        Object read(AutoCloseable client, List<String> ids, RequestOptions options) {
            return ((PrimeIntellectClient) client).getEvaluation(ids.get(0), options);
        }

        @Override
        CompletableFuture<?> readAsync(AutoCloseable client, List<String> ids, RequestOptions options) {
            return ((PrimeIntellectClient) client).getEvaluationAsync(ids.get(0), options);
        }

        @Override
        List<Object> callArguments(Operation operation) {
            return operation == Operation.READ ? List.of("eval_demo") : List.of("eval_demo", params());
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

        /** The read has its own type, {@code GetEvaluationResponse}, with many more fields than the update's. */
        @Override
        void checkRead(Body body, Object result) {
            GetEvaluationResponse response = assertInstanceOf(GetEvaluationResponse.class, result);
            assertEquals("eval_demo", response.evaluationId());
            switch (body) {
                case UNKNOWN_FIELDS -> {
                    assertTrue(response.additionalProperties().containsKey("x_future_field"));
                    assertEquals(200, response.totalSamples());
                }
                case UNKNOWN_ENUM -> {
                    assertEquals("ARCHIVED_IN_THE_FUTURE", response.status().value());
                    assertEquals(
                            "benchmark_from_the_future", response.evalType().value());
                }
                case MISSING_OPTIONAL -> {
                    assertEquals(200, response.totalSamples());
                    assertNull(response.userId());
                    assertNull(response.avgScore());
                    assertNull(response.evalConfig());
                    assertNull(response.completedAt());
                }
                case NULLS -> {
                    assertNull(response.teamId());
                    assertTrue(response.environmentIds().isEmpty());
                    assertNull(response.avgScore());
                    assertNull(response.evalConfig());
                    assertNull(response.startedAt());
                    assertNull(response.chartData());
                }
                case REQUIRED_MISSING -> {
                    assertEquals("RUNNING", response.status().value());
                    InvalidResponseException missing =
                            assertThrows(InvalidResponseException.class, response::createdAt);
                    assertTrue(missing.getMessage().contains("created_at"), missing.getMessage());
                    InvalidResponseException nulled = assertThrows(InvalidResponseException.class, response::evalType);
                    assertTrue(nulled.getMessage().contains("eval_type"), nulled.getMessage());
                    assertThrows(InvalidResponseException.class, response::validate);
                }
                default -> {
                    assertEquals("COMPLETED", response.status().value());
                    assertEquals("environment", response.evalType().value());
                    assertEquals(200, response.totalSamples());
                    assertEquals(List.of("demo"), response.tags());
                }
            }
        }

        @Override
        boolean lazyResponses() {
            return true;
        }
    },

    FIREWORKS("fireworks", "PATCH", List.of("acme", "exact-match"), List.of("acme", "exact-match"), "fireworks") {
        @Override
        Sandbox startSandbox(String apiKey) {
            return FireworksSandbox.start(apiKey);
        }

        @Override
        ClientBuilder<?, ?> builder() {
            return FireworksClient.builder().accountId("acme");
        }

        @Override
        String path(Operation operation, List<String> encodedIds) {
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
        Object read(AutoCloseable client, List<String> ids, RequestOptions options) {
            return ((FireworksClient) client).withAccount(ids.get(0)).getEvaluator(ids.get(1), options);
        }

        @Override
        CompletableFuture<?> readAsync(AutoCloseable client, List<String> ids, RequestOptions options) {
            return ((FireworksClient) client).withAccount(ids.get(0)).getEvaluatorAsync(ids.get(1), options);
        }

        @Override
        List<Object> callArguments(Operation operation) {
            return operation == Operation.READ ? List.of("exact-match") : List.of("exact-match", params());
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

    SCALE("scale", "PATCH", List.of("eval_demo", "chat_completion"), List.of("eval_demo"), "scale") {
        @Override
        Sandbox startSandbox(String apiKey) {
            return ScaleSandbox.start(apiKey);
        }

        @Override
        ClientBuilder<?, ?> builder() {
            return ScaleClient.builder();
        }

        /** The read is of the whole evaluation; the update is of one of its tasks. */
        @Override
        String path(Operation operation, List<String> encodedIds) {
            String evaluation = "/v5/evaluations/" + encodedIds.get(0);
            return operation == Operation.READ ? evaluation : evaluation + "/tasks/" + encodedIds.get(1);
        }

        /** The read asks for the tasks, which the update's response carries too. */
        @Override
        String query(Operation operation) {
            return operation == Operation.READ ? "views=tasks" : null;
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
        Object read(AutoCloseable client, List<String> ids, RequestOptions options) {
            return ((ScaleClient) client).getEvaluation(ids.get(0), withTasks(), options);
        }

        @Override
        CompletableFuture<?> readAsync(AutoCloseable client, List<String> ids, RequestOptions options) {
            return ((ScaleClient) client).getEvaluationAsync(ids.get(0), withTasks(), options);
        }

        @Override
        List<Object> callArguments(Operation operation) {
            return operation == Operation.READ
                    ? List.of("eval_demo", withTasks())
                    : List.of("eval_demo", "chat_completion", configuration());
        }

        private GetEvaluationParams withTasks() {
            return GetEvaluationParams.builder().views(EvaluationView.TASKS).build();
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

    KEYWORDSAI("keywordsai", "PATCH", List.of("evl_demo"), List.of("evl_demo"), "keywordsai") {
        @Override
        Sandbox startSandbox(String apiKey) {
            return KeywordsAiSandbox.start(apiKey);
        }

        @Override
        ClientBuilder<?, ?> builder() {
            return KeywordsAiClient.builder();
        }

        @Override
        String path(Operation operation, List<String> encodedIds) {
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
        Object read(AutoCloseable client, List<String> ids, RequestOptions options) {
            return ((KeywordsAiClient) client).getEvaluator(ids.get(0), options);
        }

        @Override
        CompletableFuture<?> readAsync(AutoCloseable client, List<String> ids, RequestOptions options) {
            return ((KeywordsAiClient) client).getEvaluatorAsync(ids.get(0), options);
        }

        @Override
        List<Object> callArguments(Operation operation) {
            return operation == Operation.READ ? List.of("evl_demo") : List.of("evl_demo", params());
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
    final String updateMethod;
    final List<String> updateIds;
    final List<String> readIds;
    /** Names the read's body files: the vendor's id when the read answers the update's type. */
    final String readBodies;

    Vendor(String id, String updateMethod, List<String> updateIds, List<String> readIds, String readBodies) {
        this.id = id;
        this.updateMethod = updateMethod;
        this.updateIds = updateIds;
        this.readIds = readIds;
        this.readBodies = readBodies;
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
     * The arguments of the call before the optional {@code RequestOptions}, for the client made by
     * {@link #builder()} and the sandbox's seeded resource: the ids in path order (Fireworks' account is the
     * client's), then the params (Scale's read: its query params).
     */
    abstract List<Object> callArguments(Operation operation);

    /** The request path of the call for the given ids, already percent-encoded. */
    abstract String path(Operation operation, List<String> encodedIds);

    /** The request's query string, or null when the call sends none. */
    String query(Operation operation) {
        return null;
    }

    /** One synchronous update call with the path ids ({@link #updateIds} in shape). */
    abstract Object update(AutoCloseable client, List<String> ids, RequestOptions options);

    /** One asynchronous update call. */
    abstract CompletableFuture<?> updateAsync(AutoCloseable client, List<String> ids, RequestOptions options);

    /** One synchronous read with the path ids ({@link #readIds} in shape). */
    abstract Object read(AutoCloseable client, List<String> ids, RequestOptions options);

    /** One asynchronous read. */
    abstract CompletableFuture<?> readAsync(AutoCloseable client, List<String> ids, RequestOptions options);

    /** Checks that {@code result} is the update's typed response read correctly from {@code body}. */
    abstract void checkDecoded(Body body, Object result);

    /** Checks the read's typed response; the same as {@link #checkDecoded} where both calls answer one type. */
    void checkRead(Body body, Object result) {
        checkDecoded(body, result);
    }

    /**
     * @return true when the vendor's responses are generated and read lazily: a 200 whose body lacks a required
     *     field decodes, and only the accessor of that field (and {@code validate()}) fails
     */
    boolean lazyResponses() {
        return false;
    }

    /** @return the call's body file for the case, or null when the vendor's spec gives the case no meaning */
    String body(Operation operation, Body body) {
        String name = operation == Operation.READ ? readBodies : id;
        String resource = "bodies/" + name + "-" + body.file + ".json";
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
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
