package dev.evalwire.fireworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.evalwire.core.testing.NullSetters;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Java null passed to any setter is refused with a message that names the field and what to do instead. The
 * spec declares no Fireworks field nullable, so the body builders have no {@code clearX()}: their messages say
 * that the API cannot clear the field.
 */
class FireworksNullSetterTest {

    private static final String CANNOT_CLEAR =
            "the API cannot clear it (pass an empty value instead, or leave it" + " unset to keep the stored value)";

    static List<NullSetters.Call> setters() {
        return NullSetters.of(UpdateEvaluatorParams.Builder.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setters")
    void nullNamesTheFieldAndWhatToDoInstead(NullSetters.Call setter) {
        Throwable thrown = setter.invoke(Collections.<Class<?>, Object>emptyMap());
        NullSetters.assertType(NullPointerException.class, thrown, setter);
        switch (setter.id()) {
            case "CodeSnippets.putFile#0":
                NullSetters.assertNamesFieldAndAdvice(
                        setter, thrown, Collections.singletonList("fileContents key"), "it is required");
                break;
            case "CodeSnippets.putFile#1":
                NullSetters.assertNamesFieldAndAdvice(
                        setter,
                        thrown,
                        Collections.singletonList("fileContents.sample"),
                        "pass \"\" for an empty value");
                break;
            default:
                NullSetters.assertNamesFieldAndClearOr(setter, thrown, CANNOT_CLEAR);
        }
    }

    @Test
    void varargsAndListSettersGiveTheSameMessage() {
        assertEquals(
                "criteria must not be null; " + CANNOT_CLEAR,
                assertThrows(
                                NullPointerException.class,
                                () -> UpdateEvaluatorParams.builder().criteria((Criterion[]) null))
                        .getMessage());
        assertEquals(
                "criteria must not be null; " + CANNOT_CLEAR,
                assertThrows(
                                NullPointerException.class,
                                () -> UpdateEvaluatorParams.builder().criteria((List<Criterion>) null))
                        .getMessage());
    }

    @Test
    void nullItemsNameTheField() {
        assertEquals(
                "criteria[1] must not be null",
                assertThrows(
                                NullPointerException.class,
                                () -> UpdateEvaluatorParams.builder()
                                        .criteria(Criterion.builder().build(), null))
                        .getMessage());
        assertEquals(
                "fileContents.main.py must not be null",
                assertThrows(
                                NullPointerException.class,
                                () -> CodeSnippets.builder()
                                        .fileContents(Collections.<String, String>singletonMap("main.py", null)))
                        .getMessage());
        assertEquals(
                "criteria[0] must not be null",
                assertThrows(
                                NullPointerException.class,
                                () -> UpdateEvaluatorParams.builder().criteria(Arrays.asList((Criterion) null)))
                        .getMessage());
    }
}
