package dev.evalwire.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.internal.json.JsonMapperFactory;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The typed readers return the value that was sent (not a default), treat missing and null fields alike, and
 * refuse a wrong type with a message that names the field and quotes at most 80 characters of the value.
 */
class JsonFieldsTest {

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) JsonMapperFactory.shared().readTree(text);
    }

    @Test
    void aBodyMustBeAnObject() throws Exception {
        ObjectNode object = json("{}");
        assertSame(object, JsonFields.object(object, "the body"));
        assertEquals(
                "the body must be a JSON object but was ARRAY",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> JsonFields.object(
                                        JsonMapperFactory.shared().readTree("[]"), "the body"))
                        .getMessage());
    }

    @Test
    void scalarReadersReturnTheValueSent() throws Exception {
        ObjectNode object = json("{\"s\":\"text\",\"x\":1.5,\"yes\":true,\"no\":false,\"none\":null,"
                + "\"t\":\"2026-11-21T12:00:00Z\"}");
        assertEquals("text", JsonFields.requiredString(object, "s"));
        assertEquals(1.5, JsonFields.number(object, "x"));
        assertNull(JsonFields.number(object, "none"));
        assertEquals(Boolean.TRUE, JsonFields.bool(object, "yes"));
        assertEquals(Boolean.FALSE, JsonFields.bool(object, "no"));
        assertNull(JsonFields.bool(object, "none"));
        assertNull(JsonFields.bool(object, "missing"));
        assertEquals(OffsetDateTime.parse("2026-11-21T12:00:00Z"), JsonFields.requiredDateTime(object, "t"));
    }

    @Test
    void listReadersReturnTheItemsSent() throws Exception {
        ObjectNode object = json("{\"tags\":[\"a\",\"b\"],\"items\":[{\"id\":1},{\"id\":2}],\"none\":null,"
                + "\"notList\":{},\"mixed\":[{\"id\":1},3]}");
        assertEquals(Arrays.asList("a", "b"), JsonFields.requiredStrings(object, "tags"));
        assertEquals(Arrays.asList(json("{\"id\":1}"), json("{\"id\":2}")), JsonFields.objects(object, "items"));
        assertEquals(Collections.emptyList(), JsonFields.objects(object, "none"));
        assertEquals(
                "field 'notList' must be an array of objects but was OBJECT",
                assertThrows(IllegalArgumentException.class, () -> JsonFields.objects(object, "notList"))
                        .getMessage());
        assertEquals(
                "field 'mixed[]' must be an object but was NUMBER 3",
                assertThrows(IllegalArgumentException.class, () -> JsonFields.objects(object, "mixed"))
                        .getMessage());
    }

    @Test
    void membersAreCopiesInOrderAndEmptyWhenMissing() throws Exception {
        ObjectNode object = json("{\"m\":{\"b\":{\"x\":1},\"a\":[2]},\"none\":null}");
        Map<String, JsonNode> members = JsonFields.members(object, "m");
        assertEquals(Arrays.asList("b", "a"), Arrays.asList(members.keySet().toArray()));
        assertEquals(json("{\"x\":1}"), members.get("b"));
        ((ObjectNode) members.get("b")).put("x", 9);
        assertEquals(1, object.get("m").get("b").get("x").asInt(), "the body is unchanged");
        assertEquals(Collections.emptyMap(), JsonFields.members(object, "none"));
        assertEquals(Collections.emptyMap(), JsonFields.members(object, "missing"));
    }

    @Test
    void aWrongValueIsQuotedUpTo80Characters() throws Exception {
        String fits = String.join("", Collections.nCopies(78, "v"));
        ObjectNode object = json("{\"fits\":\"" + fits + "\",\"long\":\"" + fits + "w\"}");
        assertEquals(
                "field 'fits' must be a number but was STRING \"" + fits + "\"",
                assertThrows(IllegalArgumentException.class, () -> JsonFields.number(object, "fits"))
                        .getMessage());
        assertEquals(
                "field 'long' must be a number but was STRING \"" + fits + "w...",
                assertThrows(IllegalArgumentException.class, () -> JsonFields.number(object, "long"))
                        .getMessage());
    }
}
