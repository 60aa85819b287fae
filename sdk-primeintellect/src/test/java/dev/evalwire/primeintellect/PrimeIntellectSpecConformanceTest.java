package dev.evalwire.primeintellect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.evalwire.core.testing.GeneratedConformance;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Holds the generated Prime Intellect types against {@code specs/primeintellect.yaml}, property by property, with
 * no table of our own: {@link GeneratedConformance} walks the spec's request and response schemas.
 */
class PrimeIntellectSpecConformanceTest {

    @Test
    void everyRequestAndResponsePropertyFollowsTheSpec() throws Exception {
        assertEquals(
                Arrays.asList(
                        "UpdateEvaluationRequest",
                        "HostedEvalConfig",
                        "GetEvaluationResponse",
                        "UpdateEvaluationResponse"),
                GeneratedConformance.check("primeintellect.yaml", "dev.evalwire.primeintellect"));
    }
}
