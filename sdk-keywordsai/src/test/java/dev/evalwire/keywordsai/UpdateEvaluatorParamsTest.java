package dev.evalwire.keywordsai;

import static dev.evalwire.keywordsai.Fixtures.json;
import static dev.evalwire.keywordsai.Fixtures.q;
import static dev.evalwire.keywordsai.Fixtures.wire;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Three states, validation before any call, and value semantics of the request types. */
class UpdateEvaluatorParamsTest {

    @Test
    void threeStatesOfOneField() {
        assertTrue(UpdateEvaluatorParams.builder().build().description().isAbsent());
        assertTrue(UpdateEvaluatorParams.builder()
                .clearDescription()
                .build()
                .description()
                .isNull());
        assertEquals(
                "d",
                UpdateEvaluatorParams.builder()
                        .description("d")
                        .build()
                        .description()
                        .get());
        assertEquals("{}", wire(UpdateEvaluatorParams.builder().build()));
    }

    @Test
    void nullForAClearableFieldNamesItsClearMethod() {
        NullPointerException e = assertThrows(
                NullPointerException.class,
                () -> UpdateEvaluatorParams.builder().llmConfig(null));
        assertEquals("llm_config must not be null; to send null and clear it, call clearLlmConfig()", e.getMessage());
        e = assertThrows(
                NullPointerException.class,
                () -> UpdateEvaluatorParams.builder().categoricalChoices((List<ScoreChoice>) null));
        assertEquals(
                "categorical_choices must not be null; to send null and clear it, call" + " clearCategoricalChoices()",
                e.getMessage());
    }

    @Test
    void nullForAFieldTheApiCannotClearSaysSo() {
        NullPointerException e = assertThrows(
                NullPointerException.class,
                () -> UpdateEvaluatorParams.builder().name(null));
        assertEquals(
                "name must not be null; the API cannot clear it (pass an empty value instead, or leave it unset"
                        + " to keep the stored value)",
                e.getMessage());
        assertThrows(
                NullPointerException.class,
                () -> UpdateEvaluatorParams.builder().configurations(null));
        assertThrows(
                NullPointerException.class,
                () -> UpdateEvaluatorParams.builder().tags("a", null));
        assertThrows(
                NullPointerException.class,
                () -> UpdateEvaluatorParams.builder().tags((List<String>) null));
    }

