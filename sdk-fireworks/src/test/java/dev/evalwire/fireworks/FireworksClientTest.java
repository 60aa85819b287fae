package dev.evalwire.fireworks;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.ApiResponse;
import dev.evalwire.core.AuthenticationException;
import dev.evalwire.core.BadRequestException;
import dev.evalwire.core.ClientClosedException;
import dev.evalwire.core.ConfigSource;
import dev.evalwire.core.InternalServerException;
import dev.evalwire.core.NotFoundException;
import dev.evalwire.core.PermissionDeniedException;
import dev.evalwire.core.RateLimitException;
import dev.evalwire.core.RequestOptions;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The update call on the wire: method, path, query, headers and exact bodies, and how answers are mapped. */
class FireworksClientTest {

    private static final String PATH = "/v1/accounts/acme/evaluators/exact-match";

    @RegisterExtension
    final FireworksServer server = new FireworksServer();

    private final FireworksClient client = server.client();

    private static UpdateEvaluatorParams displayName() {
        return UpdateEvaluatorParams.builder().displayName("Exact match").build();
    }

    @Test
    void sendsOnlyTheFieldThatWasSet() throws Exception {
        server.enqueueEvaluator();

        client.updateEvaluator("exact-match", displayName());

        RecordedRequest request = server.take();
        assertEquals("PATCH", request.getMethod());
        assertEquals(PATH, request.getTarget());
        assertEquals("Bearer " + FireworksServer.API_KEY, request.getHeaders().get("Authorization"));
        assertTrue(
                request.getHeaders().get("User-Agent").startsWith("evalwire-java/"),
                request.getHeaders().get("User-Agent"));
        assertTrue(request.getHeaders().get("Content-Type").startsWith("application/json"));
        assertEquals("{\"displayName\":\"Exact match\"}", request.getBody().utf8());
    }

    @Test
    void emptyValuesResetFieldsWithoutEverSendingNull() throws Exception {
        server.enqueueEvaluator();

        client.updateEvaluator(
                "exact-match",
                UpdateEvaluatorParams.builder()
                        .displayName("")
                        .description("")
                        .criteria()
                        .requirements("")
                        .commitHash("")
                        .source(EvaluatorSource.builder().build())
                        .defaultDataset("")
                        .build());

        assertEquals(
                "{\"displayName\":\"\",\"description\":\"\",\"criteria\":[],\"requirements\":\"\","
                        + "\"commitHash\":\"\",\"source\":{},\"defaultDataset\":\"\"}",
                server.take().getBody().utf8());
    }

    @Test
    void nestedBodiesSendOnlyTheFieldsSet() throws Exception {
        server.enqueueEvaluator();

        client.updateEvaluator(
                "exact-match",
                UpdateEvaluatorParams.builder()
                        .criteria(
                                Criterion.builder().name("").description("").build(),
                                Criterion.builder()
                                        .codeSnippets(CodeSnippets.builder()
                                                .language("")
                                                .fileContents(Collections.<String, String>emptyMap())
                                                .build())
                                        .build())
                        .source(EvaluatorSource.builder()
                                .type(EvaluatorSourceType.TYPE_UPLOAD)
                                .build())
                        .build());

        assertEquals(
                "{\"criteria\":[{\"name\":\"\",\"description\":\"\"},"
                        + "{\"codeSnippets\":{\"language\":\"\",\"fileContents\":{}}}],\"source\":{\"type\":\"TYPE_UPLOAD\"}}",
                server.take().getBody().utf8());
    }

