package dev.evalwire.fireworks;

import static dev.evalwire.fireworks.FireworksGetEvaluatorTest.BODY;
import static dev.evalwire.fireworks.FireworksGetEvaluatorTest.PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.evalwire.core.ConcurrentChangeException;
import java.util.Arrays;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code modifyEvaluator}: read, change, read again, compare {@code updateTime}, then PATCH or refuse. */
class FireworksModifyEvaluatorTest {

    private static final String MOVED = BODY.replace("11:00:00Z", "11:00:05Z").replace("\"v1\"", "\"v1b\"");

    @RegisterExtension
    final FireworksServer server = new FireworksServer();

    private final FireworksClient client = server.client();

    private static UpdateEvaluatorParams appendVersion(Evaluator evaluator) {
        return UpdateEvaluatorParams.builder()
                .description(evaluator.description() + " then v2")
                .build();
    }

    @Test
    void unchangedEvaluatorGetsThePatchComputedFromTheRead() throws Exception {
        server.enqueue(200, BODY);
        server.enqueue(200, BODY);
        server.enqueue(200, BODY.replace("\"v1\"", "\"v1 then v2\""));

        Evaluator updated = client.modifyEvaluator("exact-match", FireworksModifyEvaluatorTest::appendVersion);

        assertEquals("v1 then v2", updated.description());
        server.take("GET " + PATH);
        server.take("GET " + PATH);
        RecordedRequest write = server.take("PATCH " + PATH);
        assertEquals("{\"description\":\"v1 then v2\"}", write.getBody().utf8());
        assertEquals(3, server.requestCount());
    }

    @Test
    void anotherWriterBetweenTheReadsMeansNoWrite() throws Exception {
        server.enqueue(200, BODY);
        server.enqueue(200, MOVED);
        server.enqueue(200, BODY);

        ConcurrentChangeException e = assertThrows(
                ConcurrentChangeException.class,
                () -> client.modifyEvaluator("exact-match", FireworksModifyEvaluatorTest::appendVersion));

        assertEquals(
                "evaluator exact-match changed between the read and the write; nothing was written", e.getMessage());
        assertEquals(Arrays.asList("GET " + PATH, "GET " + PATH), server.calls());
    }

    @Test
    void changeReturningNullFailsBeforeTheWrite() throws Exception {
        server.enqueue(200, BODY);
        server.enqueue(200, BODY);

        assertThrows(NullPointerException.class, () -> client.modifyEvaluator("exact-match", current -> null));

        assertEquals(Arrays.asList("GET " + PATH), server.calls());
    }

    @Test
    void nullChangeBadIdOrMissingAccountFailBeforeAnyRequest() {
        assertThrows(NullPointerException.class, () -> client.modifyEvaluator("exact-match", null));
        assertThrows(
                IllegalArgumentException.class,
                () -> client.modifyEvaluator("..", FireworksModifyEvaluatorTest::appendVersion));
        try (FireworksClient noAccount = server.clientBuilder().build()) {
            assertThrows(
                    IllegalStateException.class,
                    () -> noAccount.modifyEvaluator("exact-match", FireworksModifyEvaluatorTest::appendVersion));
        }
        assertEquals(0, server.requestCount());
    }
}
