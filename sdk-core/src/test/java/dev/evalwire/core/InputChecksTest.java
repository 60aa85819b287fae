package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.internal.Checks;
import dev.evalwire.core.internal.JsonValues;
import dev.evalwire.core.internal.json.JsonMapperFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Builder-side checks fail before any call, naming the field and what is allowed. */
class InputChecksTest {

    @Test
    void rangesNameTheFieldAndTheBounds() {
        assertEquals(
                "eval_config.rollouts_per_example must be between 1 and 2048, was 4096",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Checks.range("eval_config.rollouts_per_example", 4096, 1, 2048))
                        .getMessage());
        assertEquals(
                "max_tokens must be at least 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> Checks.atLeast("max_tokens", 0, 1))
                        .getMessage());
        assertEquals(
                "temperature must be a finite number, was NaN",
                assertThrows(IllegalArgumentException.class, () -> Checks.finite("temperature", Double.NaN))
                        .getMessage());
        assertEquals(
                "top_p must be a finite number, was Infinity",
                assertThrows(IllegalArgumentException.class, () -> Checks.finite("top_p", Double.POSITIVE_INFINITY))
                        .getMessage());
    }

    @Test
    void doubleRangesRefuseNonFiniteValuesAndNameTheBoundsAsDoubles() {
        assertEquals(0.5, Checks.range("top_p", 0.5, 0, 1));
        assertEquals(
                "top_p must be between 0.0 and 1.0, was 1.5",
                assertThrows(IllegalArgumentException.class, () -> Checks.range("top_p", 1.5, 0, 1))
                        .getMessage());
        assertEquals(
                "top_p must be between 0.0 and 1.0, was -0.1",
                assertThrows(IllegalArgumentException.class, () -> Checks.range("top_p", -0.1, 0, 1))
                        .getMessage());
        assertEquals(
                "top_p must be a finite number, was NaN",
                assertThrows(IllegalArgumentException.class, () -> Checks.range("top_p", Double.NaN, 0, 1))
                        .getMessage());
        assertEquals(0.0, Checks.atLeast("temperature", 0.0, 0));
        assertEquals(
                "temperature must be at least 0.0, was -0.1",
                assertThrows(IllegalArgumentException.class, () -> Checks.atLeast("temperature", -0.1, 0))
                        .getMessage());
        assertEquals(
                "temperature must be a finite number, was Infinity",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Checks.atLeast("temperature", Double.POSITIVE_INFINITY, 0))
                        .getMessage());
    }

    @Test
    void notClearableSaysTheApiCannotClearTheField() {
        assertEquals("x", Checks.notClearable("tags", "x"));
        assertEquals(
                "tags must not be null; the API cannot clear it (pass an empty value instead, or leave it unset"
                        + " to keep the stored value)",
                assertThrows(NullPointerException.class, () -> Checks.notClearable("tags", null))
                        .getMessage());
    }

    @Test
    void notNullSaysWhatToDoInstead() {
        assertEquals("x", Checks.notNull("tags", "x", Checks.callToClear("clearTags")));
        assertEquals(
                "tags must not be null; to send null and clear it, call clearTags()",
                assertThrows(
                                NullPointerException.class,
                                () -> Checks.notNull("tags", null, Checks.callToClear("clearTags")))
                        .getMessage());
        assertEquals(
                "evaluatorId must not be null; it is required",
                assertThrows(NullPointerException.class, () -> Checks.notNull("evaluatorId", null, Checks.REQUIRED))
                        .getMessage());
    }

    @Test
    void notBlankForSettersSaysWhatToDoInsteadOfNull() {
        assertEquals("id", Checks.notBlank("evaluatorId", "id", Checks.REQUIRED));
        assertEquals(
                "evaluatorId must not be null; it is required",
                assertThrows(NullPointerException.class, () -> Checks.notBlank("evaluatorId", null, Checks.REQUIRED))
                        .getMessage());
        assertEquals(
                "evaluatorId must not be empty or whitespace",
                assertThrows(IllegalArgumentException.class, () -> Checks.notBlank("evaluatorId", " ", Checks.REQUIRED))
                        .getMessage());
        assertEquals(
                "accountId must not be null",
                assertThrows(NullPointerException.class, () -> Checks.notBlank("accountId", null))
                        .getMessage());
    }

    @Test
    void requiredNamesTheSetter() {
        assertEquals(
                "eval_config.num_examples is required: call numExamples(...) before build()",
                assertThrows(
                                IllegalStateException.class,
                                () -> Checks.required("eval_config.num_examples", null, "numExamples"))
                        .getMessage());
    }

    @Test
    void jsonObjectsRefuseNanAndOversizedMaps() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("temperature", Double.NaN);
        assertEquals(
                "sampling_args.outer.temperature must be a finite number, was NaN",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> JsonValues.object("sampling_args", Collections.singletonMap("outer", nested)))
                        .getMessage());
        Map<String, Object> huge = new HashMap<>();
        for (int i = 0; i <= Checks.MAX_ENTRIES; i++) {
            huge.put("k" + i, i);
        }
        assertEquals(
                "metadata may have at most 10000 entries, had 10001",
                assertThrows(IllegalArgumentException.class, () -> JsonValues.object("metadata", huge))
                        .getMessage());
        assertEquals(
                "metadata must be a JSON object, was ARRAY",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> JsonValues.object(
                                        "metadata",
                                        new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode()))
                        .getMessage());
    }

    @Test
    void jsonObjectsKeepNullValuesAndAreCopies() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("a", null);
        source.put("b", Arrays.asList(1, 2));
        assertEquals(
                "{\"a\":null,\"b\":[1,2]}",
                JsonValues.object("metadata", source).toString());
    }

    @Test
    void jsonValuesOfAnyTypeAreCheckedCopies() {
        assertEquals("\"text\"", JsonValues.value("stop", "text").toString());
        assertEquals(
                "[1,\"two\",true]",
                JsonValues.value("extra", Arrays.asList(1, "two", true)).toString());
        ObjectNode source = JsonMapperFactory.shared().createObjectNode().put("k", 1);
        JsonNode copy = JsonValues.value("extra", source);
        source.put("k", 2);
        assertEquals("{\"k\":1}", copy.toString());
        assertEquals(
                "extra must not be null",
                assertThrows(NullPointerException.class, () -> JsonValues.value("extra", null))
                        .getMessage());
        assertEquals(
                "extra must not have a null key",
                assertThrows(
                                NullPointerException.class,
                                () -> JsonValues.value("extra", Collections.singletonMap(null, 1)))
                        .getMessage());
        assertEquals(
                "extra[1].t must be a finite number, was NaN",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> JsonValues.value(
                                        "extra", Arrays.asList(1, Collections.singletonMap("t", Double.NaN))))
                        .getMessage());
        assertEquals(
                "extra must be a finite number, was Infinity",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> JsonValues.value("extra", DoubleNode.valueOf(Double.POSITIVE_INFINITY)))
                        .getMessage());
        assertEquals(
                "extra must be a finite number, was NaN",
                assertThrows(IllegalArgumentException.class, () -> JsonValues.value("extra", Double.NaN))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> JsonValues.value("extra", new Object()))
                .getMessage()
                .startsWith("extra holds a value that cannot be written as JSON: "));
        assertEquals(
                "extra may have at most 10000 entries, had 10001",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> JsonValues.value("extra", Collections.nCopies(Checks.MAX_ENTRIES + 1, 0)))
                        .getMessage());
    }

    @Test
    void objectArraysMustHoldOnlyObjects() {
        assertEquals(
                "[{\"role\":\"user\"}]",
                JsonValues.objectArray("messages", Collections.singletonList(Collections.singletonMap("role", "user")))
                        .toString());
        assertEquals(
                "messages must be a JSON array of objects, was OBJECT",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> JsonValues.objectArray("messages", Collections.singletonMap("role", "user")))
                        .getMessage());
        assertEquals(
                "messages[1] must be a JSON object, was STRING",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> JsonValues.objectArray("messages", Arrays.asList(Collections.emptyMap(), "hi")))
                        .getMessage());
        assertEquals(
                "messages must not be null",
                assertThrows(NullPointerException.class, () -> JsonValues.objectArray("messages", null))
                        .getMessage());
    }

    @Test
    void listsAndStringMapsRefuseNullItems() {
        assertEquals(
                "tags[1] must not be null",
                assertThrows(NullPointerException.class, () -> JsonValues.list("tags", Arrays.asList("a", null)))
                        .getMessage());
        assertEquals(
                "custom_secrets.K must not be null",
                assertThrows(
                                NullPointerException.class,
                                () -> JsonValues.stringMap(
                                        "custom_secrets", Collections.<String, String>singletonMap("K", null)))
                        .getMessage());
    }

    @Test
    void listsAreUnmodifiableCopiesAndVarargsArraysKeepNull() {
        List<String> source = new ArrayList<>(Arrays.asList("a", "b"));
        List<String> copy = JsonValues.list("tags", source);
        source.add("c");
        assertEquals(Arrays.asList("a", "b"), copy);
        assertThrows(UnsupportedOperationException.class, () -> copy.add("d"));
        assertEquals(null, JsonValues.asList((String[]) null));
        assertEquals(Arrays.asList("a", "b"), JsonValues.asList(new String[] {"a", "b"}));
    }

    @Test
    void stringArraysAndObjectsAreBuiltInOrderAndCheckedItemByItem() {
        List<String> stop = new ArrayList<>(Arrays.asList("\n\n", "END"));
        ArrayNode array = JsonValues.stringArray("stop", stop);
        stop.add("later");
        assertEquals("[\"\\n\\n\",\"END\"]", array.toString());
        assertEquals(
                "stop[1] must not be null",
                assertThrows(NullPointerException.class, () -> JsonValues.stringArray("stop", Arrays.asList("a", null)))
                        .getMessage());
        assertEquals(
                "stop must not be null",
                assertThrows(NullPointerException.class, () -> JsonValues.stringArray("stop", null))
                        .getMessage());

        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("z", "1");
        metadata.put("a", "2");
        assertEquals(
                "{\"z\":\"1\",\"a\":\"2\"}",
                JsonValues.stringObject("metadata", metadata).toString());
        metadata.put("b", null);
        assertEquals(
                "metadata.b must not be null",
                assertThrows(NullPointerException.class, () -> JsonValues.stringObject("metadata", metadata))
                        .getMessage());
        Map<String, String> nullKey = new HashMap<>();
        nullKey.put(null, "x");
        assertEquals(
                "metadata must not have a null key",
                assertThrows(NullPointerException.class, () -> JsonValues.stringObject("metadata", nullKey))
                        .getMessage());
    }
}
