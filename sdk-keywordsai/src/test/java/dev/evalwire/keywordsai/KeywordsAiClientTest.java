package dev.evalwire.keywordsai;

import static dev.evalwire.keywordsai.Fixtures.FULL_EVALUATOR;
import static dev.evalwire.keywordsai.Fixtures.KEY;
import static dev.evalwire.keywordsai.Fixtures.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.ApiResponse;
import dev.evalwire.core.RequestOptions;
import java.util.Arrays;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The update call on the wire: method, path with its trailing slash, headers and exact bodies. */
class KeywordsAiClientTest {

    @RegisterExtension
    final KeywordsAiServer server = new KeywordsAiServer();

    private final KeywordsAiClient client = server.client();

    private void ok() {
        server.enqueue(200, FULL_EVALUATOR);
    }

    private RecordedRequest update(String id, UpdateEvaluatorParams params) throws InterruptedException {
        ok();
        client.updateEvaluator(id, params);
        return server.take();
    }

    @Test
    void sendsPatchToThePathWithItsTrailingSlash() throws Exception {
        RecordedRequest request = update(
                "evl_550e8400", UpdateEvaluatorParams.builder().starred(true).build());
        assertEquals("PATCH", request.getMethod());
        assertEquals("/api/evaluators/evl_550e8400/", request.getTarget());
        assertEquals("Bearer " + KEY, request.getHeaders().get("Authorization"));
        assertTrue(
                request.getHeaders().get("User-Agent").startsWith("evalwire-java/"),
                request.getHeaders().get("User-Agent"));
        assertEquals("application/json", request.getHeaders().get("Accept"));
        assertTrue(request.getHeaders().get("Content-Type").startsWith("application/json"));
        assertEquals(null, request.getUrl().query());
    }

    @Test
    void aHostileIdStaysOneSegmentBeforeTheSlash() throws Exception {
        RecordedRequest request = update(
                "../a/b?c=d#e", UpdateEvaluatorParams.builder().starred(true).build());
        assertEquals("/api/evaluators/..%2Fa%2Fb%3Fc%3Dd%23e/", request.getTarget());
        assertEquals(
                Arrays.asList("api", "evaluators", "../a/b?c=d#e", ""),
                request.getUrl().pathSegments());
    }

    @Test
    void versionPinnedIdIsEncoded() throws Exception {
        RecordedRequest request = update(
                "evl_abc123:2", UpdateEvaluatorParams.builder().starred(true).build());
        assertEquals("/api/evaluators/evl_abc123%3A2/", request.getTarget());
    }

