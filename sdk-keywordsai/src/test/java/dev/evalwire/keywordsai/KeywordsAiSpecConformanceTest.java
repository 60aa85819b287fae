package dev.evalwire.keywordsai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.evalwire.core.testing.GeneratedConformance;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Holds the generated Keywords AI types against {@code specs/keywordsai.yaml}, property by property, with no table
 * of our own: {@link GeneratedConformance} walks the spec's request and response schemas.
 */
class KeywordsAiSpecConformanceTest {

    @Test
    void everyRequestAndResponsePropertyFollowsTheSpec() throws Exception {
        assertEquals(
                Arrays.asList(
                        "UpdateEvaluatorRequest",
                        "ScoreConfig",
                        "ScoreChoice",
                        "PassingConditions",
                        "PassingCondition",
                        "LlmConfig",
                        "CodeConfig",
                        "Evaluator",
                        "ScoreConfigInfo",
                        "ScoreChoiceInfo",
                        "PassingConditionsInfo",
                        "PassingConditionInfo",
                        "LlmConfigInfo",
                        "CodeConfigInfo",
                        "UserRef"),
                GeneratedConformance.check("keywordsai.yaml", "dev.evalwire.keywordsai"));
    }
}
