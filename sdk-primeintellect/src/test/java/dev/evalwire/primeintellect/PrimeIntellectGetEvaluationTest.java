package dev.evalwire.primeintellect;

import static dev.evalwire.primeintellect.PrimeIntellectServer.KEY;
import static dev.evalwire.primeintellect.PrimeIntellectServer.PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.evalwire.core.ApiResponse;
import dev.evalwire.core.NotFoundException;
import dev.evalwire.core.RequestOptions;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/v1/evaluations/{id}} on the wire, in its eight forms. */
class PrimeIntellectGetEvaluationTest {

    private static final String BODY = PrimeIntellectServer.evaluation("RUNNING", "2025-05-01T11:00:00Z", "[\"math\"]");

    @RegisterExtension
    final PrimeIntellectServer server = new PrimeIntellectServer();

    private final PrimeIntellectClient client = server.client();

    private void assertRead(GetEvaluationResponse evaluation) throws InterruptedException {
        RecordedRequest request = server.takeRead(PATH);
        assertEquals("Bearer " + KEY, request.getHeaders().get("Authorization"));
        assertEquals("eval_1", evaluation.evaluationId());
        assertEquals(EvaluationStatus.RUNNING, evaluation.status());
        assertEquals(Arrays.asList("math"), evaluation.tags());
        assertEquals(OffsetDateTime.parse("2025-05-01T11:00:00Z"), evaluation.updatedAt());
    }

    @Test
    void syncReadSendsABodilessGetAndReadsTheRecord() throws Exception {
        server.enqueue(200, BODY);
        assertRead(client.getEvaluation("eval_1"));
    }

    @Test
    void syncReadWithOptionsAddsTheExtraHeader() throws Exception {
        server.enqueue(200, BODY);
        GetEvaluationResponse evaluation = client.getEvaluation(
                "eval_1", RequestOptions.builder().header("x-trace", "t1").build());
        assertEquals("t1", server.take().getHeaders().get("x-trace"));
        assertEquals("gsm8k", evaluation.name());
    }

    @Test
    void asyncReadsCompleteWithTheRecord() throws Exception {
        server.enqueue(200, BODY);
        server.enqueue(200, BODY);
        assertRead(client.getEvaluationAsync("eval_1").get(10, TimeUnit.SECONDS));
        assertRead(client.getEvaluationAsync("eval_1", RequestOptions.none()).get(10, TimeUnit.SECONDS));
    }

    @Test
    void rawReadsShowStatusRequestIdAndBody() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(200, BODY);
        }
        ApiResponse<GetEvaluationResponse> sync = client.withRawResponse().getEvaluation("eval_1");
        assertEquals(200, sync.status());
        assertEquals("req_pi", sync.requestId());
        assertEquals(BODY, sync.rawBody());
        assertRead(sync.body());
        assertRead(client.withRawResponse()
                .getEvaluation("eval_1", RequestOptions.none())
                .body());
        assertRead(client.withRawResponse()
                .getEvaluationAsync("eval_1")
                .get(10, TimeUnit.SECONDS)
                .body());
        ApiResponse<GetEvaluationResponse> async = client.withRawResponse()
                .getEvaluationAsync("eval_1", RequestOptions.none())
                .get(10, TimeUnit.SECONDS);
        assertEquals(BODY, async.rawBody());
        assertRead(async.body());
    }

    @Test
    void hostileIdStaysOneSegment() throws Exception {
        server.enqueue(200, BODY);
        client.getEvaluation("../x?y#z");
        assertEquals("/api/v1/evaluations/..%2Fx%3Fy%23z", server.take().getTarget());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ".", ".."})
    void badIdsAreRefusedBeforeAnyRequest(String id) {
        assertThrows(IllegalArgumentException.class, () -> client.getEvaluation(id));
        assertThrows(IllegalArgumentException.class, () -> client.getEvaluationAsync(id));
        assertThrows(
                IllegalArgumentException.class, () -> client.withRawResponse().getEvaluation(id));
        assertThrows(
                IllegalArgumentException.class, () -> client.withRawResponse().getEvaluationAsync(id));
        assertEquals(0, server.requestCount());
    }

    @Test
    void nullIdIsRefusedBeforeAnyRequest() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> client.getEvaluation(null));
        assertEquals("evaluation_id must not be null", e.getMessage());
        assertEquals(0, server.requestCount());
    }

    @Test
    void notFoundIsTyped() throws Exception {
        server.enqueue(404, "{\"detail\":\"Evaluation not found\"}");
        server.enqueue(404, "{\"detail\":\"Evaluation not found\"}");
        NotFoundException e = assertThrows(NotFoundException.class, () -> client.getEvaluation("eval_1"));
        assertEquals("Evaluation not found", e.serverMessage());
        ExecutionException async = assertThrows(
                ExecutionException.class,
                () -> client.getEvaluationAsync("eval_1").get(10, TimeUnit.SECONDS));
        assertInstanceOf(NotFoundException.class, async.getCause());
    }
}
