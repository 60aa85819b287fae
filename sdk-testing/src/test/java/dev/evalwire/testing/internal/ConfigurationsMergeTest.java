package dev.evalwire.testing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ConfigurationsMergeTest {

    private static ObjectNode obj(String json) {
        return Json.parseObject(json.replace('\'', '"'), "json");
    }

    @Test
    void keysAreMergedNullsRemoveAndNestedObjectsAreReplacedWhole() {
        ObjectNode current = obj("{'a':1,'b':2,'opts':{'temperature':0.5,'max_tokens':10}}");
        ObjectNode patch = obj("{'b':null,'c':3,'opts':{'temperature':0}}");

        ObjectNode merged = ConfigurationsMerge.merge(current, patch);

        assertEquals(obj("{'a':1,'c':3,'opts':{'temperature':0}}"), merged);
        assertEquals(obj("{'a':1,'b':2,'opts':{'temperature':0.5,'max_tokens':10}}"), current);
        assertEquals(obj("{'b':null,'c':3,'opts':{'temperature':0}}"), patch);
    }

    @Test
    void aMissingCurrentMapStartsEmpty() {
        assertEquals(obj("{'x':1}"), ConfigurationsMerge.merge(null, obj("{'x':1,'y':null}")));
    }
}
