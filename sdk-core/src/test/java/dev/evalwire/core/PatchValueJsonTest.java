package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalwire.core.internal.json.JsonMapperFactory;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three states of a request field reach the wire exactly: absent is left out, null is written, values are. */
class PatchValueJsonTest {

    private final ObjectMapper mapper = JsonMapperFactory.shared();

    @JsonPropertyOrder({"name", "tags", "plain"})
    static final class Body {
        @JsonProperty("name")
        PatchValue<String> name = PatchValue.absent();

        @JsonProperty("tags")
        PatchValue<List<String>> tags = PatchValue.absent();

        @JsonProperty("plain")
        String plain;
    }

    @Test
    void absentFieldsAreLeftOut() throws Exception {
        assertEquals("{}", mapper.writeValueAsString(new Body()));
    }

    @Test
    void explicitNullIsWrittenAsNull() throws Exception {
        Body body = new Body();
        body.name = PatchValue.explicitNull();
        assertEquals("{\"name\":null}", mapper.writeValueAsString(body));
    }

    @Test
    void valuesAreWrittenAsThemselves() throws Exception {
        Body body = new Body();
        body.name = PatchValue.of("gsm8k");
        body.tags = PatchValue.of(Arrays.asList("a", "b"));
        body.plain = "x";
        assertEquals("{\"name\":\"gsm8k\",\"tags\":[\"a\",\"b\"],\"plain\":\"x\"}", mapper.writeValueAsString(body));
    }

    @Test
    void emptyValuesAreStillSent() throws Exception {
        Body body = new Body();
        body.name = PatchValue.of("");
        body.tags = PatchValue.of(Arrays.<String>asList());
        assertEquals("{\"name\":\"\",\"tags\":[]}", mapper.writeValueAsString(body));
    }

    @Test
    void nullValuesInsideMapsAreKeptSoMergePatchesCanRemoveKeys() throws Exception {
        Map<String, Object> configurations = new LinkedHashMap<>();
        configurations.put("llm_engine", null);
        configurations.put("passing_score", 4.0);
        assertEquals("{\"llm_engine\":null,\"passing_score\":4.0}", mapper.writeValueAsString(configurations));
    }

    @Test
    void datesAreIsoStringsWithTheirOffset() throws Exception {
        OffsetDateTime time = OffsetDateTime.parse("2025-05-01T10:00:00+02:00");
        assertEquals("\"2025-05-01T10:00:00+02:00\"", mapper.writeValueAsString(time));
        assertEquals(time, mapper.readValue("\"2025-05-01T10:00:00+02:00\"", OffsetDateTime.class));
    }

    static final class Known {
        @JsonProperty("id")
        String id;
    }

    @Test
    void unknownResponseFieldsDoNotFailDecoding() throws Exception {
        Known known = mapper.readValue("{\"id\":\"e1\",\"brand_new\":{\"x\":1}}", Known.class);
        assertEquals("e1", known.id);
    }

    @Test
    void ofNullIsRejectedWithAMessageThatSaysWhatToUse() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> PatchValue.of(null));
        assertEquals("PatchValue.of(null): use PatchValue.explicitNull() to send JSON null", e.getMessage());
    }

    @Test
    void statesAreDistinguishableAndGetFailsWithoutAValue() {
        assertEquals(PatchValue.State.ABSENT, PatchValue.absent().state());
        assertEquals(PatchValue.State.NULL, PatchValue.explicitNull().state());
        assertEquals("v", PatchValue.of("v").get());
        assertEquals(PatchValue.of(3), PatchValue.of(1).map(x -> x + 2));
        assertEquals(
                PatchValue.explicitNull(), PatchValue.<Integer>explicitNull().map(x -> x + 2));
        assertThrows(
                IllegalStateException.class, () -> PatchValue.explicitNull().get());
        assertThrows(IllegalStateException.class, () -> PatchValue.absent().get());
    }
}
