package dev.evalwire.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every argument check accepts its bounds and returns the value it was given, refuses the first value past each
 * bound, and says in its message which field was wrong, what is allowed and what it got.
 */
class ChecksTest {

    private static String failure(Class<? extends RuntimeException> type, Executable check) {
        return assertThrows(type, check).getMessage();
    }

    @Test
    void longRangesIncludeBothBounds() {
        assertEquals(3, Checks.range("n", 3, 3, 7));
        assertEquals(7, Checks.range("n", 7, 3, 7));
        assertEquals(
                "n must be between 3 and 7, was 2",
                failure(IllegalArgumentException.class, () -> Checks.range("n", 2, 3, 7)));
        assertEquals(
                "n must be between 3 and 7, was 8",
                failure(IllegalArgumentException.class, () -> Checks.range("n", 8, 3, 7)));
    }

    @Test
    void longMinimumsIncludeTheBound() {
        assertEquals(3, Checks.atLeast("n", 3, 3));
        assertEquals(
                "n must be at least 3, was 2",
                failure(IllegalArgumentException.class, () -> Checks.atLeast("n", 2, 3)));
    }

    @Test
    void doubleRangesIncludeBothBoundsAndRefuseNonFiniteValues() {
        assertEquals(0.5, Checks.range("t", 0.5, 0.5, 1.5));
        assertEquals(1.5, Checks.range("t", 1.5, 0.5, 1.5));
        assertEquals(
                "t must be between 0.5 and 1.5, was 0.49",
                failure(IllegalArgumentException.class, () -> Checks.range("t", 0.49, 0.5, 1.5)));
        assertEquals(
                "t must be between 0.5 and 1.5, was 1.51",
                failure(IllegalArgumentException.class, () -> Checks.range("t", 1.51, 0.5, 1.5)));
        assertEquals(
                "t must be a finite number, was NaN",
                failure(IllegalArgumentException.class, () -> Checks.range("t", Double.NaN, 0.5, 1.5)));
    }

    @Test
    void doubleMinimumsIncludeTheBoundAndRefuseNonFiniteValues() {
        assertEquals(0.5, Checks.atLeast("t", 0.5, 0.5));
        assertEquals(2.5, Checks.atLeast("t", 2.5, 0.5));
        assertEquals(
                "t must be at least 0.5, was 0.49",
                failure(IllegalArgumentException.class, () -> Checks.atLeast("t", 0.49, 0.5)));
        assertEquals(
                "t must be a finite number, was Infinity",
                failure(IllegalArgumentException.class, () -> Checks.atLeast("t", Double.POSITIVE_INFINITY, 0.5)));
    }

    @Test
    void finiteNumbersAreReturnedAndOthersRefused() {
        assertEquals(-2.5, Checks.finite("t", -2.5));
        assertEquals(
                "t must be a finite number, was -Infinity",
                failure(IllegalArgumentException.class, () -> Checks.finite("t", Double.NEGATIVE_INFINITY)));
    }

    @Test
    void notBlankRefusesNullEmptyAndWhitespace() {
        assertEquals(" x ", Checks.notBlank("name", " x "));
        assertEquals("name must not be null", failure(NullPointerException.class, () -> Checks.notBlank("name", null)));
        assertEquals(
                "name must not be empty or whitespace",
                failure(IllegalArgumentException.class, () -> Checks.notBlank("name", "")));
        assertEquals(
                "name must not be empty or whitespace",
                failure(IllegalArgumentException.class, () -> Checks.notBlank("name", " \t ")));
    }

    @Test
    void mapsMayHaveExactlyTheMaximumNumberOfEntries() {
        Map<String, Object> full = new HashMap<>();
        for (int i = 0; i < Checks.MAX_ENTRIES; i++) {
            full.put("k" + i, i);
        }
        assertSame(full, Checks.entries("m", full));
        full.put("one-more", 0);
        assertEquals(
                "m may have at most 10000 entries, had 10001",
                failure(IllegalArgumentException.class, () -> Checks.entries("m", full)));
        assertEquals("m must not be null", failure(NullPointerException.class, () -> Checks.entries("m", null)));
        assertEquals(
                "m must not have a null key",
                failure(NullPointerException.class, () -> Checks.entries("m", Collections.singletonMap(null, 1))));
        assertEquals(
                "m.k must not be null",
                failure(NullPointerException.class, () -> Checks.entries("m", Collections.singletonMap("k", null))));
    }

    @Test
    void collectionsMayHaveExactlyTheMaximumNumberOfItems() {
        List<Integer> full = new ArrayList<>(Collections.nCopies(Checks.MAX_ENTRIES, 1));
        assertSame(full, Checks.items("l", full));
        full.add(1);
        assertEquals(
                "l may have at most 10000 items, had 10001",
                failure(IllegalArgumentException.class, () -> Checks.items("l", full)));
        assertEquals("l must not be null", failure(NullPointerException.class, () -> Checks.items("l", null)));
        assertEquals(
                "l[2] must not be null",
                failure(NullPointerException.class, () -> Checks.items("l", Arrays.asList(1, 2, null))));
    }

    @Test
    void requiredAndNotClearableValuesAreReturned() {
        assertEquals("v", Checks.required("f", "v", "f"));
        assertEquals(
                "f is required: call f(...) before build()",
                failure(IllegalStateException.class, () -> Checks.required("f", null, "f")));
        assertEquals("v", Checks.notClearable("f", "v"));
    }

    @Test
    void jsonCopiesMayHaveExactlyTheMaximumNumberOfEntriesAtAnyDepth() {
        Map<String, Object> full = new HashMap<>();
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < Checks.MAX_ENTRIES; i++) {
            full.put("k" + i, i);
            array.add(i);
        }
        assertEquals(Checks.MAX_ENTRIES, JsonValues.object("m", full).size());
        ObjectNode nested = JsonNodeFactory.instance.objectNode();
        nested.set("list", array);
        assertEquals(
                Checks.MAX_ENTRIES, JsonValues.object("m", nested).get("list").size());
        full.put("one-more", 0);
        assertEquals(
                "m may have at most 10000 entries, had 10001",
                failure(IllegalArgumentException.class, () -> JsonValues.object("m", full)));
        array.add(0);
        assertEquals(
                "m.list may have at most 10000 entries, had 10001",
                failure(IllegalArgumentException.class, () -> JsonValues.object("m", nested)));
    }
}
