package dev.evalwire.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The encoding rules one by one: which characters stay, how the rest is escaped, which path ids and query
 * components are refused, and that text which is not valid UTF-16 never reaches the wire as a different id.
 */
class PathEncodingRulesTest {

    /** A second, plain implementation to compare with: every byte but A-Z a-z 0-9 - . _ ~ as %XX. */
    private static String reference(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append(String.format("%%%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    @Test
    void unreservedTextIsReturnedAsItIs() {
        String unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
        assertSame(unreserved, PathEncoding.encode(unreserved));
        assertEquals("", PathEncoding.encode(""));
    }

    /** The characters right beside each unreserved range and single unreserved character are encoded. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\'',
            value = {
                "@|%40",
                "A|A",
                "Z|Z",
                "[|%5B",
                "`|%60",
                "a|a",
                "z|z",
                "{|%7B",
                "/|%2F",
                "0|0",
                "9|9",
                ":|%3A",
                ",|%2C",
                "-|-",
                ".|.",
                "^|%5E",
                "_|_",
                "}|%7D",
                "~|~",
                "\u007f|%7F",
                "' '|%20",
                "%|%25",
                "+|%2B",
                "?|%3F",
                "'#'|%23",
                "'\u0000'|%00",
                "\u00ff|%C3%BF",
                "\u0080|%C2%80",
                "\u07ff|%DF%BF",
                "\u0800|%E0%A0%80",
                "\uffff|%EF%BF%BF"
            })
    void oneCharacter(String value, String encoded) {
        assertEquals(encoded, PathEncoding.encode(value));
        assertEquals(encoded, PathEncoding.encode("abc" + value).substring(3));
        assertEquals("x" + encoded + "y", PathEncoding.segment("id", "x" + value + "y"));
        assertEquals(encoded + "y", PathEncoding.query("q", value + "y"));
    }

    @Test
    void everyAsciiCharacterAndEveryHexDigitMatchesThePlainImplementation() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            all.append(c);
        }
        all.append("\u00e9\u0100\u07ff\u0800\u2603\ufffd\uD83D\uDE00\uDBFF\uDFFF");
        assertEquals(reference(all.toString()), PathEncoding.encode(all.toString()));
        StringBuilder hexDigits = new StringBuilder();
        for (int digit = 0; digit < 16; digit++) {
            hexDigits.append((char) (digit * 0x11));
        }
        assertEquals(reference(hexDigits.toString()), PathEncoding.encode(hexDigits.toString()));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a/b|a%2Fb",
                "/ab|%2Fab",
                "ab/|ab%2F",
                "abc\u00e9|abc%C3%A9",
                "\u00e9abc|%C3%A9abc",
                "ab cd/ef|ab%20cd%2Fef"
            })
    void theUnencodedPrefixIsKeptOnce(String value, String encoded) {
        assertEquals(encoded, PathEncoding.encode(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "\n \r", "\u000b\f "})
    void blankIdsAreRefused(String id) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> PathEncoding.segment("evaluation_id", id));
        assertEquals("evaluation_id must not be empty or whitespace", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ".."})
    void dotIdsAreRefused(String id) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> PathEncoding.segment("alias", id));
        assertEquals("alias must not be '.' or '..': such an id would change the path", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"...|...", ".a|.a", "a.|a.", "'. '|.%20", "' .'|%20.", "\u00a0|%C2%A0", "' x '|%20x%20"})
    void idsThatOnlyResembleThoseAreEncoded(String id, String encoded) {
        assertEquals(encoded, PathEncoding.segment("id", id));
    }

    @Test
    void nullIsRefused() {
        IllegalArgumentException segment =
                assertThrows(IllegalArgumentException.class, () -> PathEncoding.segment("evaluation_id", null));
        assertEquals("evaluation_id must not be null", segment.getMessage());
        NullPointerException query = assertThrows(NullPointerException.class, () -> PathEncoding.query("flag", null));
        assertEquals("flag must not be null", query.getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\'',
            value = {"''|''", "' '|%20", ".|.", "..|..", "a b&c=d|a%20b%26c%3Dd", "x?y#z|x%3Fy%23z"})
    void queryComponentsMayBeEmptyBlankOrDots(String value, String encoded) {
        assertEquals(encoded, PathEncoding.query("flag", value));
    }

    static Stream<Arguments> malformedUtf16() {
        return Stream.of(
                Arguments.of("lone high surrogate at the end", "abc\uD800"),
                Arguments.of("lone high surrogate followed by a letter", "\uD800a"),
                Arguments.of("lone high surrogate followed by another high", "x\uD83D\uD83D\uDE00"),
                Arguments.of("lone low surrogate at the start", "\uDC00abc"),
                Arguments.of("lone low surrogate after a letter", "ab\uDE00"),
                Arguments.of("reversed pair", "\uDE00\uD83D"),
                Arguments.of("valid pair then a lone low", "\uD83D\uDE00\uDE00"),
                Arguments.of("lone high alone", "\uD800"),
                Arguments.of("lone low alone", "\uDFFF"));
    }

    static final BiFunction<String, String, String> SEGMENT = PathEncoding::segment;
    static final BiFunction<String, String, String> QUERY = PathEncoding::query;

    /**
     * Java would send each lone surrogate as '?': a different id, or a different query value. Each case is also
     * tried after an ASCII prefix, so a check that only looks at the first characters would miss it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedUtf16")
    void malformedUtf16IsRefusedWithoutEchoingIt(String what, String value) {
        for (BiFunction<String, String, String> check : Arrays.asList(SEGMENT, QUERY)) {
            for (String text : Arrays.asList(value, "secret-" + value)) {
                IllegalArgumentException e =
                        assertThrows(IllegalArgumentException.class, () -> check.apply("evaluation_id", text), what);
                assertEquals(
                        "evaluation_id is not valid UTF-16: it has a surrogate character that is not part of"
                                + " a pair",
                        e.getMessage());
                assertFalse(e.getMessage().contains("secret"), e.getMessage());
            }
        }
    }

    @Test
    void malformedUtf16FailsWhenTheRequestIsBuilt() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> ApiRequest.builder("PATCH").path("evaluators").pathParam("evaluator_id", "eval\uD800"));
        assertEquals(
                "evaluator_id is not valid UTF-16: it has a surrogate character that is not part of a pair",
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\uD83D\uDE00|%F0%9F%98%80",
                "a\uD83D\uDE00b|a%F0%9F%98%80b",
                "\uD800\uDC00|%F0%90%80%80",
                "\uDBFF\uDFFF|%F4%8F%BF%BF",
                "\uD83D\uDE00\uD83D\uDE01|%F0%9F%98%80%F0%9F%98%81"
            })
    void validSurrogatePairsAreEncodedAsUtf8(String value, String encoded) {
        assertEquals(encoded, PathEncoding.segment("evaluation_id", value));
        assertEquals(encoded, PathEncoding.query("flag", value));
        assertEquals(encoded, PathEncoding.encode(value));
    }
}
