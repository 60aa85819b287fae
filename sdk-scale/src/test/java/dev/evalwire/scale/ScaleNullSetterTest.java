package dev.evalwire.scale;

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
 * A Java null passed to any setter is refused with a message that names the field and what to do instead. The call
 * replaces the whole configuration, so there is no {@code clearX()}: a configuration field is dropped by leaving it
 * unset (or with {@code remove}). Every null gives a {@link NullPointerException}.
 */
class ScaleNullSetterTest {

    private static final String LEAVE_UNSET = "leave it unset to send the body without it";

    static List<NullSetters.Call> setters() {
        return NullSetters.of(ChatCompletionConfiguration.Builder.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setters")
    void nullNamesTheFieldAndWhatToDoInstead(NullSetters.Call setter) {
        Throwable thrown = setter.invoke(Collections.<Class<?>, Object>emptyMap());
        NullSetters.assertType(NullPointerException.class, thrown, setter);
        switch (setter.id()) {
            case "ChatCompletionConfiguration.putExtra#0":
                NullSetters.assertNamesFieldAndAdvice(
                        setter, thrown, Collections.singletonList("configuration extra key"), "it is required");
                break;
            case "ChatCompletionConfiguration.putExtra#1":
                NullSetters.assertNamesFieldAndAdvice(
                        setter, thrown, Collections.singletonList("configuration.sample"), LEAVE_UNSET);
                break;
            case "ChatCompletionConfiguration.remove#0":
                NullSetters.assertNamesFieldAndAdvice(
                        setter, thrown, Collections.singletonList("configuration field name"), "it is required");
                break;
            default:
                NullSetters.assertNamesFieldAndClearOr(setter, thrown, LEAVE_UNSET);
        }
    }

    @Test
    void varargsAndListSettersGiveTheSameMessage() {
        String message = "configuration.modalities must not be null; the API cannot clear it; " + LEAVE_UNSET
                + " (the call replaces it whole)";
        assertEquals(
                message,
                assertThrows(
                                NullPointerException.class,
                                () -> ChatCompletionConfiguration.builder().modalities((String[]) null))
                        .getMessage());
        assertEquals(
                message,
                assertThrows(
                                NullPointerException.class,
                                () -> ChatCompletionConfiguration.builder().modalities((List<String>) null))
                        .getMessage());
    }

    @Test
    void nullItemsNameTheField() {
        assertEquals(
                "configuration.modalities[1] must not be null",
                assertThrows(
                                NullPointerException.class,
                                () -> ChatCompletionConfiguration.builder().modalities("text", null))
                        .getMessage());
        assertEquals(
                "configuration.stop[0] must not be null",
                assertThrows(
                                NullPointerException.class,
                                () -> ChatCompletionConfiguration.builder().stop(Arrays.asList((String) null)))
                        .getMessage());
    }
}
