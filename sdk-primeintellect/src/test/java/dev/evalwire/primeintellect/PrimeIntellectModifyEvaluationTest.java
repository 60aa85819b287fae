package dev.evalwire.primeintellect;

import static dev.evalwire.primeintellect.PrimeIntellectServer.PATH;
import static dev.evalwire.primeintellect.PrimeIntellectServer.evaluation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.evalwire.core.ConcurrentChangeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code modifyEvaluation}: read, change, read again, compare {@code updated_at}, then PUT or refuse. */
class PrimeIntellectModifyEvaluationTest {

    private static final String READ = evaluation("RUNNING", "2025-05-01T11:00:00Z", "[\"math\"]");
    private static final String MOVED = evaluation("RUNNING", "2025-05-01T11:00:01Z", "[\"math\",\"other\"]");

    @RegisterExtension
    final PrimeIntellectServer server = new PrimeIntellectServer();

    private final PrimeIntellectClient client = server.client();

    private static UpdateEvaluationParams addTag(GetEvaluationResponse evaluation) {
        List<String> tags = new ArrayList<>(evaluation.tags());
        tags.add("baseline");
        return UpdateEvaluationParams.builder().tags(tags).build();
    }

    @Test
    void unchangedRecordGetsThePutComputedFromTheRead() throws Exception {
        server.enqueue(200, READ);
        server.enqueue(200, READ);
        server.enqueue(200, "{\"evaluation_id\":\"eval_1\",\"name\":\"gsm8k\",\"status\":\"RUNNING\"}");

        UpdateEvaluationResponse updated =
                client.modifyEvaluation("eval_1", PrimeIntellectModifyEvaluationTest::addTag);

        assertEquals("eval_1", updated.evaluationId());
        server.take("GET " + PATH);
        server.take("GET " + PATH);
        RecordedRequest write = server.take("PUT " + PATH);
        assertEquals("{\"tags\":[\"math\",\"baseline\"]}", write.getBody().utf8());
        assertEquals(3, server.requestCount());
    }

    @Test
    void anotherWriterBetweenTheReadsMeansNoWrite() throws Exception {
        server.enqueue(200, READ);
        server.enqueue(200, MOVED);
        server.enqueue(200, READ);

        ConcurrentChangeException e = assertThrows(
                ConcurrentChangeException.class,
                () -> client.modifyEvaluation("eval_1", PrimeIntellectModifyEvaluationTest::addTag));

        assertEquals("evaluation eval_1 changed between the read and the write; nothing was written", e.getMessage());
        assertEquals(Arrays.asList("GET " + PATH, "GET " + PATH), server.calls());
    }

    @Test
    void sameUpdatedAtWithOtherContentStillWrites() throws Exception {
        server.enqueue(200, READ);
        server.enqueue(200, evaluation("COMPLETED", "2025-05-01T11:00:00Z", "[\"math\"]"));
        server.enqueue(200, "{\"evaluation_id\":\"eval_1\"}");

        client.modifyEvaluation("eval_1", PrimeIntellectModifyEvaluationTest::addTag);

        assertEquals(Arrays.asList("GET " + PATH, "GET " + PATH, "PUT " + PATH), server.calls());
    }

    @Test
    void changeReturningNullFailsBeforeTheWrite() throws Exception {
        server.enqueue(200, READ);
        server.enqueue(200, READ);

        NullPointerException e =
                assertThrows(NullPointerException.class, () -> client.modifyEvaluation("eval_1", current -> null));

        assertEquals("the change returned null; return the parameters to send", e.getMessage());
        assertEquals(Arrays.asList("GET " + PATH), server.calls());
    }

    @Test
    void nullChangeOrBadIdFailsBeforeAnyRequest() {
        assertThrows(NullPointerException.class, () -> client.modifyEvaluation("eval_1", null));
        assertThrows(
                IllegalArgumentException.class,
                () -> client.modifyEvaluation(" ", PrimeIntellectModifyEvaluationTest::addTag));
        assertEquals(0, server.requestCount());
    }
}