    @Test
    void badIdsFailBeforeAnyRequest() {
        UpdateEvaluatorParams params =
                UpdateEvaluatorParams.builder().starred(true).build();
        for (String bad : new String[] {null, "", "  ", ".", ".."}) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> client.updateEvaluator(bad, params));
            assertTrue(e.getMessage().startsWith("evaluator_id"), e.getMessage());
        }
        assertEquals(0, server.requestCount());
    }

    @Test
    void onlyTheFieldSetIsSent() throws Exception {
        RecordedRequest request =
                update("evl_1", UpdateEvaluatorParams.builder().name("Renamed").build());
        assertEquals("{\"name\":\"Renamed\"}", request.getBody().utf8());
    }

    @Test
    void resetValuesAreSentEmptyNeverNull() throws Exception {
        RecordedRequest request = update(
                "evl_1",
                UpdateEvaluatorParams.builder()
                        .description("")
                        .categoricalChoices()
                        .build());
        assertEquals(
                q("{'description':'','categorical_choices':[]}"),
                request.getBody().utf8());
    }

    @Test
    void aFullBodyWithNestedObjectsIsSentExactly() throws Exception {
        UpdateEvaluatorParams params = UpdateEvaluatorParams.builder()
                .name("Enhanced")
                .description("Checks quality")
                .scoreConfig(ScoreConfig.builder()
                        .minScore(0)
                        .maxScore(10)
                        .choices(
                                ScoreChoice.of("Poor", 0), ScoreChoice.of("Average", 5.5), ScoreChoice.of("Top", "top"))
                        .build())
                .passingConditions(PassingConditions.builder()
                        .primaryScore(PassingCondition.of(FilterOperator.GTE, 3))
                        .build())
                .llmConfig(LlmConfig.builder()
                        .model("gpt-4o-mini")
                        .evaluatorDefinition("Rate {{output}}")
                        .scoringRubric("1=Poor, 5=Excellent")
                        .temperature(0.1)
                        .maxTokens(200)
                        .build())
                .codeConfig(CodeConfig.of("def main(eval_inputs):\n    return True"))
                .configurations(ConfigurationsPatch.builder()
                        .put("passing_score", 4.0)
                        .put("model_options", Collections.singletonMap("temperature", 0))
                        .remove("llm_engine")
                        .build())
                .categoricalChoices(ScoreChoice.of("Good", 3))
                .customRequiredFields("reference")
                .starred(true)
                .tags("quality", "production")
                .build();
        RecordedRequest request = update("evl_1", params);
        assertEquals(
                q("{'name':'Enhanced','description':'Checks quality',"
                        + "'score_config':{'min_score':0.0,'max_score':10.0,'choices':[{'name':'Poor','value':0},"
                        + "{'name':'Average','value':5.5},{'name':'Top','value':'top'}]},"
                        + "'passing_conditions':{'primary_score':{'operator':'gte','value':3}},"
                        + "'llm_config':{'model':'gpt-4o-mini','evaluator_definition':'Rate {{output}}',"
                        + "'scoring_rubric':'1=Poor, 5=Excellent','temperature':0.1,'max_tokens':200},"
                        + "'code_config':{'eval_code_snippet':'def main(eval_inputs):\\n    return True'},"
                        + "'configurations':{'passing_score':4.0,'model_options':{'temperature':0},'llm_engine':null},"
                        + "'categorical_choices':[{'name':'Good','value':3}],'custom_required_fields':['reference'],"
                        + "'starred':true,'tags':['quality','production']}"),
                request.getBody().utf8());
    }

    @Test
    void emptyListsAreSentAsEmptyArrays() throws Exception {
        RecordedRequest request = update(
                "evl_1",
                UpdateEvaluatorParams.builder()
                        .tags()
                        .customRequiredFields()
                        .categoricalChoices()
                        .build());
        assertEquals(
                "{\"tags\":[],\"custom_required_fields\":[],\"categorical_choices\":[]}",
                request.getBody().utf8());
    }

    @Test
    void returnsTheDecodedEvaluator() throws Exception {
        ok();
        Evaluator evaluator = client.updateEvaluator(
                "evl_1", UpdateEvaluatorParams.builder().starred(true).build());
        assertEquals("0f4325f9-55ef-4c20-8abe-376694419947", evaluator.id());
        assertEquals(EvaluatorType.LLM, evaluator.type());
    }

    @Test
    void asyncCallSendsTheSameRequest() throws Exception {
        ok();
        Evaluator evaluator = client.updateEvaluatorAsync(
                        "evl_1", UpdateEvaluatorParams.builder().name("Async").build())
                .get(10, TimeUnit.SECONDS);
        assertEquals("response_quality_v1", evaluator.evaluatorSlug());
        RecordedRequest request = server.take();
        assertEquals("/api/evaluators/evl_1/", request.getTarget());
        assertEquals("{\"name\":\"Async\"}", request.getBody().utf8());
    }

    @Test
    void rawResponseCarriesStatusHeadersAndBodyNextToTheTypedOne() throws Exception {
        ok();
        ApiResponse<Evaluator> response = client.withRawResponse()
                .updateEvaluator(
                        "evl_1", UpdateEvaluatorParams.builder().starred(true).build(), RequestOptions.none());
        assertEquals(200, response.status());
        assertEquals("req_7", response.requestId());
        assertEquals("application/json", response.headers().first("Content-Type"));
        assertEquals(FULL_EVALUATOR, response.rawBody());
        assertEquals("Enhanced Response Quality Evaluator", response.body().name());
    }

    @Test
    void rawAsyncResponse() throws Exception {
        ok();
        ApiResponse<Evaluator> response = client.withRawResponse()
                .updateEvaluatorAsync(
                        "evl_1", UpdateEvaluatorParams.builder().starred(true).build(), RequestOptions.none())
                .get(10, TimeUnit.SECONDS);
        assertEquals(200, response.status());
        assertEquals(Long.valueOf(2), response.body().organization());
    }

    @Test
    void perCallOptionsAddHeaders() throws Exception {
        ok();
        client.updateEvaluator(
                "evl_1",
                UpdateEvaluatorParams.builder().starred(false).build(),
                RequestOptions.builder().header("X-Trace", "t1").build());
        RecordedRequest request = server.take();
        assertEquals("t1", request.getHeaders().get("X-Trace"));
        assertEquals("{\"starred\":false}", request.getBody().utf8());
    }
}
