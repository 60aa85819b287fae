package dev.evalwire.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.evalwire.core.ApiResponse;
import dev.evalwire.core.NotFoundException;
import dev.evalwire.core.RequestOptions;
import java.util.Arrays;
import java.util.Collections;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /v5/evaluations/{id}} on the wire: query from GetEvaluationParams, account header, all forms. */
class ScaleGetEvaluationTest {

    private static final String PATH = "/v5/evaluations/eval_1";
    private static final String QUERY = "?views=tasks&include_archived=true";
    private static final GetEvaluationParams ALL = GetEvaluationParams.builder()
            .views(EvaluationView.TASKS)
            .includeArchived(true)
            .build();

    @RegisterExtension
    final ScaleServer server = new ScaleServer();

    private final ScaleClient client =
            server.closeAfter(server.builder().accountId("acct_1").build());

    private void assertRead(Evaluation evaluation, String target) throws InterruptedException {
        RecordedRequest request = server.takeRead(target);
        assertEquals(ScaleServer.KEY, request.getHeaders().get("x-api-key"));
        assertNull(request.getHeaders().get("Authorization"));
        assertEquals("acct_1", request.getHeaders().get("x-selected-account-id"));
        assertEquals("eval_1", evaluation.id());
        assertEquals(EvaluationStatus.RUNNING, evaluation.status());
        assertEquals("chat", evaluation.tasks().get(0).alias());
    }

    @Test
    void plainReadSendsNoQuery() throws Exception {
        server.enqueue(200, ScaleServer.evaluation(ScaleServer.CHAT, ScaleServer.METRIC));
        assertRead(client.getEvaluation("eval_1"), PATH);
    }

    @Test
    void paramsBecomeTheQueryInSettingOrder() throws Exception {
        server.enqueue(200, ScaleServer.evaluation(ScaleServer.CHAT, ScaleServer.METRIC));
        server.enqueue(200, ScaleServer.evaluation(ScaleServer.CHAT, ScaleServer.METRIC));
        server.enqueue(200, ScaleServer.evaluation(ScaleServer.CHAT, ScaleServer.METRIC));
        assertRead(client.getEvaluation("eval_1", ALL), PATH + QUERY);
        assertRead(client.getEvaluation("eval_1", ALL, RequestOptions.none()), PATH + QUERY);
        assertRead(
                client.getEvaluation(
                        "eval_1",
                        GetEvaluationParams.builder().includeArchived(false).build()),
                PATH + "?include_archived=false");
    }

