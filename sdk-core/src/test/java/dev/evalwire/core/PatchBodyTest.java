package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.internal.PatchFields;
import dev.evalwire.core.internal.json.JsonMapperFactory;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** PatchBody: wire form, value semantics and secret handling shared by every vendor's request types. */
class PatchBodyTest {

    static final class Inner extends PatchBody {
        Inner(PatchFields fields) {
            super(fields);
        }
    }

    static final class Outer extends PatchBody {
        Outer(PatchFields fields) {
            super(fields);
        }
    }

    private static Inner inner(String secret) {
        PatchFields fields = new PatchFields("custom_secrets");
        fields.set("size", 3, "clearSize");
        fields.set("custom_secrets", Collections.singletonMap("TOKEN", secret), "clearCustomSecrets");
        return new Inner(fields);
    }

    @Test
    void setFieldsAreWrittenInOrderAndClearedOnesAsNull() throws Exception {
        PatchFields fields = new PatchFields();
        fields.set("name", "n", "clearName");
        fields.clear("description");
        fields.set("config", inner("s3cr3t-value"), "clearConfig");
        fields.set("temporary", true, "clearTemporary");
        fields.unset("temporary");
        assertEquals(
                "{\"name\":\"n\",\"description\":null,\"config\":{\"size\":3,"
                        + "\"custom_secrets\":{\"TOKEN\":\"s3cr3t-value\"}}}",
                JsonMapperFactory.shared().writeValueAsString(new Outer(fields)));
    }

    @Test
    void queryParametersStayOutOfTheBodyButTakePartInValueSemantics() throws Exception {
        PatchFields fields = new PatchFields();
        fields.set("name", "n", "clearName");
        fields.setQuery("prepare", true);
        Outer withQuery = new Outer(fields);
        fields.setQuery("prepare", false);

        assertEquals("{\"name\":\"n\"}", JsonMapperFactory.shared().writeValueAsString(withQuery));
        assertEquals(Collections.singletonMap("prepare", "true"), withQuery.queryParameters());
        assertEquals("Outer{name=n}?prepare=true", withQuery.toString());
        PatchFields plain = new PatchFields();
        plain.set("name", "n", "clearName");
        assertNotEquals(new Outer(plain), withQuery);
        assertTrue(new Outer(plain).queryParameters().isEmpty());
        PatchFields same = new PatchFields();
        same.set("name", "n", "clearName");
        same.setQuery("prepare", true);
        assertEquals(new Outer(same), withQuery);
        assertEquals(new Outer(same).hashCode(), withQuery.hashCode());
        assertEquals(
                "prepare must not be null; leave it unset to not send it",
                assertThrows(NullPointerException.class, () -> plain.setQuery("prepare", null))
                        .getMessage());
    }

    @Test
    void putEntryKeepsTheEntriesAlreadySetAndNamesTheEntryInMessages() {
        PatchFields fields = new PatchFields();
        fields.putEntry("files", "snippets.files", "a.py", "a");
        fields.putEntry("files", "snippets.files", "b.py", "b");
        fields.putEntry("files", "snippets.files", "a.py", "A");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("a.py", "A");
        expected.put("b.py", "b");

        assertEquals(expected, new Outer(fields).fields().get("files").get());
        assertEquals(
                "snippets.files.c.py must not be null; pass \"\" for an empty value, or do not put the entry",
                assertThrows(NullPointerException.class, () -> fields.putEntry("files", "snippets.files", "c.py", null))
                        .getMessage());
        assertTrue(
                assertThrows(IllegalArgumentException.class, () -> fields.putEntry("files", "snippets.files", " ", "x"))
                        .getMessage()
                        .contains("snippets.files key"));
    }

    @Test
    void aBuilderChangedAfterBuildLeavesTheBuiltBodyAsItWas() throws Exception {
        PatchFields fields = new PatchFields();
        fields.set("name", "first", "clearName");
        Outer first = new Outer(fields);
        fields.set("name", "second", "clearName");
        fields.clear("description");
        Outer second = new Outer(fields);
        fields.unset("name");
        Outer third = new Outer(fields);
        assertEquals("{\"name\":\"first\"}", JsonMapperFactory.shared().writeValueAsString(first));
        assertEquals(
                "{\"name\":\"second\",\"description\":null}",
                JsonMapperFactory.shared().writeValueAsString(second));
        assertEquals("{\"description\":null}", JsonMapperFactory.shared().writeValueAsString(third));
    }

    @Test
    void aNestedBodyIsClosedBeforeTheNextField() throws Exception {
        PatchFields fields = new PatchFields();
        fields.set("config", inner("s3cr3t-value"), "clearConfig");
        fields.set("list", Arrays.asList(inner("a-secret"), inner("b-secret")), "clearList");
        fields.set("name", "n", "clearName");
        assertEquals(
                "{\"config\":{\"size\":3,\"custom_secrets\":{\"TOKEN\":\"s3cr3t-value\"}},"
                        + "\"list\":[{\"size\":3,\"custom_secrets\":{\"TOKEN\":\"a-secret\"}},"
                        + "{\"size\":3,\"custom_secrets\":{\"TOKEN\":\"b-secret\"}}],\"name\":\"n\"}",
                JsonMapperFactory.shared().writeValueAsString(new Outer(fields)));
    }

