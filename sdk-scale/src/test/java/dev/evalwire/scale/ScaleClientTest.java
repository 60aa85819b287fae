package dev.evalwire.scale;

import static dev.evalwire.scale.Samples.json;
import static dev.evalwire.scale.ScaleServer.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.ApiResponse;
import dev.evalwire.core.ClientClosedException;
import dev.evalwire.core.ConfigSource;
import dev.evalwire.core.FieldError;
import dev.evalwire.core.NotFoundException;
import dev.evalwire.core.RequestOptions;
import dev.evalwire.core.Timeouts;
import dev.evalwire.core.UnprocessableEntityException;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Scale client against a mock server: path, headers, exact bodies, responses and errors. */
class ScaleClientTest {

    private static final String PATH = "/v5/evaluations/eval_1/tasks/chat_completion";

    @RegisterExtension
    final ScaleServer server = new ScaleServer();

    private void ok() {
        server.enqueue(200, Samples.EVALUATION);
    }

    private static ChatCompletionConfiguration chat() {
        return ChatCompletionConfiguration.builder()
                .model("openai/gpt-4o-mini")
                .messagesFromItem("item.messages")
                .build();
    }

    @Test
    void syncCallSendsPatchWithApiKeyAndExactBody() throws Exception {
        ok();
        try (ScaleClient client = server.builder().build()) {
            Evaluation evaluation = client.updateTaskConfiguration("eval_1", "chat_completion", chat());
            assertEquals("eval_1", evaluation.id());
            assertEquals(EvaluationStatus.RUNNING, evaluation.status());
        }
        RecordedRequest request = server.take();
        assertEquals("PATCH", request.getMethod());
        assertEquals(PATH, request.getTarget());
        assertEquals(KEY, request.getHeaders().get("x-api-key"));
        assertNull(request.getHeaders().get("Authorization"));
        assertNull(request.getHeaders().get("x-selected-account-id"));
        assertTrue(request.getHeaders().get("User-Agent").startsWith("evalwire-java/"));
        assertTrue(request.getHeaders().get("User-Agent").contains("(scale)"));
        assertTrue(request.getHeaders().get("Content-Type").startsWith("application/json"));
        assertEquals(
                json("{'configuration':{'model':'openai/gpt-4o-mini','messages':'item.messages'}}"),
                request.getBody().utf8());
    }

    @Test
    void hostileIdsAreEachOneEncodedSegment() throws Exception {
        ok();
        try (ScaleClient client = server.builder().build()) {
            client.updateTaskConfiguration("eval/1 ?#", "../x", chat());
        }
        RecordedRequest request = server.take();
        assertEquals("/v5/evaluations/eval%2F1%20%3F%23/tasks/..%2Fx", request.getTarget());
        assertEquals(5, request.getUrl().pathSegments().size());
        assertEquals("eval/1 ?#", request.getUrl().pathSegments().get(2));
        assertEquals("../x", request.getUrl().pathSegments().get(4));
    }

    @Test
    void badIdsFailBeforeAnyRequest() {
        try (ScaleClient client = server.builder().build()) {
            assertEquals(
                    "evaluation_id must not be '.' or '..': such an id would change the path",
                    assertThrows(
                                    IllegalArgumentException.class,
                                    () -> client.updateTaskConfiguration("..", "a", chat()))
                            .getMessage());
            assertEquals(
                    "alias must not be empty or whitespace",
                    assertThrows(
                                    IllegalArgumentException.class,
                                    () -> client.updateTaskConfigurationAsync("e", " ", chat()))
                            .getMessage());
        }
        assertEquals(0, server.requestCount());
    }

    @Test
    void clientAccountIsSentOnEveryCallAndWithAccountReplacesIt() throws Exception {
        for (int i = 0; i < 5; i++) {
            ok();
        }
        try (ScaleClient client = server.builder().accountId("acct_default").build()) {
            ScaleClient other = client.withAccount("acct_other");
            client.updateTaskConfiguration("eval_1", "chat_completion", chat());
            other.updateTaskConfiguration("eval_1", "chat_completion", chat());
            other.updateTaskConfigurationAsync("eval_1", "chat_completion", chat())
                    .get(10, TimeUnit.SECONDS);
            other.withRawResponse().updateTaskConfiguration("eval_1", "chat_completion", chat());
            client.updateTaskConfiguration("eval_1", "chat_completion", chat());
            assertEquals("acct_other", other.accountId());
            assertEquals("acct_default", client.accountId());
        }
        assertEquals(
                Collections.singletonList("acct_default"),
                server.take().getHeaders().values("x-selected-account-id"));
        for (int i = 0; i < 3; i++) {
            RecordedRequest overridden = server.take();
            assertEquals(PATH, overridden.getTarget());
            assertEquals(
                    Collections.singletonList("acct_other"),
                    overridden.getHeaders().values("x-selected-account-id"),
                    "only the view's account is sent");
        }
        assertEquals(
                Collections.singletonList("acct_default"),
                server.take().getHeaders().values("x-selected-account-id"),
                "the client keeps its account");
        assertEquals(5, server.requestCount());
    }