    @Test
    void asyncReadsCompleteWithTheEvaluation() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(200, ScaleServer.evaluation(ScaleServer.CHAT));
        }
        assertRead(client.getEvaluationAsync("eval_1").get(10, TimeUnit.SECONDS), PATH);
        assertRead(client.getEvaluationAsync("eval_1", ALL).get(10, TimeUnit.SECONDS), PATH + QUERY);
        assertRead(
                client.getEvaluationAsync("eval_1", ALL, RequestOptions.none()).get(10, TimeUnit.SECONDS),
                PATH + QUERY);
    }

    @Test
    void rawReadsShowStatusRequestIdAndBody() throws Exception {
        String body = ScaleServer.evaluation(ScaleServer.CHAT);
        for (int i = 0; i < 4; i++) {
            server.enqueue(200, body);
        }
        ApiResponse<Evaluation> sync = client.withRawResponse().getEvaluation("eval_1", ALL);
        assertEquals(200, sync.status());
        assertEquals("req_1", sync.requestId());
        assertEquals(body, sync.rawBody());
        assertRead(sync.body(), PATH + QUERY);
        assertRead(
                client.withRawResponse()
                        .getEvaluation("eval_1", ALL, RequestOptions.none())
                        .body(),
                PATH + QUERY);
        assertRead(
                client.withRawResponse()
                        .getEvaluationAsync("eval_1", ALL)
                        .get(10, TimeUnit.SECONDS)
                        .body(),
                PATH + QUERY);
        assertRead(
                client.withRawResponse()
                        .getEvaluationAsync("eval_1", ALL, RequestOptions.none())
                        .get(10, TimeUnit.SECONDS)
                        .body(),
                PATH + QUERY);
    }

    @Test
    void clientWithoutAccountSendsNoAccountHeader() throws Exception {
        try (ScaleClient noAccount = server.builder().build()) {
            server.enqueue(200, ScaleServer.evaluation(ScaleServer.CHAT));
            noAccount.getEvaluation("eval_1");
            RecordedRequest request = server.take();
            assertNull(request.getHeaders().get("x-selected-account-id"));
            assertEquals(ScaleServer.KEY, request.getHeaders().get("x-api-key"));
        }
    }

    @Test
    void accountViewSendsItsAccount() throws Exception {
        server.enqueue(200, ScaleServer.evaluation(ScaleServer.CHAT));
        client.withAccount("acct_2").getEvaluation("eval_1");
        assertEquals("acct_2", server.take().getHeaders().get("x-selected-account-id"));
    }

    @Test
    void hostileIdStaysOneSegment() throws Exception {
        server.enqueue(200, ScaleServer.evaluation(ScaleServer.CHAT));
        client.getEvaluation("../x?y#z", ALL);
        assertEquals("/v5/evaluations/..%2Fx%3Fy%23z" + QUERY, server.take().getTarget());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ".", ".."})
    void badIdsAreRefusedBeforeAnyRequest(String id) {
        assertThrows(IllegalArgumentException.class, () -> client.getEvaluation(id));
        assertThrows(IllegalArgumentException.class, () -> client.getEvaluation(id, ALL));
        assertThrows(IllegalArgumentException.class, () -> client.getEvaluationAsync(id, ALL));
        assertThrows(
                IllegalArgumentException.class, () -> client.withRawResponse().getEvaluation(id, ALL));
        assertThrows(
                IllegalArgumentException.class, () -> client.withRawResponse().getEvaluationAsync(id, ALL));
        assertEquals(0, server.requestCount());
    }

    @Test
    void nullParamsAreRefusedBeforeAnyRequest() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> client.getEvaluation("eval_1", null));
        assertEquals(true, e.getMessage().startsWith("params must not be null"), e.getMessage());
        assertThrows(NullPointerException.class, () -> client.getEvaluationAsync("eval_1", null));
        assertEquals(0, server.requestCount());
    }

    @Test
    void viewsListRulesNameTheParameter() {
        NullPointerException nullItem = assertThrows(
                NullPointerException.class, () -> GetEvaluationParams.builder().views(EvaluationView.TASKS, null));
        assertEquals(true, nullItem.getMessage().startsWith("views must not be null"), nullItem.getMessage());
        IllegalArgumentException empty = assertThrows(
                IllegalArgumentException.class,
                () -> GetEvaluationParams.builder().views(Collections.<EvaluationView>emptyList()));
        assertEquals("views must hold at least one value; leave it unset to not send it", empty.getMessage());
        assertEquals(
                Collections.singletonMap("views", "tasks,tasks"),
                GetEvaluationParams.builder()
                        .views(Arrays.asList(EvaluationView.TASKS, EvaluationView.TASKS))
                        .build()
                        .queryParameters());
    }

    @Test
    void notFoundIsTyped() {
        server.error(404, "{'detail':'Evaluation not found'}");
        server.error(404, "{'detail':'Evaluation not found'}");
        assertThrows(NotFoundException.class, () -> client.getEvaluation("eval_1", ALL));
        ExecutionException e = assertThrows(
                ExecutionException.class,
                () -> client.getEvaluationAsync("eval_1").get(10, TimeUnit.SECONDS));
        assertInstanceOf(NotFoundException.class, e.getCause());
    }
}