    @Test
    void scoreConfigChecksItsBounds() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> ScoreConfig.builder().minScore(5).maxScore(1).build());
        assertEquals(
                "score_config.min_score (5.0) must not be greater than score_config.max_score (1.0)", e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class, () -> ScoreConfig.builder().maxScore(Double.NaN));
        assertEquals("score_config.max_score must be a finite number, was NaN", e.getMessage());
        assertEquals(
                "{\"min_score\":3.0,\"max_score\":3.0}",
                wire(ScoreConfig.builder().minScore(3).maxScore(3).build()));
        assertEquals(
                "{\"min_score\":7.0}", wire(ScoreConfig.builder().minScore(7).build()));
        assertThrows(IllegalArgumentException.class, () -> ScoreConfig.builder().minScore(Double.NEGATIVE_INFINITY));
    }

    @Test
    void llmConfigChecksItsNumbers() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> LlmConfig.builder().temperature(-0.1));
        assertEquals("llm_config.temperature must be at least 0, was -0.1", e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class, () -> LlmConfig.builder().temperature(Double.NaN));
        assertEquals("llm_config.temperature must be a finite number, was NaN", e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class, () -> LlmConfig.builder().maxTokens(0));
        assertEquals("llm_config.max_tokens must be at least 1, was 0", e.getMessage());
        assertEquals(
                "{\"temperature\":0.0,\"max_tokens\":1}",
                wire(LlmConfig.builder().temperature(0).maxTokens(1).build()));
    }

    @Test
    void llmConfigExtraKeysAreSentButNotForTypedOnes() {
        assertEquals(
                "{\"model\":\"m\",\"top_p\":0.9,\"stop\":[\"END\"]}",
                wire(LlmConfig.builder()
                        .model("m")
                        .put("top_p", 0.9)
                        .put("stop", Arrays.asList("END"))
                        .build()));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> LlmConfig.builder().put("temperature", -1));
        assertEquals("llm_config.temperature has its own setter; use it instead of put(...)", e.getMessage());
        assertThrows(NullPointerException.class, () -> LlmConfig.builder().put("top_p", null));
    }

    @Test
    void passingConditionOperatorsAreChecked() {
        for (String operator : PassingCondition.OPERATORS) {
            assertEquals(
                    operator,
                    PassingConditions.builder()
                            .primaryScore(operator, 1)
                            .build()
                            .primaryScore()
                            .get()
                            .operator());
        }
        assertEquals(13, PassingCondition.OPERATORS.size());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> PassingConditions.builder().primaryScore(">=", 3));
        assertEquals(
                "passing_conditions.primary_score.operator must be one of \"\", iexact, lt, lte, gt, gte,"
                        + " contains, icontains, startswith, endswith, in, isnull, not; was \">=\"",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PassingCondition.of("GTE", 3));
        assertThrows(
                NullPointerException.class, () -> PassingConditions.builder().primaryScore("gte", null));
    }

    @Test
    void passingConditionsTakeOtherKeysAndListValues() {
        PassingConditions conditions = PassingConditions.builder()
                .primaryScore("in", Arrays.asList(4, 5))
                .put("latency", PassingCondition.of("lt", 2.5))
                .put("custom", json("{\"x\":true}"))
                .build();
        assertEquals(
                q("{'primary_score':{'operator':'in','value':[4,5]},"
                        + "'latency':{'operator':'lt','value':2.5},'custom':{'x':true}}"),
                wire(conditions));
        assertThrows(
                IllegalArgumentException.class,
                () -> PassingConditions.builder().put("primary_score", json("{}")));
        assertThrows(
                IllegalArgumentException.class,
                () -> PassingConditions.builder().put(" ", PassingCondition.of("gte", 1)));
    }

    @Test
    void scoreChoicesHoldNumbersOrStrings() {
        assertEquals(
                "[{\"name\":\"a\",\"value\":1},{\"name\":\"b\",\"value\":0.5},{\"name\":\"c\",\"value\":\"c\"}]",
                wire(Arrays.asList(ScoreChoice.of("a", 1), ScoreChoice.of("b", 0.5), ScoreChoice.of("c", "c"))));
        assertThrows(IllegalArgumentException.class, () -> ScoreChoice.of("a", Double.POSITIVE_INFINITY));
        assertThrows(NullPointerException.class, () -> ScoreChoice.of(null, 1));
        assertThrows(NullPointerException.class, () -> ScoreChoice.of("a", (String) null));
        assertEquals(ScoreChoice.of("a", 1), ScoreChoice.of("a", 1));
        assertNotEquals(ScoreChoice.of("a", 1), ScoreChoice.of("a", "1"));
    }

    @Test
    void codeConfigRefusesNull() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> CodeConfig.of(null));
        assertTrue(e.getMessage().startsWith("code_config.eval_code_snippet must not be null"), e.getMessage());
    }

    @Test
    void equalsHashCodeAndToBuilderRoundTrip() {
        UpdateEvaluatorParams params = UpdateEvaluatorParams.builder()
                .name("n")
                .clearLlmConfig()
                .scoreConfig(ScoreConfig.builder().minScore(1).build())
                .tags("t")
                .build();
        UpdateEvaluatorParams same = UpdateEvaluatorParams.builder()
                .name("n")
                .clearLlmConfig()
                .scoreConfig(ScoreConfig.builder().minScore(1).build())
                .tags("t")
                .build();
        assertEquals(params, same);
        assertEquals(params.hashCode(), same.hashCode());
        assertEquals(params, params.toBuilder().build());
        UpdateEvaluatorParams changed =
                params.toBuilder().name("m").starred(true).build();
        assertNotEquals(params, changed);
        assertEquals(
                "{\"name\":\"m\",\"llm_config\":null,\"score_config\":{\"min_score\":1.0},\"tags\":[\"t\"],"
                        + "\"starred\":true}",
                wire(changed));
        assertEquals(
                "{\"name\":\"n\",\"llm_config\":null,\"score_config\":{\"min_score\":1.0},\"tags\":[\"t\"]}",
                wire(params));
        LlmConfig llm = LlmConfig.builder().model("a").build();
        assertEquals(
                "{\"model\":\"b\",\"max_tokens\":5}",
                wire(llm.toBuilder().model("b").maxTokens(5).build()));
        assertEquals("{\"model\":\"a\"}", wire(llm));
    }

    @Test
    void toStringShowsTheStatesAndHoldsNoSecrets() {
        UpdateEvaluatorParams params = UpdateEvaluatorParams.builder()
                .name("n")
                .clearDescription()
                .passingConditions(
                        PassingConditions.builder().primaryScore("gte", 3).build())
                .build();
        assertEquals(
                "UpdateEvaluatorParams{name=n, description=null,"
                        + " passing_conditions=PassingConditions{primary_score=PassingCondition{operator=gte, value=3}}}",
                params.toString());
        assertTrue(params.secretValues().isEmpty());
    }

    @Test
    void listsAreCopied() {
        List<String> tags = new java.util.ArrayList<>(Arrays.asList("a"));
        UpdateEvaluatorParams params =
                UpdateEvaluatorParams.builder().tags(tags).build();
        tags.add("b");
        assertEquals(Arrays.asList("a"), params.tags().get());
        assertThrows(
                UnsupportedOperationException.class, () -> params.tags().get().add("c"));
    }
}
