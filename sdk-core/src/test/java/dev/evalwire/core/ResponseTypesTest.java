package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.internal.JsonFields;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** ApiObject keeps unknown fields, OpenEnum keeps unknown values, JsonFields names the field it cannot read. */
class ResponseTypesTest {

    private final ObjectMapper mapper = new ObjectMapper();

    static final class Thing extends ApiObject {
        Thing(ObjectNode json) {
            super(json, new HashSet<>(Arrays.asList("id", "secret")), Collections.singleton("secret"));
        }
    }

    static final class Color extends OpenEnum {
        enum Known {
            RED,
            DEEP_BLUE,
            _UNKNOWN
        }

        Color(String value) {
            super(value);
        }

        Known known() {
            return knownOf(Known.class, value(), Known._UNKNOWN);
        }
    }

    private ObjectNode json(String text) throws Exception {
        return (ObjectNode) mapper.readTree(text);
    }

    @Test
    void unknownFieldsAreKeptAndSensitiveOnesMasked() throws Exception {
        Thing thing = new Thing(json("{\"id\":\"t1\",\"secret\":\"s-1\",\"added_later\":{\"x\":[1,2]}}"));
        assertEquals(
                Collections.singleton("added_later"),
                thing.additionalProperties().keySet());
        assertEquals(
                "{\"x\":[1,2]}", thing.additionalProperties().get("added_later").toString());
        assertEquals("Thing{\"id\":\"t1\",\"secret\":\"[REDACTED]\",\"added_later\":{\"x\":[1,2]}}", thing.toString());
        thing.json().put("id", "changed");
        assertEquals("\"t1\"", thing.rawField("id").toString(), "json() must hand out a copy");
        assertEquals(new Thing(json("{\"id\":\"t1\"}")), new Thing(json("{\"id\":\"t1\"}")));
    }

    @Test
    void openEnumsKeepUnknownValues() {
        assertEquals(Color.Known.RED, new Color("red").known());
        assertEquals(Color.Known.DEEP_BLUE, new Color("deep.blue").known());
        assertEquals(Color.Known._UNKNOWN, new Color("ultraviolet").known());
        assertEquals("ultraviolet", new Color("ultraviolet").value());
        assertEquals(new Color("x"), new Color("x"));
    }

    @Test
    void readersReturnNullForMissingAndNullFields() throws Exception {
        ObjectNode object = json("{\"a\":null}");
        assertNull(JsonFields.string(object, "a"));
        assertNull(JsonFields.longValue(object, "missing"));
        assertNull(JsonFields.dateTime(object, "missing"));
        assertEquals(Collections.emptyList(), JsonFields.strings(object, "a"));
    }

    @Test
    void readersParseTypedValues() throws Exception {
        ObjectNode object = json("{\"n\":9007199254740991,\"d\":0.5,\"b\":true,\"t\":\"2025-09-11T09:43:55.858321Z\","
                + "\"tags\":[\"a\",\"b\"]}");
        assertEquals(9007199254740991L, JsonFields.longValue(object, "n").longValue());
        assertEquals(0.5, JsonFields.number(object, "d"));
        assertEquals(Boolean.TRUE, JsonFields.bool(object, "b"));
        assertEquals(OffsetDateTime.parse("2025-09-11T09:43:55.858321Z"), JsonFields.dateTime(object, "t"));
        assertEquals(Arrays.asList("a", "b"), JsonFields.strings(object, "tags"));
    }