    @Test
    void sendsAFullBodyWithCriteriaCodeSnippetsAndSource() throws Exception {
        server.enqueueEvaluator();

        client.updateEvaluator(
                "exact-match",
                UpdateEvaluatorParams.builder()
                        .displayName("Exact match")
                        .description("1.0 when the answer matches")
                        .criteria(Criterion.builder()
                                .type(CriterionType.CODE_SNIPPETS)
                                .name("accuracy")
                                .description("exact string match")
                                .codeSnippets(CodeSnippets.builder()
                                        .language("python")
                                        .putFile(
                                                "main.py",
                                                "from util import norm\ndef evaluate(row):\n"
                                                        + "    return float(norm(row['a']) == norm(row['b']))\n")
                                        .putFile("util.py", "def norm(s):\n    return s.strip().lower()\n")
                                        .entryFile("main.py")
                                        .entryFunc("evaluate")
                                        .build())
                                .build())
                        .requirements("numpy==2.1.0\n")
                        .entryPoint("main.py::evaluate")
                        .commitHash("4f2a9c1")
                        .source(EvaluatorSource.builder()
                                .type(EvaluatorSourceType.TYPE_GITHUB)
                                .githubRepositoryName("acme/evaluators")
                                .build())
                        .defaultDataset("accounts/acme/datasets/qa")
                        .build());

        assertEquals(
                "{\"displayName\":\"Exact match\",\"description\":\"1.0 when the answer matches\","
                        + "\"criteria\":[{\"type\":\"CODE_SNIPPETS\",\"name\":\"accuracy\",\"description\":\"exact string match\","
                        + "\"codeSnippets\":{\"language\":\"python\",\"fileContents\":{"
                        + "\"main.py\":\"from util import norm\\ndef evaluate(row):\\n"
                        + "    return float(norm(row['a']) == norm(row['b']))\\n\","
                        + "\"util.py\":\"def norm(s):\\n    return s.strip().lower()\\n\"},"
                        + "\"entryFile\":\"main.py\",\"entryFunc\":\"evaluate\"}}],"
                        + "\"requirements\":\"numpy==2.1.0\\n\",\"entryPoint\":\"main.py::evaluate\","
                        + "\"commitHash\":\"4f2a9c1\","
                        + "\"source\":{\"type\":\"TYPE_GITHUB\",\"githubRepositoryName\":\"acme/evaluators\"},"
                        + "\"defaultDataset\":\"accounts/acme/datasets/qa\"}",
                server.take().getBody().utf8());
    }

    @Test
    void enumDefaultsAreNeverSentUnlessSet() throws Exception {
        server.enqueueEvaluator();
        server.enqueueEvaluator();

        client.updateEvaluator(
                "exact-match",
                UpdateEvaluatorParams.builder()
                        .criteria(Criterion.builder().name("accuracy").build())
                        .source(EvaluatorSource.builder()
                                .githubRepositoryName("acme/evaluators")
                                .build())
                        .build());
        client.updateEvaluator(
                "exact-match",
                UpdateEvaluatorParams.builder()
                        .criteria(Criterion.builder()
                                .type(CriterionType.TYPE_UNSPECIFIED)
                                .build())
                        .source(EvaluatorSource.builder()
                                .type(EvaluatorSourceType.TYPE_UNSPECIFIED)
                                .build())
                        .build());

        assertEquals(
                "{\"criteria\":[{\"name\":\"accuracy\"}],\"source\":{\"githubRepositoryName\":\"acme/evaluators\"}}",
                server.take().getBody().utf8());
        assertEquals(
                "{\"criteria\":[{\"type\":\"TYPE_UNSPECIFIED\"}],\"source\":{\"type\":\"TYPE_UNSPECIFIED\"}}",
                server.take().getBody().utf8());
    }

    @Test
    void anEmptyCriteriaListIsSentAsAnEmptyArray() throws Exception {
        server.enqueueEvaluator();

        client.updateEvaluator(
                "exact-match", UpdateEvaluatorParams.builder().criteria().build());

        assertEquals("{\"criteria\":[]}", server.take().getBody().utf8());
    }

    @Test
    void prepareCodeUploadIsInTheQueryOnlyWhenSet() throws Exception {
        server.enqueueEvaluator();
        server.enqueueEvaluator();
        server.enqueueEvaluator();

        client.updateEvaluator(
                "exact-match",
                UpdateEvaluatorParams.builder().prepareCodeUpload(true).build());
        client.updateEvaluator(
                "exact-match",
                displayName().toBuilder().prepareCodeUpload(false).build());
        client.updateEvaluator("exact-match", UpdateEvaluatorParams.builder().build());

        RecordedRequest prepare = server.take();
        assertEquals(PATH + "?prepareCodeUpload=true", prepare.getTarget());
        assertEquals("{}", prepare.getBody().utf8());
        RecordedRequest noPrepare = server.take();
        assertEquals(PATH + "?prepareCodeUpload=false", noPrepare.getTarget());
        assertEquals("{\"displayName\":\"Exact match\"}", noPrepare.getBody().utf8());
        RecordedRequest absent = server.take();
        assertEquals(PATH, absent.getTarget());
        assertNull(absent.getUrl().queryParameter("prepareCodeUpload"));
    }

