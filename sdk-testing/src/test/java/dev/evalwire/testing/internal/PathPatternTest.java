package dev.evalwire.testing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathPatternTest {

    private final PathPattern pattern = PathPattern.of("/api/evaluators/{evaluator_id}/");

    @Test
    void capturesAndDecodesVariables() {
        assertEquals(
                Collections.singletonMap("evaluator_id", "a/b c+é"),
                pattern.match("/api/evaluators/a%2Fb%20c+%C3%A9/"));
    }

    @Test
    void theTrailingSlashAndSegmentCountMatter() {
        assertNull(pattern.match("/api/evaluators/x"));
        assertNull(pattern.match("/api/evaluators/x//"));
        assertNull(pattern.match("/api/evaluators//"));
        assertNull(pattern.match("/api/other/x/"));
        assertNull(pattern.match("/api/evaluators/%zz/"));
    }

    @Test
    void severalVariables() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("account_id", "acme");
        expected.put("evaluator_id", "e%1");
        assertEquals(
                expected,
                PathPattern.of("/v1/accounts/{account_id}/evaluators/{evaluator_id}")
                        .match("/v1/accounts/acme/evaluators/e%251"));
    }

    @Test
    void malformedEscapesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PercentDecoding.decodeSegment("a%2"));
        assertThrows(IllegalArgumentException.class, () -> PercentDecoding.decodeSegment("a%g1"));
    }
}
