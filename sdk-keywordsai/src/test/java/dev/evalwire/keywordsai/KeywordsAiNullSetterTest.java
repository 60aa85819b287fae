package dev.evalwire.keywordsai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.evalwire.core.testing.NullSetters;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Java null passed to any setter is refused with a message that names the field and what to do instead:
 * {@code remove(key)} for a configurations key, and for every other field that the API cannot clear it (the request
 * documentation allows null nowhere).
 */
class KeywordsAiNullSetterTest {

    private static final String CANNOT_CLEAR =
            "the API cannot clear it (pass an empty value instead, or leave it" + " unset to keep the stored value)";

    /** {@code "gte"} is a valid operator as well as a key, for the setters that take both. */
    private static final String SAMPLE = "gte";

    private static final Map<Class<?>, Object> SAMPLES = new HashMap<>();

    static {
        SAMPLES.put(String.class, SAMPLE);
        SAMPLES.put(PassingCondition.class, PassingCondition.of(FilterOperator.GTE, 3));
        SAMPLES.put(FilterOperator.class, FilterOperator.GTE);
        SAMPLES.put(Object.class, 3);
    }

    static List<NullSetters.Call> setters() {
        return NullSetters.of(UpdateEvaluatorParams.Builder.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setters")
    void nullNamesTheFieldAndWhatToDoInstead(NullSetters.Call setter) {
        Throwable thrown = setter.invoke(SAMPLES);
        NullSetters.assertType(NullPointerException.class, thrown, setter);
        switch (setter.id()) {
            case "LlmConfig.putExtra#0":
                assertNames(setter, thrown, "llm_config extra key", "it is required");
                break;
            case "LlmConfig.putExtra#1":
                assertNames(setter, thrown, "llm_config." + SAMPLE, CANNOT_CLEAR);
                break;
            case "LlmConfig.remove#0":
                assertNames(setter, thrown, "llm_config field name", "it is required");
                break;
            case "PassingConditions.putExtra#0":
                assertNames(setter, thrown, "passing_conditions extra key", "it is required");
                break;
            case "PassingConditions.putExtra#1":
                assertNames(setter, thrown, "passing_conditions." + SAMPLE, CANNOT_CLEAR);
                break;
            case "PassingConditions.remove#0":
                assertNames(setter, thrown, "passing_conditions field name", "it is required");
                break;
            case "ConfigurationsPatch.put#0":
            case "ConfigurationsPatch.remove#0":
                assertNames(setter, thrown, "configurations key", "it needs the key's name");
                break;
            case "ConfigurationsPatch.put#1":
                assertNames(setter, thrown, "configurations." + SAMPLE, "call remove(\"" + SAMPLE + "\")");
                break;
            default:
                NullSetters.assertNamesFieldAndClearOr(setter, thrown, CANNOT_CLEAR);
        }
    }

    private static void assertNames(NullSetters.Call setter, Throwable thrown, String field, String advice) {
        NullSetters.assertNamesFieldAndAdvice(setter, thrown, Collections.singletonList(field), advice);
    }

    @Test
    void varargsAndListSettersGiveTheSameMessage() {
        String clearable = "categorical_choices must not be null; " + CANNOT_CLEAR;
        assertEquals(
                clearable,
                assertThrows(
                                NullPointerException.class,
                                () -> UpdateEvaluatorParams.builder().categoricalChoices((ScoreChoice[]) null))
                        .getMessage());
        assertEquals(
                clearable,
                assertThrows(
                                NullPointerException.class,
                                () -> UpdateEvaluatorParams.builder().categoricalChoices((List<ScoreChoice>) null))
                        .getMessage());
        assertEquals(
                "tags must not be null; " + CANNOT_CLEAR,
                assertThrows(
                                NullPointerException.class,
                                () -> UpdateEvaluatorParams.builder().tags((String[]) null))
                        .getMessage());
        assertEquals(
                "tags must not be null; " + CANNOT_CLEAR,
                assertThrows(
                                NullPointerException.class,
                                () -> UpdateEvaluatorParams.builder().tags((List<String>) null))
                        .getMessage());
    }

    @Test
    void nullItemsNameTheField() {
        assertEquals(
                "tags[1] must not be null",
                assertThrows(
                                NullPointerException.class,
                                () -> UpdateEvaluatorParams.builder().tags("a", null))
                        .getMessage());
        assertEquals(
                "categorical_choices[0] must not be null",
                assertThrows(
                                NullPointerException.class,
                                () -> UpdateEvaluatorParams.builder()
                                        .categoricalChoices(Arrays.asList((ScoreChoice) null)))
                        .getMessage());
        assertEquals(
                "score_config.choices[0] must not be null",
                assertThrows(
                                NullPointerException.class,
                                () -> ScoreConfig.builder().choices((ScoreChoice) null))
                        .getMessage());
    }
}