    @Test
    void withAccountSendsTheOtherAccountInThePathAndLeavesTheClientAlone() throws Exception {
        server.enqueueEvaluator();
        server.enqueueEvaluator();
        server.enqueueEvaluator();
        server.enqueueEvaluator();

        FireworksClient zeta = client.withAccount("zeta");
        zeta.updateEvaluator("exact-match", displayName());
        zeta.updateEvaluatorAsync("exact-match", displayName()).get(10, SECONDS);
        zeta.withRawResponse().updateEvaluator("exact-match", displayName());
        client.updateEvaluator("exact-match", displayName());

        for (int i = 0; i < 3; i++) {
            RecordedRequest request = server.take();
            assertEquals("PATCH", request.getMethod());
            assertEquals("/v1/accounts/zeta/evaluators/exact-match", request.getTarget());
            assertEquals("{\"displayName\":\"Exact match\"}", request.getBody().utf8());
        }
        assertEquals(PATH, server.take().getTarget(), "the client keeps its own account");
        assertEquals(4, server.requestCount(), "nothing else was sent, to either account");
        assertEquals("zeta", zeta.accountId());
        assertEquals("acme", client.accountId());
    }

    @Test
    void withAccountChecksTheIdBeforeAnyRequest() {
        assertEquals(
                "accountId must not be null",
                assertThrows(NullPointerException.class, () -> client.withAccount(null))
                        .getMessage());
        assertEquals(
                "accountId must not be empty or whitespace",
                assertThrows(IllegalArgumentException.class, () -> client.withAccount(" "))
                        .getMessage());
        assertEquals(
                "accountId must not be '.' or '..': such an id would change the path",
                assertThrows(IllegalArgumentException.class, () -> client.withAccount(".."))
                        .getMessage());
        assertEquals(0, server.requestCount());
    }

    @Test
    void aViewSharesTheClientSoClosingEitherClosesBoth() {
        FireworksClient view = client.withAccount("zeta");
        view.close();

        assertThrows(ClientClosedException.class, () -> client.updateEvaluator("exact-match", displayName()));
        assertThrows(ClientClosedException.class, () -> view.updateEvaluator("exact-match", displayName()));
        try (FireworksClient other = server.clientBuilder().accountId("acme").build()) {
            FireworksClient otherView = other.withAccount("zeta");
            other.close();
            assertThrows(ClientClosedException.class, () -> otherView.updateEvaluator("exact-match", displayName()));
        }
        assertEquals(0, server.requestCount());
    }

    @Test
    void withoutAnyAccountTheCallFailsBeforeSending() throws Exception {
        try (FireworksClient noAccount = server.clientBuilder().build()) {
            IllegalStateException e = assertThrows(
                    IllegalStateException.class, () -> noAccount.updateEvaluator("exact-match", displayName()));
            assertTrue(e.getMessage().contains("FIREWORKS_ACCOUNT_ID"), e.getMessage());
            assertTrue(e.getMessage().contains("accountId(...)"), e.getMessage());
            assertTrue(e.getMessage().contains("withAccount(...)"), e.getMessage());
            assertThrows(
                    IllegalStateException.class, () -> noAccount.updateEvaluatorAsync("exact-match", displayName()));
            assertThrows(
                    IllegalStateException.class,
                    () -> noAccount.withRawResponse().updateEvaluator("exact-match", displayName()));

            server.enqueueEvaluator();
            noAccount.withAccount("acme").updateEvaluator("exact-match", displayName());
            assertEquals(PATH, server.take().getTarget());
        }
        assertEquals(1, server.requestCount());
    }

    @Test
    void hostileIdsStayOneEncodedSegment() throws Exception {
        server.enqueueEvaluator();

        client.withAccount("team/x").updateEvaluator("a b/../c?d#e%", displayName());

        assertEquals(
                "/v1/accounts/team%2Fx/evaluators/a%20b%2F..%2Fc%3Fd%23e%25",
                server.take().getTarget());
    }