    @Test
    void withAccountWorksWithoutAClientAccountAndTheClientSendsNone() throws Exception {
        ok();
        ok();
        try (ScaleClient client = server.builder().build()) {
            client.withAccount("acct_call").updateTaskConfiguration("eval_1", "chat_completion", chat());
            client.updateTaskConfiguration("eval_1", "chat_completion", chat());
            assertNull(client.accountId());
        }
        assertEquals("acct_call", server.take().getHeaders().get("x-selected-account-id"));
        assertNull(server.take().getHeaders().get("x-selected-account-id"));
    }

    @Test
    void withAccountChecksTheIdBeforeAnyRequest() {
        try (ScaleClient client = server.builder().build()) {
            assertEquals(
                    "accountId must not be null",
                    assertThrows(NullPointerException.class, () -> client.withAccount(null))
                            .getMessage());
            assertEquals(
                    "accountId must not be empty or whitespace",
                    assertThrows(IllegalArgumentException.class, () -> client.withAccount(" "))
                            .getMessage());
            assertEquals(
                    "header 'x-selected-account-id' contains a line break (CR or LF) at index 1; header values"
                            + " must be one line",
                    assertThrows(IllegalArgumentException.class, () -> client.withAccount("a\nb"))
                            .getMessage());
            assertThrows(IllegalArgumentException.class, () -> client.withAccount("caf\u00e9"));
        }
        assertEquals(0, server.requestCount());
    }

    @Test
    void aViewSharesTheClientSoClosingEitherClosesBoth() {
        ScaleClient client = server.builder().build();
        ScaleClient view = client.withAccount("acct_other");
        view.close();
        assertThrows(ClientClosedException.class, () -> client.updateTaskConfiguration("e", "a", chat()));
        try (ScaleClient other = server.builder().build()) {
            ScaleClient otherView = other.withAccount("acct_other");
            other.close();
            assertThrows(ClientClosedException.class, () -> otherView.updateTaskConfiguration("e", "a", chat()));
        }
        assertEquals(0, server.requestCount());
    }

    @Test
    void asyncCallCompletesWithTheEvaluation() throws Exception {
        ok();
        try (ScaleClient client = server.builder().build()) {
            Evaluation evaluation = client.updateTaskConfigurationAsync(
                            "eval_1",
                            "chat_completion",
                            RawTaskConfiguration.of(Collections.singletonMap("model", "m")))
                    .get(10, TimeUnit.SECONDS);
            assertEquals("Nightly", evaluation.name());
        }
        RecordedRequest request = server.take();
        assertEquals(PATH, request.getTarget());
        assertEquals(json("{'configuration':{'model':'m'}}"), request.getBody().utf8());
    }

    @Test
    void rawResponseHasStatusHeadersAndBodyNextToTheTypedOne() throws Exception {
        ok();
        ok();
        try (ScaleClient client = server.builder().build()) {
            ApiResponse<Evaluation> sync = client.withRawResponse()
                    .updateTaskConfiguration("eval_1", "chat_completion", chat(), RequestOptions.none());
            assertEquals(200, sync.status());
            assertEquals("req_1", sync.requestId());
            assertEquals(Samples.EVALUATION, sync.rawBody());
            assertEquals("eval_1", sync.body().id());
            ApiResponse<Evaluation> async = client.withRawResponse()
                    .updateTaskConfigurationAsync("eval_1", "chat_completion", chat())
                    .get(10, TimeUnit.SECONDS);
            assertEquals("req_1", async.headers().first("x-request-id"));
            assertEquals(12, async.body().tasks().size());
        }
    }

    @Test
    void requestOptionsAddHeadersForOneCall() throws Exception {
        ok();
        try (ScaleClient client = server.builder().build()) {
            client.updateTaskConfiguration(
                    "eval_1",
                    "chat_completion",
                    chat(),
                    RequestOptions.builder()
                            .header("x-trace", "t1")
                            .timeouts(Timeouts.builder()
                                    .call(Duration.ofSeconds(5))
                                    .build())
                            .build());
        }
        assertEquals("t1", server.take().getHeaders().get("x-trace"));
    }

