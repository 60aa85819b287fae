package dev.evalwire.keywordsai;

import static dev.evalwire.keywordsai.Fixtures.json;
import static dev.evalwire.keywordsai.Fixtures.q;
import static dev.evalwire.keywordsai.Fixtures.wire;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configurations merge patch on the wire, and the local merge by the vendor's rules. */
class ConfigurationsTest {

    private static ObjectNode object(String text) {
        return (ObjectNode) json(q(text));
    }

    @Test
    void patchIsWrittenInInsertionOrderWithRemovedKeysAsNull() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("temperature", 0.2);
        options.put("max_tokens", 300);
        ConfigurationsPatch patch = ConfigurationsPatch.builder()
                .put("scoring_rubric", "Updated rubric")
                .put("passing_score", 3.0)
                .put("model_options", options)
                .put("stop", Arrays.asList("\n", "END"))
                .put("strict", true)
                .put("raw", json("{\"a\":{\"b\":1}}"))
                .remove("llm_engine")
                .build();
        assertEquals(
                q("{'scoring_rubric':'Updated rubric','passing_score':3.0,"
                        + "'model_options':{'temperature':0.2,'max_tokens':300},'stop':['\\n','END'],'strict':true,"
                        + "'raw':{'a':{'b':1}},'llm_engine':null}"),
                wire(patch));
    }

    @Test
    void aLaterCallForTheSameKeyWins() {
        ConfigurationsPatch patch = ConfigurationsPatch.builder()
                .put("llm_engine", "gpt-4o")
                .remove("llm_engine")
                .put("min_score", 1)
                .build();
        assertEquals("{\"llm_engine\":null,\"min_score\":1}", wire(patch));
        assertTrue(patch.get("llm_engine").isNull());
        assertTrue(patch.get("absent").isAbsent());
        assertEquals(json("1"), patch.get("min_score").get());
    }

    @Test
    void nullKeysAndValuesPointAtRemove() {
        NullPointerException value = assertThrows(
                NullPointerException.class, () -> ConfigurationsPatch.builder().put("llm_engine", null));
        assertEquals(
                "configurations.llm_engine must not be null; to delete the key, call remove(\"llm_engine\")",
                value.getMessage());
        NullPointerException key = assertThrows(
                NullPointerException.class, () -> ConfigurationsPatch.builder().put(null, 1));
        assertTrue(key.getMessage().contains("remove(key)"), key.getMessage());
        assertThrows(
                NullPointerException.class, () -> ConfigurationsPatch.builder().remove(null));
    }

    @Test
    void nonFiniteNumbersAreRefused() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> ConfigurationsPatch.builder()
                        .put("model_options", java.util.Collections.singletonMap("temperature", Double.NaN)));
        assertEquals("configurations.model_options.temperature must be a finite number, was NaN", e.getMessage());
    }

    @Test
    void valuesAreCopiedOnPut() {
        ObjectNode options = object("{'temperature':0}");
        ConfigurationsPatch patch =
                ConfigurationsPatch.builder().put("model_options", options).build();
        options.put("temperature", 1);
        assertEquals("{\"model_options\":{\"temperature\":0}}", wire(patch));
    }

    @Test
    void mergeFollowsTheSeedsWorkedExample() {
        ObjectNode original = object("{'evaluator_definition':'Original prompt','scoring_rubric':'Original rubric',"
                + "'llm_engine':'gpt-4o-mini','min_score':1.0,'max_score':5.0}");
        ConfigurationsPatch patch = ConfigurationsPatch.builder()
                .put("scoring_rubric", "Updated rubric")
                .put("passing_score", 3.0)
                .build();
        ObjectNode merged = ConfigurationsMerge.apply(original, patch);
        assertEquals(
                object("{'evaluator_definition':'Original prompt','scoring_rubric':'Updated rubric',"
                        + "'llm_engine':'gpt-4o-mini','min_score':1.0,'max_score':5.0,'passing_score':3.0}"),
                merged);
        assertEquals(
                object("{'evaluator_definition':'Original prompt','scoring_rubric':'Original rubric',"
                        + "'llm_engine':'gpt-4o-mini','min_score':1.0,'max_score':5.0}"),
                original);
    }

    @Test
    void mergeReplacesNestedObjectsWholeAndRemovesNulledKeys() {
        ObjectNode stored = object("{'evaluator_definition':'Rate','llm_engine':'gpt-4o',"
                + "'model_options':{'temperature':0.2,'max_tokens':300},'passing_score':3.0}");
        ConfigurationsPatch patch = ConfigurationsPatch.builder()
                .put("passing_score", 4.0)
                .put("model_options", object("{'temperature':0}"))
                .remove("llm_engine")
                .build();
        assertEquals(
                object("{'evaluator_definition':'Rate','model_options':{'temperature':0}," + "'passing_score':4.0}"),
                ConfigurationsMerge.apply(stored, patch));
    }

    @Test
    void removingAMissingKeyChangesNothingAndNullCurrentIsEmpty() {
        ConfigurationsPatch patch =
                ConfigurationsPatch.builder().remove("gone").put("a", 1).build();
        assertEquals(object("{'b':2,'a':1}"), ConfigurationsMerge.apply(object("{'b':2}"), patch));
        assertEquals(object("{'a':1}"), ConfigurationsMerge.apply(null, patch));
    }

    @Test
    void mergedResultIsIndependentOfThePatch() {
        ConfigurationsPatch patch = ConfigurationsPatch.builder()
                .put("model_options", object("{'t':0}"))
                .build();
        ObjectNode merged = ConfigurationsMerge.apply(object("{}"), patch);
        ((ObjectNode) merged.get("model_options")).put("t", 9);
        assertEquals("{\"model_options\":{\"t\":0}}", wire(patch));
    }

    @Test
    void patchEqualityAndToBuilder() {
        ConfigurationsPatch patch =
                ConfigurationsPatch.builder().put("a", 1).remove("b").build();
        assertEquals(
                patch, ConfigurationsPatch.builder().put("a", 1).remove("b").build());
        assertEquals(
                patch.hashCode(),
                ConfigurationsPatch.builder().put("a", 1).remove("b").build().hashCode());
        assertEquals(
                "{\"a\":1,\"b\":null,\"c\":\"x\"}",
                wire(patch.toBuilder().put("c", "x").build()));
        assertEquals("ConfigurationsPatch{a=1, b=null}", patch.toString());
    }
}