    @Test
    void dotIdsAreRefusedBeforeSending() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> client.updateEvaluator("..", displayName()));
        assertTrue(e.getMessage().contains("evaluator_id"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> client.withAccount("."));
        assertEquals(0, server.requestCount());
    }

    @Test
    void asyncCallsSendTheSameRequest() throws Exception {
        server.enqueueEvaluator();
        server.enqueueEvaluator();

        Evaluator first =
                client.updateEvaluatorAsync("exact-match", displayName()).get(10, SECONDS);
        Evaluator second = client.updateEvaluatorAsync(
                        "exact-match",
                        UpdateEvaluatorParams.builder().prepareCodeUpload(true).build(),
                        RequestOptions.none())
                .get(10, SECONDS);

        assertEquals("Exact match", first.displayName());
        assertEquals(EvaluatorState.ACTIVE, second.state());
        RecordedRequest firstRequest = server.take();
        assertEquals("PATCH", firstRequest.getMethod());
        assertEquals("{\"displayName\":\"Exact match\"}", firstRequest.getBody().utf8());
        assertEquals(PATH + "?prepareCodeUpload=true", server.take().getTarget());
    }

    @Test
    void rawResponseCarriesStatusHeadersAndBodyNextToTheTypedOne() throws Exception {
        server.enqueueEvaluator();
        server.enqueueEvaluator();

        ApiResponse<Evaluator> sync =
                client.withRawResponse().updateEvaluator("exact-match", displayName(), RequestOptions.none());
        ApiResponse<Evaluator> async = client.withRawResponse()
                .updateEvaluatorAsync(
                        "exact-match", UpdateEvaluatorParams.builder().build())
                .get(10, SECONDS);

        for (ApiResponse<Evaluator> response : new ApiResponse[] {sync, async}) {
            assertEquals(200, response.status());
            assertEquals("req-1", response.requestId());
            assertEquals("req-1", response.headers().first("x-request-id"));
            assertEquals(FireworksServer.EVALUATOR_JSON, response.rawBody());
            assertEquals("accounts/acme/evaluators/exact-match", response.body().name());
        }
    }

    @Test
    void perCallOptionsAddHeaders() throws Exception {
        server.enqueueEvaluator();

        client.updateEvaluator(
                "exact-match",
                displayName(),
                RequestOptions.builder().header("X-Trace", "t-1").build());

        assertEquals("t-1", server.take().getHeaders().get("X-Trace"));
    }

    @Test
    void adminRoleRefusalIsPermissionDeniedWithTheServerMessage() {
        server.enqueue(
                403, "{\"code\":7,\"message\":\"admin role required to update evaluators\"," + "\"details\":[]}");

        PermissionDeniedException e = assertThrows(
                PermissionDeniedException.class, () -> client.updateEvaluator("exact-match", displayName()));

        assertEquals(403, e.status());
        assertEquals("admin role required to update evaluators", e.serverMessage());
        assertTrue(e.getMessage().contains("admin role required"), e.getMessage());
        assertEquals("req-1", e.requestId());
    }

    @Test
    void theErrorEnvelopeShapeIsDecodedToo() {
        server.enqueue(
                400,
                "{\"error\":{\"message\":\"entryPoint: invalid format\",\"code\":\"invalid_argument\","
                        + "\"type\":\"invalid_request_error\"}}");

        BadRequestException e =
                assertThrows(BadRequestException.class, () -> client.updateEvaluator("exact-match", displayName()));

        assertEquals("entryPoint: invalid format", e.serverMessage());
    }

    @Test
    void statusesMapToTheirExceptions() {
        server.enqueue(
                401, "{\"code\":16,\"message\":\"unauthenticated: invalid or missing API key\"," + "\"details\":[]}");
        server.enqueue(404, "{\"code\":5,\"message\":\"evaluator not found\",\"details\":[]}");

        AuthenticationException unauthenticated =
                assertThrows(AuthenticationException.class, () -> client.updateEvaluator("exact-match", displayName()));
        NotFoundException notFound =
                assertThrows(NotFoundException.class, () -> client.updateEvaluator("exact-match", displayName()));

        assertEquals("unauthenticated: invalid or missing API key", unauthenticated.serverMessage());
        assertFalse(unauthenticated.getMessage().contains(FireworksServer.API_KEY));
        assertEquals("evaluator not found", notFound.serverMessage());
    }

    @Test
    void asyncFailuresCompleteTheFutureWithTheSameException() {
        server.enqueue(403, "{\"code\":7,\"message\":\"admin role required\",\"details\":[]}");

        ExecutionException e = assertThrows(
                ExecutionException.class,
                () -> client.updateEvaluatorAsync("exact-match", displayName()).get(10, SECONDS));

        assertTrue(e.getCause() instanceof PermissionDeniedException, String.valueOf(e.getCause()));
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThroughTheSleeper() throws Exception {
        server.enqueue(503, "{\"code\":14,\"message\":\"unavailable\",\"details\":[]}");
        server.enqueueEvaluator();

        Evaluator evaluator = client.updateEvaluator("exact-match", displayName());

        assertEquals("Exact match", evaluator.displayName());
        assertEquals(2, server.requestCount());
        assertEquals(1, server.sleeper.sleeps().size());
    }

    @Test
    void withoutRetriesA429AndA500SurfaceAtOnce() throws Exception {
        server.enqueue(429, "{\"code\":8,\"message\":\"quota exceeded\",\"details\":[]}");
        server.enqueue(500, "{\"code\":13,\"message\":\"internal\",\"details\":[]}");
        try (FireworksClient noRetries =
                server.clientBuilder().accountId("acme").maxRetries(0).build()) {
            RateLimitException limited = assertThrows(
                    RateLimitException.class, () -> noRetries.updateEvaluator("exact-match", displayName()));
            InternalServerException internal = assertThrows(
                    InternalServerException.class, () -> noRetries.updateEvaluator("exact-match", displayName()));
            assertEquals("quota exceeded", limited.serverMessage());
            assertEquals("internal", internal.serverMessage());
        }
        assertTrue(server.sleeper.sleeps().isEmpty());
    }

    @Test
    void fromEnvReadsKeyAccountAndBaseUrl() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("FIREWORKS_API_KEY", "fw-env-key");
        env.put("FIREWORKS_ACCOUNT_ID", "envacct");
        env.put("FIREWORKS_BASE_URL", server.baseUrl() + "/inference/v1/");
        server.enqueueEvaluator();

        try (FireworksClient fromEnv =
                FireworksClient.builder().fromEnv(ConfigSource.of(env)).build()) {
            assertEquals("envacct", fromEnv.accountId());
            fromEnv.updateEvaluator("exact-match", displayName());
        }

        RecordedRequest request = server.take();
        assertEquals("/v1/accounts/envacct/evaluators/exact-match", request.getTarget());
        assertEquals("Bearer fw-env-key", request.getHeaders().get("Authorization"));
    }

    @Test
    void valuesSetAfterFromEnvWin() {
        Map<String, String> env = new HashMap<>();
        env.put("FIREWORKS_API_KEY", "fw-env-key");
        env.put("FIREWORKS_ACCOUNT_ID", "envacct");

        try (FireworksClient explicit = FireworksClient.builder()
                .fromEnv(ConfigSource.of(env))
                .accountId("explicit")
                .build()) {
            assertEquals("explicit", explicit.accountId());
        }
    }

    @Test
    void fromEnvWithoutAKeyNamesTheVariable() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> FireworksClient.builder()
                        .fromEnv(ConfigSource.of(Collections.singletonMap("FIREWORKS_ACCOUNT_ID", "acme")))
                        .build());

        assertEquals(
                "API key is missing: set the FIREWORKS_API_KEY environment variable or pass the key to the"
                        + " client builder's apiKey(...)",
                e.getMessage());
    }

    @Test
    void builderRejectsABlankAccount() {
        IllegalArgumentException blank = assertThrows(
                IllegalArgumentException.class, () -> FireworksClient.builder().accountId("  "));
        NullPointerException nul = assertThrows(
                NullPointerException.class, () -> FireworksClient.builder().accountId(null));

        assertEquals("accountId must not be empty or whitespace", blank.getMessage());
        assertEquals("accountId must not be null", nul.getMessage());
    }

    @Test
    void theDefaultsPointAtProductionWithoutAnAccount() {
        try (FireworksClient defaults = FireworksClient.builder().apiKey("k").build()) {
            assertNull(defaults.accountId());
        }
        assertEquals("https://api.fireworks.ai", FireworksClient.DEFAULT_BASE_URL);
    }
}
