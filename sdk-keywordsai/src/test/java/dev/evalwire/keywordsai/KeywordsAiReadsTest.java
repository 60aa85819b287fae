package dev.evalwire.keywordsai;

import static dev.evalwire.keywordsai.Fixtures.FULL_EVALUATOR;
import static dev.evalwire.keywordsai.Fixtures.KEY;
import static dev.evalwire.keywordsai.Fixtures.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.evalwire.core.ApiResponse;
import dev.evalwire.core.ConcurrentChangeException;
import dev.evalwire.core.NotFoundException;
import dev.evalwire.core.RequestOptions;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/evaluators/{id}/}, {@code modifyEvaluator} and {@code previewUpdate} on the wire. */
class KeywordsAiReadsTest {

    private static final String ID = "0f4325f9-55ef-4c20-8abe-376694419947";
    private static final String PATH = "/api/evaluators/" + ID + "/";
    private static final String MOVED =
            FULL_EVALUATOR.replace("2025-09-11T10:15:22.123456Z", "2025-09-11T10:15:23.000001Z");

    @RegisterExtension
    final KeywordsAiServer server = new KeywordsAiServer();

    private final KeywordsAiClient client = server.client();

    private void assertRead(Evaluator evaluator) throws InterruptedException {
        RecordedRequest request = server.takeRead(PATH);
        assertEquals("Bearer " + KEY, request.getHeaders().get("Authorization"));
        assertEquals(ID, evaluator.id());
        assertEquals("Enhanced Response Quality Evaluator", evaluator.name());
        assertEquals(OffsetDateTime.parse("2025-09-11T10:15:22.123456Z"), evaluator.updatedAt());
    }

    @Test
    void syncReadsSendABodilessGetWithTheTrailingSlash() throws Exception {
        server.enqueue(200, FULL_EVALUATOR);
        server.enqueue(200, FULL_EVALUATOR);
        assertRead(client.getEvaluator(ID));
        assertRead(client.getEvaluator(ID, RequestOptions.none()));
    }

    @Test
    void asyncReadsCompleteWithTheEvaluator() throws Exception {
        server.enqueue(200, FULL_EVALUATOR);
        server.enqueue(200, FULL_EVALUATOR);
        assertRead(client.getEvaluatorAsync(ID).get(10, TimeUnit.SECONDS));
        assertRead(client.getEvaluatorAsync(ID, RequestOptions.none()).get(10, TimeUnit.SECONDS));
    }

