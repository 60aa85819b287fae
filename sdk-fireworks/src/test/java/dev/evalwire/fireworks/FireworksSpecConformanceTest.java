package dev.evalwire.fireworks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.evalwire.core.testing.GeneratedConformance;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Holds the generated Fireworks types against {@code specs/fireworks.yaml}, property by property, with no table of
 * our own: {@link GeneratedConformance} walks the spec's request and response schemas (the response copies named
 * by {@code x-evalwire-response-class} included) and the query parameters carried by the params type.
 */
class FireworksSpecConformanceTest {

    @Test
    void everyRequestAndResponsePropertyFollowsTheSpec() throws Exception {
        assertEquals(
                Arrays.asList(
                        "UpdateEvaluatorRequest",
                        "Criterion",
                        "CodeSnippets",
                        "EvaluatorSource",
                        "Evaluator",
                        "Criterion",
                        "CodeSnippets",
                        "Status",
                        "EvaluatorSource"),
                GeneratedConformance.check("fireworks.yaml", "dev.evalwire.fireworks"));
    }
}