    @Test
    void fastApiValidationErrorBecomesUnprocessableEntityWithFieldErrors() {
        server.error(
                422,
                "{'detail':[{'loc':['body','configuration','model'],'msg':'field required',"
                        + "'type':'value_error.missing'}]}");
        try (ScaleClient client = server.builder().build()) {
            UnprocessableEntityException e = assertThrows(
                    UnprocessableEntityException.class,
                    () -> client.updateTaskConfiguration("eval_1", "chat_completion", chat()));
            assertEquals(422, e.status());
            assertEquals(
                    Collections.singletonList(new FieldError("configuration.model", "field required")),
                    e.fieldErrors());
            assertEquals("configuration.model: field required", e.serverMessage());
            assertTrue(e.getMessage().startsWith("HTTP 422"), e.getMessage());
            assertTrue(!e.getMessage().contains(KEY));
        }
    }

    @Test
    void fastApiDetailStringBecomesNotFoundWithServerMessage() {
        server.error(404, "{'detail':'Task alias not found'}");
        try (ScaleClient client = server.builder().build()) {
            NotFoundException e = assertThrows(
                    NotFoundException.class, () -> client.updateTaskConfiguration("eval_1", "chat_completion", chat()));
            assertEquals("Task alias not found", e.serverMessage());
            assertEquals("HTTP 404 Not Found from PATCH " + PATH + ": Task alias not found", e.getMessage());
            assertTrue(e.fieldErrors().isEmpty());
        }
    }

    @Test
    void asyncFailureCarriesTheMappedException() {
        server.error(404, "{'detail':'Evaluation not found'}");
        try (ScaleClient client = server.builder().build()) {
            Exception e = assertThrows(
                    Exception.class,
                    () -> client.updateTaskConfigurationAsync("eval_1", "chat_completion", chat())
                            .get(10, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof NotFoundException, String.valueOf(e.getCause()));
        }
    }

    @Test
    void serverErrorsAreRetriedWithTheInjectedSleeper() throws Exception {
        server.error(503, "{'detail':'busy'}");
        ok();
        try (ScaleClient client = server.builder().maxRetries(2).build()) {
            assertEquals(
                    "eval_1",
                    client.updateTaskConfiguration("eval_1", "chat_completion", chat())
                            .id());
        }
        assertEquals(1, server.sleeper.sleeps().size());
        assertEquals(2, server.requestCount());
    }

    @Test
    void fromEnvReadsKeyAccountAndBaseUrl() throws Exception {
        ok();
        Map<String, String> env = new HashMap<>();
        env.put("SGP_API_KEY", KEY);
        env.put("SGP_ACCOUNT_ID", "acct_env");
        env.put("SGP_CLIENT_BASE_URL", server.url());
        try (ScaleClient client = ScaleClient.builder()
                .fromEnv(ConfigSource.of(env))
                .sleeper(server.sleeper)
                .build()) {
            client.updateTaskConfiguration("eval_1", "chat_completion", chat());
        }
        RecordedRequest request = server.take();
        assertEquals(KEY, request.getHeaders().get("x-api-key"));
        assertEquals("acct_env", request.getHeaders().get("x-selected-account-id"));
    }

    @Test
    void fromEnvWithoutKeyNamesTheVariable() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> ScaleClient.builder()
                        .fromEnv(ConfigSource.of(Collections.<String, String>emptyMap()))
                        .build());
        assertEquals(
                "API key is missing: set the SGP_API_KEY environment variable or pass the key to the client"
                        + " builder's apiKey(...)",
                e.getMessage());
    }

    @Test
    void builderValidatesAccountId() {
        assertEquals(
                "accountId must not be empty or whitespace",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ScaleClient.builder().accountId(" "))
                        .getMessage());
        assertEquals(
                "header 'x-selected-account-id' contains a line break (CR or LF) at index 1; header values must"
                        + " be one line",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ScaleClient.builder().accountId("a\nb"))
                        .getMessage());
        assertThrows(NullPointerException.class, () -> ScaleClient.builder().accountId(null));
        assertThrows(IllegalArgumentException.class, () -> ScaleClient.builder().accountId("caf\u00e9"));
    }

    @Test
    void aMissingConfigurationFailsBeforeAnyRequest() {
        try (ScaleClient client = server.builder().build()) {
            assertEquals(
                    "configuration must not be null; it is required",
                    assertThrows(NullPointerException.class, () -> client.updateTaskConfiguration("e", "a", null))
                            .getMessage());
            assertThrows(NullPointerException.class, () -> client.updateTaskConfigurationAsync("e", "a", null));
        }
        assertEquals(0, server.requestCount());
    }
}
