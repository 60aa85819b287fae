package dev.evalwire.fireworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.evalwire.core.ApiResponse;
import dev.evalwire.core.NotFoundException;
import dev.evalwire.core.RequestOptions;
import java.time.OffsetDateTime;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /v1/accounts/{account}/evaluators/{id}} on the wire, in its eight forms. */
class FireworksGetEvaluatorTest {

    static final String PATH = "/v1/accounts/acme/evaluators/exact-match";
    static final String BODY = "{\"name\":\"accounts/acme/evaluators/exact-match\",\"displayName\":\"Exact match\","
            + "\"description\":\"v1\",\"state\":\"BUILDING\",\"updateTime\":\"2025-05-01T11:00:00Z\","
            + "\"status\":{\"code\":\"OK\",\"message\":\"\"}}";

    @RegisterExtension
    final FireworksServer server = new FireworksServer();

    private final FireworksClient client = server.client();

    private void assertRead(Evaluator evaluator) throws InterruptedException {
        RecordedRequest request = server.takeRead(PATH);
        assertEquals("Bearer " + FireworksServer.API_KEY, request.getHeaders().get("Authorization"));
        assertEquals("accounts/acme/evaluators/exact-match", evaluator.name());
        assertEquals(EvaluatorState.BUILDING, evaluator.state());
        assertEquals(OffsetDateTime.parse("2025-05-01T11:00:00Z"), evaluator.updateTime());
    }

    @Test
    void syncReadsSendABodilessGetAndReadTheEvaluator() throws Exception {
        server.enqueue(200, BODY);
        server.enqueue(200, BODY);
        assertRead(client.getEvaluator("exact-match"));
        assertRead(client.getEvaluator(
                "exact-match", RequestOptions.builder().header("x-trace", "t1").build()));
    }

    @Test
    void asyncReadsCompleteWithTheEvaluator() throws Exception {
        server.enqueue(200, BODY);
        server.enqueue(200, BODY);
        assertRead(client.getEvaluatorAsync("exact-match").get(10, TimeUnit.SECONDS));
        assertRead(
                client.getEvaluatorAsync("exact-match", RequestOptions.none()).get(10, TimeUnit.SECONDS));
    }

    @Test
    void rawReadsShowStatusRequestIdAndBody() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(200, BODY);
        }
        ApiResponse<Evaluator> sync = client.withRawResponse().getEvaluator("exact-match");
        assertEquals(200, sync.status());
        assertEquals("req-1", sync.requestId());
        assertEquals(BODY, sync.rawBody());
        assertRead(sync.body());
        assertRead(client.withRawResponse()
                .getEvaluator("exact-match", RequestOptions.none())
                .body());
        assertRead(client.withRawResponse()
                .getEvaluatorAsync("exact-match")
                .get(10, TimeUnit.SECONDS)
                .body());
        ApiResponse<Evaluator> async = client.withRawResponse()
                .getEvaluatorAsync("exact-match", RequestOptions.none())
                .get(10, TimeUnit.SECONDS);
        assertEquals(BODY, async.rawBody());
        assertRead(async.body());
    }

    @Test
    void otherAccountViewReadsFromItsAccount() throws Exception {
        server.enqueue(200, BODY);
        client.withAccount("zeta").getEvaluator("exact-match");
        assertEquals("/v1/accounts/zeta/evaluators/exact-match", server.take().getTarget());
    }

    @Test
    void hostileIdStaysOneSegment() throws Exception {
        server.enqueue(200, BODY);
        client.getEvaluator("../x?y#z");
        assertEquals(
                "/v1/accounts/acme/evaluators/..%2Fx%3Fy%23z", server.take().getTarget());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ".", ".."})
    void badIdsAreRefusedBeforeAnyRequest(String id) {
        assertThrows(IllegalArgumentException.class, () -> client.getEvaluator(id));
        assertThrows(IllegalArgumentException.class, () -> client.getEvaluatorAsync(id));
        assertThrows(
                IllegalArgumentException.class, () -> client.withRawResponse().getEvaluator(id));
        assertThrows(
                IllegalArgumentException.class, () -> client.withRawResponse().getEvaluatorAsync(id));
        assertThrows(IllegalArgumentException.class, () -> client.getEvaluator(null));
        assertEquals(0, server.requestCount());
    }

    @Test
    void missingAccountIsRefusedBeforeAnyRequest() {
        try (FireworksClient noAccount = server.clientBuilder().build()) {
            IllegalStateException e =
                    assertThrows(IllegalStateException.class, () -> noAccount.getEvaluator("exact-match"));
            assertEquals(true, e.getMessage().startsWith("no Fireworks account id"));
            assertThrows(IllegalStateException.class, () -> noAccount.getEvaluatorAsync("exact-match"));
        }
        assertEquals(0, server.requestCount());
    }

    @Test
    void notFoundIsTyped() {
        server.enqueue(404, "{\"code\":5,\"message\":\"evaluator not found\"}");
        server.enqueue(404, "{\"code\":5,\"message\":\"evaluator not found\"}");
        assertThrows(NotFoundException.class, () -> client.getEvaluator("exact-match"));
        ExecutionException e = assertThrows(
                ExecutionException.class,
                () -> client.getEvaluatorAsync("exact-match").get(10, TimeUnit.SECONDS));
        assertInstanceOf(NotFoundException.class, e.getCause());
    }
}
