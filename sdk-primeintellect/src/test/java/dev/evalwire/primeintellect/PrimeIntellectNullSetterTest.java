package dev.evalwire.primeintellect;

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
 * A Java null passed to any setter is refused, never a silent clear, with a message that names the field and the
 * {@code clearX()} method that sends null instead (every Prime Intellect field has one).
 */
class PrimeIntellectNullSetterTest {

    static List<NullSetters.Call> setters() {
        return NullSetters.of(UpdateEvaluationParams.Builder.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setters")
    void nullNamesTheFieldAndItsClearMethod(NullSetters.Call setter) {
        Throwable thrown = setter.invoke(Collections.<Class<?>, Object>emptyMap());
        NullSetters.assertType(NullPointerException.class, thrown, setter);
        NullSetters.assertNamesFieldAndClearOr(setter, thrown, "the API cannot clear it");
    }

    @Test
    void varargsAndListSettersGiveTheSameMessage() {
        assertEquals(
                "tags must not be null; to send null and clear it, call clearTags()",
                assertThrows(
                                NullPointerException.class,
                                () -> UpdateEvaluationParams.builder().tags((String[]) null))
                        .getMessage());
        assertEquals(
                "tags must not be null; to send null and clear it, call clearTags()",
                assertThrows(
                                NullPointerException.class,
                                () -> UpdateEvaluationParams.builder().tags((List<String>) null))
                        .getMessage());
        assertEquals(
                "eval_config.headers must not be null; to send null and clear it, call clearHeaders()",
                assertThrows(
                                NullPointerException.class,
                                () -> HostedEvalConfig.builder().headers((String[]) null))
                        .getMessage());
    }

    @Test
    void nullItemsNameTheField() {
        assertEquals(
                "tags[1] must not be null",
                assertThrows(
                                NullPointerException.class,
                                () -> UpdateEvaluationParams.builder().tags("a", null))
                        .getMessage());
        assertEquals(
                "eval_config.headers[0] must not be null",
                assertThrows(
                                NullPointerException.class,
                                () -> HostedEvalConfig.builder().headers((String) null))
                        .getMessage());
        assertEquals(
                "eval_config.state_columns[1] must not be null",
                assertThrows(
                                NullPointerException.class,
                                () -> HostedEvalConfig.builder().stateColumns(Arrays.asList("a", null)))
                        .getMessage());
        assertEquals(
                "eval_config.custom_secrets.TOKEN must not be null",
                assertThrows(
                                NullPointerException.class,
                                () -> HostedEvalConfig.builder()
                                        .customSecrets(Collections.<String, String>singletonMap("TOKEN", null)))
                        .getMessage());
    }
}