    @Test
    void wrongTypesNameTheField() throws Exception {
        ObjectNode object = json("{\"id\":5,\"t\":\"yesterday\",\"tags\":[1],\"n\":1.5}");
        assertEquals(
                "field 'id' must be a string but was NUMBER 5",
                assertThrows(IllegalArgumentException.class, () -> JsonFields.string(object, "id"))
                        .getMessage());
        assertEquals(
                "field 't' must be an ISO-8601 date-time with an offset but was \"yesterday\"",
                assertThrows(IllegalArgumentException.class, () -> JsonFields.dateTime(object, "t"))
                        .getMessage());
        assertEquals(
                "field 'tags[]' must be a string but was NUMBER 1",
                assertThrows(IllegalArgumentException.class, () -> JsonFields.strings(object, "tags"))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> JsonFields.longValue(object, "n"))
                .getMessage()
                .startsWith("field 'n' must be an integer"));
        assertEquals(
                "required field 'name' is missing or null",
                assertThrows(IllegalArgumentException.class, () -> JsonFields.requiredString(object, "name"))
                        .getMessage());
    }

    @Test
    void requiredReadersRefuseMissingAndNullFields() throws Exception {
        ObjectNode object = json("{\"n\":3,\"o\":{\"a\":1},\"v\":[1],\"tags\":[],\"nil\":null,\"s\":\"x\"}");
        assertEquals(3L, JsonFields.requiredLong(object, "n"));
        assertEquals("{\"a\":1}", JsonFields.requiredObject(object, "o").toString());
        assertEquals("[1]", JsonFields.requiredValue(object, "v").toString());
        assertEquals(Collections.emptyList(), JsonFields.requiredStrings(object, "tags"));
        for (String name : Arrays.asList("nil", "missing")) {
            String message = "required field '" + name + "' is missing or null";
            assertEquals(
                    message,
                    assertThrows(IllegalArgumentException.class, () -> JsonFields.requiredLong(object, name))
                            .getMessage());
            assertEquals(
                    message,
                    assertThrows(IllegalArgumentException.class, () -> JsonFields.requiredObject(object, name))
                            .getMessage());
            assertEquals(
                    message,
                    assertThrows(IllegalArgumentException.class, () -> JsonFields.requiredValue(object, name))
                            .getMessage());
            assertEquals(
                    message,
                    assertThrows(IllegalArgumentException.class, () -> JsonFields.requiredStrings(object, name))
                            .getMessage());
        }
        assertEquals(
                "field 's' must be an integer but was STRING \"x\"",
                assertThrows(IllegalArgumentException.class, () -> JsonFields.requiredLong(object, "s"))
                        .getMessage());
        assertEquals(
                "field 's' must be an object but was STRING \"x\"",
                assertThrows(IllegalArgumentException.class, () -> JsonFields.requiredObject(object, "s"))
                        .getMessage());
        assertEquals(
                "field 's' must be an array of strings but was STRING \"x\"",
                assertThrows(IllegalArgumentException.class, () -> JsonFields.requiredStrings(object, "s"))
                        .getMessage());
    }

    @Test
    void requiredValueIsACopy() throws Exception {
        ObjectNode object = json("{\"v\":{\"a\":1}}");
        ((ObjectNode) JsonFields.requiredValue(object, "v")).put("a", 2);
        assertEquals("{\"v\":{\"a\":1}}", object.toString());
    }

    @Test
    void stringMapsKeepOrderAndNameTheBadMember() throws Exception {
        ObjectNode object =
                json("{\"files\":{\"b.py\":\"B\",\"a.py\":\"A\"},\"bad\":{\"x\":\"ok\",\"y\":1}," + "\"nil\":null}");
        assertEquals(
                Arrays.asList("b.py", "a.py"),
                new ArrayList<>(JsonFields.stringMap(object, "files").keySet()));
        assertEquals("A", JsonFields.stringMap(object, "files").get("a.py"));
        assertEquals(Collections.emptyMap(), JsonFields.stringMap(object, "nil"));
        assertEquals(Collections.emptyMap(), JsonFields.stringMap(object, "missing"));
        assertEquals(
                "field 'bad.y' must be a string but was NUMBER",
                assertThrows(IllegalArgumentException.class, () -> JsonFields.stringMap(object, "bad"))
                        .getMessage());
        assertEquals(
                "field 'files' must be an object but was ARRAY",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> JsonFields.stringMap(json("{\"files\":[]}"), "files"))
                        .getMessage());
    }

    @Test
    void enumsFallBackToTheDefaultWhenMissingOrNull() throws Exception {
        ObjectNode object = json("{\"c\":\"red\",\"nil\":null,\"n\":1}");
        assertEquals(new Color("red"), JsonFields.enumOrDefault(object, "c", Color::new, new Color("UNSET")));
        assertEquals(new Color("UNSET"), JsonFields.enumOrDefault(object, "nil", Color::new, new Color("UNSET")));
        assertEquals(new Color("UNSET"), JsonFields.enumOrDefault(object, "missing", Color::new, new Color("UNSET")));
        assertEquals(
                "field 'n' must be a string but was NUMBER 1",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> JsonFields.enumOrDefault(object, "n", Color::new, new Color("UNSET")))
                        .getMessage());
    }
}
