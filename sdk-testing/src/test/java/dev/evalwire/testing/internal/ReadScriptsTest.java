package dev.evalwire.testing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadScriptsTest {

    private final ReadScripts<String> scripts = new ReadScripts<>();

    private static JsonStore.Change set(final String value) {
        return current -> current.put("v", value);
    }

    private String read(String key, String stored) {
        ObjectNode current = Json.object().put("v", stored);
        return scripts.advance(key, current).get("v").asText();
    }

    @Test
    void eachReadTakesOneStepThenNothingChanges() {
        scripts.replace("k", Arrays.asList(set("a"), set("b")));

        assertEquals("a", read("k", "x"));
        assertEquals("b", read("k", "x"));
        assertEquals("x", read("k", "x"));
    }

    @Test
    void scriptsArePerKeyAndReplaceOrCancelEachOther() {
        scripts.replace("k", Arrays.asList(set("a"), set("b")));
        scripts.replace("other", Collections.singletonList(set("o")));
        scripts.replace("k", Collections.singletonList(set("c")));

        assertEquals("c", read("k", "x"));
        assertEquals("x", read("k", "x"));
        scripts.cancel("other");
        assertEquals("x", read("other", "x"));
        scripts.replace("k", Collections.singletonList(set("d")));
        scripts.replace("k", Collections.<JsonStore.Change>emptyList());
        assertEquals("x", read("k", "x"));
    }

    @Test
    void theStepsAreCopied() {
        List<JsonStore.Change> steps = new ArrayList<>(Arrays.asList(set("a")));
        scripts.replace("k", steps);
        steps.set(0, set("changed"));

        assertEquals("a", read("k", "x"));
    }
}
