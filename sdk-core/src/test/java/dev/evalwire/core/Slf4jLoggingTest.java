package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.internal.LogSink;
import dev.evalwire.core.slf4j.CapturingSlf4jProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With an SLF4J provider on the classpath, request/response lines go to SLF4J (and not to java.util.logging), with
 * every redaction rule applied. Runs in its own surefire execution ({@code slf4j-logging}), the only one whose
 * classpath has slf4j-api and the capturing provider; the default execution checks the java.util.logging path.
 */
class Slf4jLoggingTest {

    @Test
    void slf4jIsChosenWhenAProviderIsPresent() {
        assertEquals("slf4j", LogSink.detected().backend());
    }

    @Test
    void debugLinesGoToSlf4jRedactedAndNotToJul() throws Exception {
        String key = "sk-slf4j-secret-987654";
        List<String> julLines;
        CapturingSlf4jProvider.EVENTS.clear();
        try (ConfigAndLoggingTest.Capture julCapture = new ConfigAndLoggingTest.Capture()) {
            ConfigAndLoggingTest.callWithSecretsAtDebug(key);
            julLines = new ArrayList<>(julCapture.lines);
        }
        List<String> events = new ArrayList<>(CapturingSlf4jProvider.EVENTS);
        String all = String.join("\n", events);
        assertEquals(2, events.size(), all);
        assertTrue(events.get(0).startsWith("dev.evalwire.http|INFO|--> PATCH http://"), all);
        assertTrue(events.get(1).startsWith("dev.evalwire.http|INFO|<-- 200 PATCH"), all);
        ConfigAndLoggingTest.assertShowsTheCallButNoSecret(all, key);
        assertEquals(Collections.emptyList(), julLines);
    }
}