    @Test
    void rawReadsShowStatusRequestIdAndBody() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(200, FULL_EVALUATOR);
        }
        ApiResponse<Evaluator> sync = client.withRawResponse().getEvaluator(ID);
        assertEquals(200, sync.status());
        assertEquals("req_7", sync.requestId());
        assertEquals(FULL_EVALUATOR, sync.rawBody());
        assertRead(sync.body());
        assertRead(
                client.withRawResponse().getEvaluator(ID, RequestOptions.none()).body());
        assertRead(client.withRawResponse()
                .getEvaluatorAsync(ID)
                .get(10, TimeUnit.SECONDS)
                .body());
        assertRead(client.withRawResponse()
                .getEvaluatorAsync(ID, RequestOptions.none())
                .get(10, TimeUnit.SECONDS)
                .body());
    }

    @Test
    void hostileIdStaysOneSegment() throws Exception {
        server.enqueue(200, FULL_EVALUATOR);
        client.getEvaluator("../x?y#z");
        assertEquals("/api/evaluators/..%2Fx%3Fy%23z/", server.take().getTarget());
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
        assertThrows(IllegalArgumentException.class, () -> client.modifyEvaluator(id, current -> null));
        assertThrows(
                IllegalArgumentException.class,
                () -> client.previewUpdate(
                        id, UpdateEvaluatorParams.builder().name("n").build()));
        assertEquals(0, server.requestCount());
    }

    @Test
    void notFoundIsTyped() {
        server.enqueue(404, "{\"detail\":\"Not found.\"}");
        server.enqueue(404, "{\"detail\":\"Not found.\"}");
        NotFoundException e = assertThrows(NotFoundException.class, () -> client.getEvaluator(ID));
        assertEquals("Not found.", e.serverMessage());
        ExecutionException async = assertThrows(
                ExecutionException.class, () -> client.getEvaluatorAsync(ID).get(10, TimeUnit.SECONDS));
        assertInstanceOf(NotFoundException.class, async.getCause());
    }

    private static UpdateEvaluatorParams addTag(Evaluator evaluator) {
        List<String> tags = new ArrayList<>(evaluator.tags());
        tags.add("reviewed");
        return UpdateEvaluatorParams.builder().tags(tags).build();
    }

    @Test
    void modifyWritesThePatchComputedFromTheRead() throws Exception {
        server.enqueue(200, FULL_EVALUATOR);
        server.enqueue(200, FULL_EVALUATOR);
        server.enqueue(200, FULL_EVALUATOR);

        Evaluator updated = client.modifyEvaluator(ID, KeywordsAiReadsTest::addTag);

        assertEquals(ID, updated.id());
        server.take("GET " + PATH);
        server.take("GET " + PATH);
        RecordedRequest write = server.take("PATCH " + PATH);
        assertEquals(
                "{\"tags\":[\"quality\",\"production\",\"reviewed\"]}",
                write.getBody().utf8());
        assertEquals(3, server.requestCount());
    }

    @Test
    void modifyRefusesWhenUpdatedAtMovedAndWritesNothing() throws Exception {
        server.enqueue(200, FULL_EVALUATOR);
        server.enqueue(200, MOVED);
        server.enqueue(200, FULL_EVALUATOR);

        ConcurrentChangeException e = assertThrows(
                ConcurrentChangeException.class, () -> client.modifyEvaluator(ID, KeywordsAiReadsTest::addTag));

        assertEquals(
                "evaluator " + ID + " changed between the read and the write; nothing was written", e.getMessage());
        assertEquals(Arrays.asList("GET " + PATH, "GET " + PATH), server.calls());
    }

    @Test
    void modifyWithAChangeReturningNullWritesNothing() throws Exception {
        server.enqueue(200, FULL_EVALUATOR);
        server.enqueue(200, FULL_EVALUATOR);

        assertThrows(NullPointerException.class, () -> client.modifyEvaluator(ID, current -> null));
        assertThrows(NullPointerException.class, () -> client.modifyEvaluator(ID, null));

        assertEquals(Arrays.asList("GET " + PATH), server.calls());
    }

    @Test
    void previewMergesConfigurationsReplacesSetFieldsAndWritesNothing() throws Exception {
        server.enqueue(200, FULL_EVALUATOR);

        Evaluator preview = client.previewUpdate(
                ID,
                UpdateEvaluatorParams.builder()
                        .name("Stricter evaluator")
                        .tags("quality")
                        .configurations(ConfigurationsPatch.builder()
                                .put("llm_engine", "gpt-4.1")
                                .remove("passing_score")
                                .put("max_score", 5)
                                .build())
                        .build());

        assertEquals("Stricter evaluator", preview.name());
        assertEquals(Arrays.asList("quality"), preview.tags());
        assertEquals(
                q("{'llm_engine':'gpt-4.1','model_options':{'temperature':0.2,'max_tokens':300},'max_score':5}"),
                preview.configurations().toString());
        assertEquals("Advanced evaluator", preview.description());
        assertEquals(OffsetDateTime.parse("2025-09-11T10:15:22.123456Z"), preview.updatedAt());
        assertEquals(Arrays.asList("GET " + PATH), server.calls());
    }

    @Test
    void previewWithoutConfigurationsKeepsTheStoredOnes() throws Exception {
        server.enqueue(200, FULL_EVALUATOR);

        Evaluator preview = client.previewUpdate(
                ID, UpdateEvaluatorParams.builder().starred(false).build());

        assertEquals(false, preview.starred());
        assertEquals(
                q("{'llm_engine':'gpt-4o','model_options':{'temperature':0.2,'max_tokens':300},'passing_score':4.0}"),
                preview.configurations().toString());
        assertEquals(Arrays.asList("GET " + PATH), server.calls());
    }

    @Test
    void previewWithNullParamsFailsBeforeAnyRequest() {
        assertThrows(NullPointerException.class, () -> client.previewUpdate(ID, null));
        assertEquals(0, server.requestCount());
    }
}
