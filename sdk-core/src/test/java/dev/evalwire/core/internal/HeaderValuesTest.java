package dev.evalwire.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Header names must be HTTP tokens and header values printable ASCII on one line; each bound is checked on both
 * sides, and every message names the header and the index of the first bad character without quoting a value.
 */
class HeaderValuesTest {

    @Test
    void everyTokenCharacterIsAllowedInAName() {
        String token = "!#$%&'*+-.^_`|~09AZaz";
        assertEquals(token, HeaderValues.checkName(token));
    }

    @Test
    void aNullOrEmptyNameIsRefused() {
        assertEquals("header name must not be null or empty", nameFailure(null));
        assertEquals("header name must not be null or empty", nameFailure(""));
    }

    @Test
    void spacesControlsDeleteNonAsciiAndEverySeparatorAreRefusedInAName() {
        for (char c : "\"(),/:;<=>?@[\\]{} \t\u0000\u001f\u007f\u0080\u00e9".toCharArray()) {
            assertEquals(
                    "header name 'X-?' has a character that is not allowed in an HTTP header name at index 2"
                            .replace('?', c < ' ' || c >= 0x7f ? '?' : c),
                    nameFailure("X-" + c),
                    "char " + (int) c);
        }
    }

    @Test
    void aRefusedNameIsPrintedWithEveryControlAndNonAsciiCharacterReplaced() {
        assertEquals(
                "header name 'A b???~' has a character that is not allowed in an HTTP header name at index 1",
                nameFailure("A b\u001f\u007f\u0080~"));
    }

    @Test
    void printableAsciiSpacesAndTabsAreAllowedInAValue() {
        String value = " !~\tBearer sk-1 \t";
        assertEquals(value, HeaderValues.checkValue("X-A", value, "hint"));
        assertEquals("", HeaderValues.checkValue("X-A", "", "hint"));
    }

    @Test
    void lineBreaksAreRefusedInAValueWithTheirIndexAndTheHint() {
        assertEquals(
                "header 'X-A' contains a line break (CR or LF) at index 3; header values must be one line:"
                        + " set X_A instead",
                valueFailure("abc\rdef", "set X_A instead"));
        assertEquals(
                "header 'X-A' contains a line break (CR or LF) at index 0; header values must be one line",
                valueFailure("\nabc", ""));
    }

    @Test
    void controlDeleteAndNonAsciiCharactersAreRefusedInAValue() {
        for (char c : "\u0000\u0008\u000b\u001f\u007f\u0080\u00e9\u2028".toCharArray()) {
            assertEquals(
                    "header 'X-A' contains a control or non-ASCII character at index 1; only printable ASCII is"
                            + " allowed",
                    valueFailure("a" + c + "b", null),
                    "char " + (int) c);
        }
    }

    @Test
    void aNullValueIsRefusedWithTheHintWhenThereIsOne() {
        assertEquals("header 'X-A' must not be null: set X_A", valueFailure(null, "set X_A"));
        assertEquals("header 'X-A' must not be null", valueFailure(null, ""));
        assertEquals("header 'X-A' must not be null", valueFailure(null, null));
    }

    private static String nameFailure(String name) {
        return assertThrows(IllegalArgumentException.class, () -> HeaderValues.checkName(name))
                .getMessage();
    }

    private static String valueFailure(String value, String hint) {
        return assertThrows(IllegalArgumentException.class, () -> HeaderValues.checkValue("X-A", value, hint))
                .getMessage();
    }
}