    @Test
    void settingJavaNullNamesTheClearMethod() {
        NullPointerException e = assertThrows(
                NullPointerException.class, () -> new PatchFields().set("display_name", null, "clearDisplayName"));
        assertEquals(
                "display_name must not be null; to send null and clear it, call clearDisplayName()", e.getMessage());
    }

    @Test
    void settingJavaNullOnAFieldTheApiCannotClearSaysSo() {
        assertEquals(
                "name must not be null; the API cannot clear it (pass an empty value instead, or leave it"
                        + " unset to keep the stored value)",
                assertThrows(NullPointerException.class, () -> new PatchFields().setNotClearable("name", null))
                        .getMessage());
        assertEquals(
                "llm_config.model must not be null; the API cannot clear it (pass an empty value instead, or"
                        + " leave it unset to keep the stored value)",
                assertThrows(
                                NullPointerException.class,
                                () -> new PatchFields().set("model", "llm_config.model", null, null, PatchFields.AS_IS))
                        .getMessage());
        PatchFields fields = new PatchFields();
        fields.setNotClearable("name", "n");
        fields.set("model", "llm_config.model", null, "m", PatchFields.AS_IS);
        assertEquals(PatchValue.of("n"), fields.get("name"));
        assertEquals(PatchValue.of("m"), fields.get("model"));
    }

    @Test
    void checkedSettersRefuseNullBeforeTheCheckAndStoreWhatItReturns() {
        PatchFields fields = new PatchFields();
        BiFunction<String, String, String> neverForNull = (path, value) -> {
            assertTrue(value != null, "the check must not see null");
            return path + "=" + value.toUpperCase();
        };
        assertEquals(
                "tags must not be null; to send null and clear it, call clearTags()",
                assertThrows(
                                NullPointerException.class,
                                () -> fields.set("tags", "tags", "clearTags", null, neverForNull))
                        .getMessage());
        assertEquals(
                "source.type must not be null; the API cannot clear it (pass an empty value instead, or leave"
                        + " it unset to keep the stored value)",
                assertThrows(
                                NullPointerException.class,
                                () -> fields.set("type", "source.type", null, null, neverForNull))
                        .getMessage());
        assertEquals(
                "configuration.seed must not be null; leave it unset",
                assertThrows(
                                NullPointerException.class,
                                () -> fields.setChecked(
                                        "seed", null, "configuration.seed", "leave it unset", neverForNull))
                        .getMessage());
        fields.set("tags", "tags", "clearTags", "a", neverForNull);
        fields.set("type", "source.type", null, "b", neverForNull);
        fields.setChecked("seed", "c", "configuration.seed", "leave it unset", neverForNull);
        assertEquals(PatchValue.of("tags=A"), fields.get("tags"));
        assertEquals(PatchValue.of("source.type=B"), fields.get("type"));
        assertEquals(PatchValue.of("configuration.seed=C"), fields.get("seed"));
    }

    @Test
    void toStringMasksSensitiveValuesAtAnyDepthAndSecretsAreCollected() {
        PatchFields fields = new PatchFields();
        fields.set("config", inner("s3cr3t-value"), "clearConfig");
        fields.set("list", Arrays.asList(inner("other-secret")), "clearList");
        Outer outer = new Outer(fields);
        assertEquals(
                "Outer{config=Inner{size=3, custom_secrets={TOKEN=[REDACTED]}}, list=[Inner{size=3,"
                        + " custom_secrets={TOKEN=[REDACTED]}}]}",
                outer.toString());
        assertEquals(new HashSet<>(Arrays.asList("s3cr3t-value", "other-secret")), outer.secretValues());
    }

    @Test
    void equalityIsByTypeAndFields() {
        assertEquals(inner("a"), inner("a"));
        assertEquals(inner("a").hashCode(), inner("a").hashCode());
        assertNotEquals(inner("a"), inner("b"));
        PatchFields same = new PatchFields();
        assertNotEquals(new Inner(same), new Outer(same));
    }

    @Test
    void copiedFieldsDoNotChangeTheOriginal() {
        Inner original = inner("a");
        PatchFields copy = new PatchFields(original.fields(), java.util.Collections.<String>emptySet());
        copy.clear("size");
        assertTrue(original.fields().get("size").isValue());
        assertTrue(new Inner(copy).fields().get("size").isNull());
        assertThrows(
                UnsupportedOperationException.class, () -> original.fields().clear());
    }

    @Test
    void emptyBodyIsAnEmptyObject() throws Exception {
        Map<String, Object> none = new LinkedHashMap<>();
        assertEquals("{}", JsonMapperFactory.shared().writeValueAsString(new Outer(new PatchFields())));
        assertTrue(new Outer(new PatchFields()).isEmpty());
        assertEquals(none, new Outer(new PatchFields()).fields());
    }
}
