package dev.evalwire.keywordsai;

import static dev.evalwire.keywordsai.Fixtures.json;
import static dev.evalwire.keywordsai.Fixtures.q;
import static dev.evalwire.keywordsai.Fixtures.wire;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Three states, validation before any call, and value semantics of the request types. */
class UpdateEvaluatorParamsTest {

    @Test
    void notSetOrSetAndNoFieldCanBeSentAsNull() {
        assertTrue(UpdateEvaluatorParams.builder().build().description().isAbsent());
        for (Class<?> type : Arrays.asList(
                UpdateEvaluatorParams.Builder.class,
                ScoreConfig.Builder.class,
                ScoreChoice.Builder.class,
                PassingConditions.Builder.class,
                PassingCondition.Builder.class,
                LlmConfig.Builder.class,
                CodeConfig.Builder.class)) {
            for (java.lang.reflect.Method method : type.getMethods()) {
                assertFalse(
                        method.getName().startsWith("clear"), "the request documentation allows no null: " + method);
            }
        }
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
    void descriptionAndCategoricalChoicesCannotBeClearedAndResetWithEmptyValues() {
        String cannotClear =
                "the API cannot clear it (pass an empty value instead, or leave it unset to keep the stored"
                        + " value)";
        NullPointerException e = assertThrows(
                NullPointerException.class,
                () -> UpdateEvaluatorParams.builder().description(null));
        assertEquals("description must not be null; " + cannotClear, e.getMessage());
        e = assertThrows(
                NullPointerException.class,
                () -> UpdateEvaluatorParams.builder().categoricalChoices((List<ScoreChoice>) null));
        assertEquals("categorical_choices must not be null; " + cannotClear, e.getMessage());
        e = assertThrows(
                NullPointerException.class,
                () -> UpdateEvaluatorParams.builder().llmConfig(null));
        assertEquals("llm_config must not be null; " + cannotClear, e.getMessage());
        assertEquals(
                "{\"description\":\"\",\"categorical_choices\":[]}",
                wire(UpdateEvaluatorParams.builder()
                        .description("")
                        .categoricalChoices()
                        .build()));
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
    void scoreConfigChecksItsNumbers() {
        IllegalArgumentException e = assertThrows(
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
        assertEquals("llm_config.temperature must be at least 0.0, was -0.1", e.getMessage());
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
                        .putExtra("top_p", 0.9)
                        .putExtra("stop", Arrays.asList("END"))
                        .build()));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> LlmConfig.builder().putExtra("temperature", -1));
        assertEquals(
                "llm_config.temperature has a setter on LlmConfig.Builder; use it instead of putExtra", e.getMessage());
        assertThrows(NullPointerException.class, () -> LlmConfig.builder().putExtra("top_p", null));
    }

    @Test
    void passingConditionOperatorsAreAnOpenEnum() {
        assertEquals(13, FilterOperator.Known.values().length - 1);
        assertEquals("", FilterOperator.EQUALS.value());
        assertEquals(FilterOperator.Known.GTE, FilterOperator.of("gte").known());
        assertEquals(FilterOperator.Known._UNKNOWN, FilterOperator.of(">=").known());
        assertEquals(
                q("{'primary_score':{'operator':'gte','value':3}}"),
                wire(PassingConditions.builder()
                        .primaryScore(PassingCondition.of(FilterOperator.GTE, 3))
                        .build()));
        NullPointerException e =
                assertThrows(NullPointerException.class, () -> PassingCondition.of(FilterOperator.GTE, null));
        assertTrue(
                e.getMessage().startsWith("passing_conditions.primary_score.value must not be null"), e.getMessage());
    }

    @Test
    void passingConditionsTakeOtherKeysAndListValues() {
        PassingConditions conditions = PassingConditions.builder()
                .primaryScore(PassingCondition.of(FilterOperator.IN, Arrays.asList(4, 5)))
                .putExtra("latency", PassingCondition.of(FilterOperator.LT, 2.5))
                .putExtra("custom", json("{\"x\":true}"))
                .build();
        assertEquals(
                q("{'primary_score':{'operator':'in','value':[4,5]},"
                        + "'latency':{'operator':'lt','value':2.5},'custom':{'x':true}}"),
                wire(conditions));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> PassingConditions.builder().putExtra("primary_score", json("{}")));
        assertEquals(
                "passing_conditions.primary_score has a setter on PassingConditions.Builder; use it instead of putExtra",
                e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> PassingConditions.builder().putExtra(" ", PassingCondition.of(FilterOperator.GTE, 1)));
    }

    @Test
    void scoreChoicesHoldNumbersOrStrings() {
        assertEquals(
                "[{\"name\":\"a\",\"value\":1},{\"name\":\"b\",\"value\":0.5},{\"name\":\"c\",\"value\":\"c\"}]",
                wire(Arrays.asList(ScoreChoice.of("a", 1), ScoreChoice.of("b", 0.5), ScoreChoice.of("c", "c"))));
        assertThrows(IllegalArgumentException.class, () -> ScoreChoice.of("a", Double.POSITIVE_INFINITY));
        assertThrows(NullPointerException.class, () -> ScoreChoice.of(null, 1));
        assertThrows(NullPointerException.class, () -> ScoreChoice.of("a", null));
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
                .description("")
                .scoreConfig(ScoreConfig.builder().minScore(1).build())
                .tags("t")
                .build();
        UpdateEvaluatorParams same = UpdateEvaluatorParams.builder()
                .name("n")
                .description("")
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
                "{\"name\":\"m\",\"description\":\"\",\"score_config\":{\"min_score\":1.0},\"tags\":[\"t\"],"
                        + "\"starred\":true}",
                wire(changed));
        assertEquals(
                "{\"name\":\"n\",\"description\":\"\",\"score_config\":{\"min_score\":1.0},\"tags\":[\"t\"]}",
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
                .description("")
                .passingConditions(PassingConditions.builder()
                        .primaryScore(PassingCondition.of(FilterOperator.GTE, 3))
                        .build())
                .build();
        assertEquals(
                "UpdateEvaluatorParams{name=n, description=,"
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
