package dev.evalwire.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.evalwire.core.testing.GeneratedConformance;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Holds the generated Scale types against {@code specs/scale.yaml}, property by property, with no table of our
 * own ({@link GeneratedConformance} walks the spec), and the hand-written task union against the spec's
 * {@code task_type} discriminator.
 */
class ScaleSpecConformanceTest {

    @Test
    void everyRequestAndResponsePropertyFollowsTheSpec() throws Exception {
        assertEquals(
                Arrays.asList(
                        "UpdateTestCriteriaConfigurationRequest",
                        "ChatCompletionConfiguration",
                        "Evaluation",
                        "Identity",
                        "Dataset",
                        "EvaluationTasksProgressSchema",
                        "EvaluationItemsProgress",
                        "FailedItem",
                        "EvaluationWorkflowsProgress"),
                GeneratedConformance.check("scale.yaml", "dev.evalwire.scale"));
    }

    @Test
    void everyTaskTypeInTheSpecDecodesToItsOwnClass() throws Exception {
        JsonNode mapping;
        try (InputStream in = getClass().getResourceAsStream("/specs/scale.yaml")) {
            mapping = new ObjectMapper(new YAMLFactory())
                    .readTree(in)
                    .at("/components/schemas/EvaluationTask/discriminator/mapping");
        }
        Map<String, Class<?>> expected = new LinkedHashMap<>();
        expected.put(ChatCompletionTask.TASK_TYPE, ChatCompletionTask.class);
        expected.put(InferenceTask.TASK_TYPE, InferenceTask.class);
        expected.put(ApplicationVariantTask.TASK_TYPE, ApplicationVariantTask.class);
        expected.put(AgentexOutputTask.TASK_TYPE, AgentexOutputTask.class);
        expected.put(MetricTask.TASK_TYPE, MetricTask.class);
        expected.put(AutoEvaluationQuestionTask.TASK_TYPE, AutoEvaluationQuestionTask.class);
        expected.put(AutoEvaluationGuidedDecodingTask.TASK_TYPE, AutoEvaluationGuidedDecodingTask.class);
        expected.put(AutoEvaluationAgentTask.TASK_TYPE, AutoEvaluationAgentTask.class);
        expected.put(ContributorEvaluationQuestionTask.TASK_TYPE, ContributorEvaluationQuestionTask.class);
        expected.put(CustomFunctionTask.TASK_TYPE, CustomFunctionTask.class);
        Set<String> specTypes = new TreeSet<>();
        mapping.fieldNames().forEachRemaining(specTypes::add);
        assertEquals(specTypes, new TreeSet<>(expected.keySet()));
        for (Map.Entry<String, Class<?>> entry : expected.entrySet()) {
            EvaluationTask task =
                    EvaluationTask.fromJson(Samples.tree("{'task_type':'" + entry.getKey() + "','configuration':{}}"));
            assertEquals(entry.getValue(), task.getClass());
            assertEquals(entry.getKey(), task.taskType());
        }
    }
}
