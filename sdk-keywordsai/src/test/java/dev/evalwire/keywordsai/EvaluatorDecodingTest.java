package dev.evalwire.keywordsai;

import static dev.evalwire.keywordsai.Fixtures.FULL_EVALUATOR;
import static dev.evalwire.keywordsai.Fixtures.json;
import static dev.evalwire.keywordsai.Fixtures.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.InvalidResponseException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The evaluator response: every typed field, unknown fields and enum values kept, missing ones tolerated. */
class EvaluatorDecodingTest {

    private static Evaluator full() {
        return Evaluator.fromJson(json(FULL_EVALUATOR));
    }

    @Test
    void readsEveryTopLevelField() {
        Evaluator e = full();
        assertEquals("0f4325f9-55ef-4c20-8abe-376694419947", e.id());
        assertEquals("Enhanced Response Quality Evaluator", e.name());
        assertEquals("response_quality_v1", e.evaluatorSlug());
        assertEquals(EvaluatorType.LLM, e.type());
        assertEquals(EvaluatorType.Known.LLM, e.type().known());
        assertEquals(ScoreValueType.NUMERICAL, e.scoreValueType());
        assertEquals("", e.evalClass());
        assertEquals("Advanced evaluator", e.description());
        assertEquals(Collections.singletonList("reference"), e.customRequiredFields());
        assertEquals(Boolean.TRUE, e.starred());
        assertEquals(Arrays.asList("quality", "production"), e.tags());
        assertEquals(Long.valueOf(2), e.organization());
        assertEquals(OffsetDateTime.of(2025, 9, 11, 9, 43, 55, 858321000, ZoneOffset.UTC), e.createdAt());
        assertEquals(OffsetDateTime.of(2025, 9, 11, 10, 15, 22, 123456000, ZoneOffset.UTC), e.updatedAt());
        assertEquals("evlv_1", e.versionId());
        assertEquals(Long.valueOf(3), e.version());
        assertEquals(Boolean.FALSE, e.isReadOnly());
        assertEquals("tighter rubric", e.versionDescription());
    }

    @Test
    void readsUsers() {
        Evaluator e = full();
        assertEquals("Respan", e.createdBy().firstName());
        assertEquals("Team", e.createdBy().lastName());
        assertEquals("admin@respan.ai", e.createdBy().email());
        assertEquals("Ada", e.updatedBy().firstName());
        assertEquals(json("\"admin\""), e.updatedBy().additionalProperties().get("role"));
    }

    @Test
    void readsNestedConfigsAsResponseTypes() {
        Evaluator e = full();
        assertEquals(Double.valueOf(0), e.scoreConfig().minScore());
        assertEquals(Double.valueOf(10), e.scoreConfig().maxScore());
        assertEquals("Poor", e.scoreConfig().choices().get(0).name());
        assertEquals(json("\"pass\""), e.scoreConfig().choices().get(1).value());
        assertEquals(FilterOperator.GTE, e.passingConditions().primaryScore().operator());
        assertEquals(json("3"), e.passingConditions().primaryScore().value());
        assertEquals("gpt-4o-mini", e.llmConfig().model());
        assertEquals("Rate {{output}}", e.llmConfig().evaluatorDefinition());
        assertEquals("1=Poor, 5=Excellent", e.llmConfig().scoringRubric());
        assertEquals(Double.valueOf(0.1), e.llmConfig().temperature());
        assertEquals(Long.valueOf(200), e.llmConfig().maxTokens());
        assertEquals("def main(eval_inputs):\n    return True", e.codeConfig().evalCodeSnippet());
        assertEquals("Good", e.categoricalChoices().get(0).name());
        assertEquals(
                json(q("{'llm_engine':'gpt-4o','model_options':{'temperature':0.2,'max_tokens':300},"
                        + "'passing_score':4.0}")),
                e.configurations());
    }

    @Test
    void nestedConfigsKeepUnknownKeys() {
        Evaluator e = full();
        assertEquals(json("0.9"), e.llmConfig().additionalProperties().get("top_p"));
        assertEquals(
                json("{\"x\":1}"), e.passingConditions().additionalProperties().get("secondary"));
        assertEquals(
                json(q("{'primary_score':{'operator':'gte','value':3},'secondary':{'x':1}}")),
                e.passingConditions().json());
    }

    @Test
    void unknownFieldsAreKept() {
        Evaluator e = full();
        assertEquals(
                Collections.singleton("future_field"), e.additionalProperties().keySet());
        assertEquals(json("{\"a\":[1,2]}"), e.additionalProperties().get("future_field"));
        assertEquals(json(FULL_EVALUATOR), e.json());
    }

    @Test
    void unknownEnumValuesKeepTheirRawString() {
        Evaluator e = Evaluator.fromJson(json("{\"type\":\"agent\",\"score_value_type\":\"ranking\"}"));
        assertEquals("agent", e.type().value());
        assertEquals(EvaluatorType.Known._UNKNOWN, e.type().known());
        assertEquals("ranking", e.scoreValueType().value());
        assertEquals(ScoreValueType.Known._UNKNOWN, e.scoreValueType().known());
        assertEquals(ScoreValueType.Known.COMMENT, ScoreValueType.of("comment").known());
        assertEquals(
                ScoreValueType.Known.CATEGORICAL,
                ScoreValueType.of("categorical").known());
    }

    @Test
    void missingAndNullFieldsAreFine() {
        Evaluator e = Evaluator.fromJson(
                json("{\"id\":\"evl_1\",\"description\":null,\"categorical_choices\":null," + "\"llm_config\":null}"));
        assertEquals("evl_1", e.id());
        assertNull(e.description());
        assertTrue(e.categoricalChoices().isEmpty());
        assertNull(e.llmConfig());
        assertNull(e.scoreConfig());
        assertNull(e.configurations());
        assertNull(e.createdAt());
        assertNull(e.version());
        assertTrue(e.tags().isEmpty());
        assertTrue(e.customRequiredFields().isEmpty());
        assertTrue(e.additionalProperties().isEmpty());
    }

    @Test
    void configurationsAreACopy() {
        Evaluator e = full();
        e.configurations().put("llm_engine", "changed");
        assertEquals("gpt-4o", e.configurations().get("llm_engine").asText());
    }

    @Test
    void wrongTypesFailOnlyTheirAccessorNamingTheField() {
        Evaluator e = Evaluator.fromJson(json(
                q("{'name':'n','starred':'yes','llm_config':{'max_tokens':'many'}," + "'created_at':'yesterday'}")));
        assertEquals("n", e.name());
        InvalidResponseException error = assertThrows(InvalidResponseException.class, e::starred);
        assertTrue(error.getMessage().contains("starred"), error.getMessage());
        error = assertThrows(InvalidResponseException.class, () -> e.llmConfig().maxTokens());
        assertTrue(error.getMessage().contains("max_tokens"), error.getMessage());
        error = assertThrows(InvalidResponseException.class, e::createdAt);
        assertTrue(error.getMessage().contains("created_at"), error.getMessage());
        assertThrows(InvalidResponseException.class, e::validate);
        assertEquals(json("\"yes\""), e.rawField("starred"));
        assertThrows(IllegalArgumentException.class, () -> Evaluator.fromJson(json("[]")));
    }

    @Test
    void equalityFollowsTheJson() {
        assertEquals(full(), full());
        assertFalse(full().equals(Evaluator.fromJson(json("{}"))));
        assertTrue(full().toString().startsWith("Evaluator{"));
    }
}
