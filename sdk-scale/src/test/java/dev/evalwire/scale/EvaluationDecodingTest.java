package dev.evalwire.scale;

import static dev.evalwire.scale.Samples.json;
import static dev.evalwire.scale.Samples.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.InvalidResponseException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Evaluation responses decode every field, keep what they do not know, and never fail on a task type. */
class EvaluationDecodingTest {

    private static Evaluation full() {
        return Evaluation.fromJson(tree(Samples.EVALUATION));
    }

    @Test
    void everyTopLevelFieldIsTyped() {
        Evaluation evaluation = full();
        assertEquals("eval_1", evaluation.id());
        assertEquals("Nightly", evaluation.name());
        assertEquals(OffsetDateTime.of(2025, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC), evaluation.createdAt());
        assertEquals("user_1", evaluation.createdBy().id());
        assertEquals(IdentityType.USER, evaluation.createdBy().type());
        assertEquals("identity", evaluation.createdBy().object());
        assertEquals(Arrays.asList("a", "b"), evaluation.tags());
        assertEquals(EvaluationStatus.RUNNING, evaluation.status());
        assertEquals(EvaluationStatus.Known.RUNNING, evaluation.status().known());
        assertEquals("evaluation", evaluation.object());
        assertEquals("desc", evaluation.description());
        assertEquals(OffsetDateTime.of(2025, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC), evaluation.archivedAt());
        assertEquals("in progress", evaluation.statusReason());
        assertEquals(12, evaluation.tasks().size());
        assertEquals("team-x", evaluation.metadata().get("owner").textValue());
        assertEquals(1, evaluation.metadata().get("n").intValue());
        assertEquals(Long.valueOf(3), evaluation.errorCount());
    }

    @Test
    void datasetsAndProgressAreTyped() {
        Evaluation evaluation = full();
        Dataset dataset = evaluation.datasets().get(0);
        assertEquals("ds_1", dataset.id());
        assertEquals("golden", dataset.name());
        assertEquals(OffsetDateTime.of(2024, 12, 31, 23, 0, 0, 0, ZoneOffset.ofHours(1)), dataset.createdAt());
        assertEquals(IdentityType.SERVICE_ACCOUNT, dataset.createdBy().type());
        assertEquals(
                IdentityType.Known.SERVICE_ACCOUNT, dataset.createdBy().type().known());
        assertEquals(Long.valueOf(4), dataset.currentVersionNum());
        assertEquals(Collections.singletonList("t"), dataset.tags());
        assertEquals("dataset", dataset.object());
        assertEquals("dd", dataset.description());
        assertEquals(OffsetDateTime.of(2025, 2, 1, 0, 0, 0, 0, ZoneOffset.UTC), dataset.archivedAt());

        WorkflowsProgress workflows = evaluation.progress().workflows();
        assertEquals(
                Arrays.asList(4L, 1L, 1L, 2L),
                Arrays.asList(workflows.total(), workflows.completed(), workflows.failed(), workflows.pending()));
        ItemsProgress items = evaluation.progress().items();
        assertEquals(
                Arrays.asList(10L, 7L, 1L, 2L),
                Arrays.asList(items.total(), items.successful(), items.failed(), items.pending()));
        FailedItem failed = items.failedItems().get(0);
        assertEquals("it_9", failed.itemId());
        assertEquals("boom", failed.error());
        assertEquals("timeout", failed.errorType());
    }

    @Test
    void unknownFieldsAreKept() {
        Evaluation evaluation = full();
        assertEquals(
                Collections.singleton("new_server_field"),
                evaluation.additionalProperties().keySet());
        assertTrue(evaluation
                .additionalProperties()
                .get("new_server_field")
                .get("x")
                .booleanValue());
        UnknownEvaluationTask future =
                (UnknownEvaluationTask) evaluation.tasks().get(10);
        assertEquals(1, future.additionalProperties().get("priority").intValue());
    }

    @Test
    void unknownEnumValuesKeepTheirRawString() {
        Evaluation evaluation = Evaluation.fromJson(tree("{'id':'e','name':'n','created_at':'2025-01-01T00:00:00Z',"
                + "'created_by':{'id':'u','type':'robot'},'tags':[],'datasets':[],'status':'paused',"
                + "'tasks':[{'task_type':'metric','configuration':{'type':'bertscore','candidate':'c',"
                + "'reference':'r'}}]}"));
        assertEquals("paused", evaluation.status().value());
        assertEquals(EvaluationStatus.Known._UNKNOWN, evaluation.status().known());
        assertEquals("robot", evaluation.createdBy().type().value());
        assertEquals(IdentityType.Known._UNKNOWN, evaluation.createdBy().type().known());
        MetricTask metric = (MetricTask) evaluation.tasks().get(0);
        assertEquals("bertscore", metric.metricType().value());
        assertEquals(MetricType.Known._UNKNOWN, metric.metricType().known());
    }

    @Test
    void missingOptionalFieldsReadAsNullOrEmpty() {
        Evaluation evaluation = Evaluation.fromJson(tree("{'id':'e','name':'n','created_at':'2025-01-01T00:00:00Z',"
                + "'created_by':{'id':'u','type':'user'},'tags':[],'datasets':null,'status':'completed'}"));
        assertTrue(evaluation.datasets().isEmpty());
        assertNull(evaluation.object());
        assertNull(evaluation.description());
        assertNull(evaluation.archivedAt());
        assertNull(evaluation.statusReason());
        assertNull(evaluation.progress());
        assertTrue(evaluation.tasks().isEmpty());
        assertNull(evaluation.metadata());
        assertNull(evaluation.errorCount());
        assertNull(evaluation.createdBy().object());
    }

    /**
     * Scale's own older documented examples carry {@code created_by_user_id} where today's schema requires
     * {@code created_by}: such a body still decodes, only the accessor of the missing field fails.
     */
    @Test
    void olderDatasetWithCreatedByUserIdDecodesAndOnlyItsAccessorFails() {
        String body = "{'id':'e','name':'n','created_at':'2025-01-01T00:00:00Z',"
                + "'created_by':{'id':'u','type':'user'},'tags':[],'status':'completed',"
                + "'datasets':[{'id':'d','name':'old','created_by_user_id':'u_1'}]}";
        Evaluation evaluation = Evaluation.fromJson(tree(body));
        Dataset dataset = evaluation.datasets().get(0);
        assertEquals("old", dataset.name());
        InvalidResponseException missing = assertThrows(InvalidResponseException.class, dataset::createdBy);
        assertTrue(missing.getMessage().contains("created_by"), missing.getMessage());
        assertThrows(InvalidResponseException.class, dataset::validate);
        assertThrows(InvalidResponseException.class, dataset::currentVersionNum);
        assertEquals(
                "u_1", dataset.additionalProperties().get("created_by_user_id").textValue());
        assertEquals(tree(body), evaluation.json());
        assertEquals("n", evaluation.name());
    }

    @Test
    void missingRequiredFieldDecodesAndFailsOnlyItsAccessorNamingIt() {
        Evaluation evaluation =
                Evaluation.fromJson(tree("{'id':'e','created_at':'2025-01-01T00:00:00Z','created_by':{'id':'u',"
                        + "'type':'user'},'tags':[],'datasets':[],'status':'running'}"));
        assertEquals("e", evaluation.id());
        InvalidResponseException e = assertThrows(InvalidResponseException.class, evaluation::name);
        assertTrue(e.getMessage().contains("'name'"), e.getMessage());
        assertThrows(InvalidResponseException.class, evaluation::validate);
        assertFalse(evaluation.json().has("name"));
    }

    @Test
    void everyKnownTaskTypeDecodesToItsClass() {
        List<Class<?>> classes = new ArrayList<>();
        for (EvaluationTask task : full().tasks()) {
            classes.add(task.getClass());
        }
        assertEquals(
                Arrays.<Class<?>>asList(
                        ChatCompletionTask.class,
                        InferenceTask.class,
                        ApplicationVariantTask.class,
                        AgentexOutputTask.class,
                        MetricTask.class,
                        AutoEvaluationQuestionTask.class,
                        AutoEvaluationGuidedDecodingTask.class,
                        AutoEvaluationAgentTask.class,
                        ContributorEvaluationQuestionTask.class,
                        CustomFunctionTask.class,
                        UnknownEvaluationTask.class,
                        UnknownEvaluationTask.class),
                classes);
        for (EvaluationTask task : full().tasks()) {
            assertTrue(task.configurationProblems().isEmpty(), task.alias() + ": " + task.configurationProblems());
        }
    }

    @Test
    void knownTasksExposeTheirRequiredConfiguration() {
        List<EvaluationTask> tasks = full().tasks();
        ChatCompletionTask chat = (ChatCompletionTask) tasks.get(0);
        assertEquals("chat_completion", chat.taskType());
        assertEquals("chat", chat.alias());
        assertEquals("openai/gpt-4o", chat.model());
        assertEquals("hi", chat.messages().get(0).get("content").textValue());
        assertEquals(0.5, chat.configuration().get("temperature").doubleValue());
        assertEquals("m-inf", ((InferenceTask) tasks.get(1)).model());
        ApplicationVariantTask app = (ApplicationVariantTask) tasks.get(2);
        assertEquals("av_1", app.applicationVariantId());
        assertEquals("item.inputs", app.inputs().textValue());
        AgentexOutputTask agentex = (AgentexOutputTask) tasks.get(3);
        assertEquals("ag_1", agentex.agentexAgentId());
        assertEquals("item.q", agentex.inputColumn().get("q").textValue());
        MetricTask metric = (MetricTask) tasks.get(4);
        assertEquals(MetricType.ROUGEL, metric.metricType());
        assertEquals(MetricType.Known.ROUGEL, metric.metricType().known());
        assertEquals("item.out", metric.candidate());
        assertEquals("item.ref", metric.reference());
        AutoEvaluationQuestionTask question = (AutoEvaluationQuestionTask) tasks.get(5);
        assertEquals(
                Arrays.asList("judge", "p", "qu_1"),
                Arrays.asList(question.model(), question.prompt(), question.questionId()));
        AutoEvaluationGuidedDecodingTask guided = (AutoEvaluationGuidedDecodingTask) tasks.get(6);
        assertEquals("judge", guided.model());
        assertEquals("ok?", guided.prompt());
        assertEquals(Arrays.asList("yes", "no"), guided.choices());
        assertNull(guided.responseFormat());
        AutoEvaluationAgentTask agent = (AutoEvaluationAgentTask) tasks.get(7);
        assertEquals(Arrays.asList("d", "n"), Arrays.asList(agent.definition(), agent.name()));
        assertEquals(Arrays.asList("r1", "r2"), agent.outputRules());
        ContributorEvaluationQuestionTask human = (ContributorEvaluationQuestionTask) tasks.get(8);
        assertEquals("row", human.layout().get("direction").textValue());
        assertEquals("qu_2", human.questionId());
        assertEquals("def f(x): return 1", ((CustomFunctionTask) tasks.get(9)).functionSource());
    }

    @Test
    void unknownAndMissingTaskTypesKeepTheirJson() {
        List<EvaluationTask> tasks = full().tasks();
        EvaluationTask future = tasks.get(10);
        assertEquals("quantum_judge", future.taskType());
        assertEquals("future", future.alias());
        assertEquals(
                tree("{'task_type':'quantum_judge','alias':'future','configuration':{'qubits':3},'priority':1}"),
                future.json());
        assertEquals(tree("{'qubits':3}"), future.configuration());
        EvaluationTask untyped = tasks.get(11);
        assertNull(untyped.taskType());
        assertEquals(tree("{'alias':'untyped','configuration':{'x':1}}"), untyped.json());
        EvaluationTask numericType = EvaluationTask.fromJson(tree("{'task_type':7}"));
        assertTrue(numericType instanceof UnknownEvaluationTask);
        assertNull(numericType.taskType());
        assertNull(numericType.configuration());
    }

    @Test
    void visitorDispatchesEachKind() {
        List<String> visited = new ArrayList<>();
        for (EvaluationTask task : full().tasks()) {
            visited.add(task.accept(new NamingVisitor()));
        }
        assertEquals(
                Arrays.asList(
                        "chat_completion",
                        "inference",
                        "application_variant",
                        "agentex_output",
                        "metric",
                        "auto_evaluation.question",
                        "auto_evaluation.guided_decoding",
                        "auto_evaluation.agent",
                        "contributor_evaluation.question",
                        "custom_function",
                        "unknown",
                        "unknown"),
                visited);
    }

    @Test
    void malformedKnownConfigurationKeepsTheTaskAndItsJson() {
        Evaluation evaluation = Evaluation.fromJson(tree("{'id':'e','name':'n','created_at':'2025-01-01T00:00:00Z',"
                + "'created_by':{'id':'u','type':'user'},'tags':[],'datasets':[],'status':'running',"
                + "'tasks':[{'task_type':'metric','alias':'m','configuration':{'type':'f1','candidate':5}},"
                + "{'task_type':'custom_function','alias':'fn'},"
                + "{'task_type':'inference','configuration':{'model':'ok'}}]}"));
        MetricTask metric = (MetricTask) evaluation.tasks().get(0);
        assertEquals(MetricType.F1, metric.metricType());
        assertNull(metric.candidate());
        assertNull(metric.reference());
        assertEquals(
                Arrays.asList(
                        "field 'candidate' must be a string but was NUMBER 5",
                        "required field 'reference' is missing or null"),
                metric.configurationProblems());
        assertEquals(tree("{'type':'f1','candidate':5}"), metric.configuration());
        CustomFunctionTask function = (CustomFunctionTask) evaluation.tasks().get(1);
        assertNull(function.functionSource());
        assertEquals(
                Collections.singletonList("'configuration' is missing or not a JSON object"),
                function.configurationProblems());
        assertEquals("ok", ((InferenceTask) evaluation.tasks().get(2)).model());
    }

    @Test
    void accessorsHandOutCopies() {
        ChatCompletionTask chat = (ChatCompletionTask) full().tasks().get(0);
        ((ObjectNode) chat.messages().get(0)).put("content", "changed");
        ((ObjectNode) chat.configuration()).put("model", "changed");
        assertEquals("hi", chat.messages().get(0).get("content").textValue());
        assertEquals("openai/gpt-4o", chat.configuration().get("model").textValue());
    }

    @Test
    void tasksAreEqualByJson() {
        EvaluationTask a = EvaluationTask.fromJson(tree("{'task_type':'inference','configuration':{'model':'m'}}"));
        EvaluationTask b = EvaluationTask.fromJson(tree("{'task_type':'inference','configuration':{'model':'m'}}"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertFalse(a.equals(EvaluationTask.fromJson(tree("{'task_type':'inference','configuration':{'model':'x'}}"))));
        assertEquals(json("InferenceTask{'task_type':'inference','configuration':{'model':'m'}}"), a.toString());
    }

    @Test
    void rawConfigurationRoundTripsATaskReadFromAResponse() {
        ChatCompletionTask chat = (ChatCompletionTask) full().tasks().get(0);
        RawTaskConfiguration copy = RawTaskConfiguration.of(chat.configuration());
        assertEquals(chat.configuration(), copy.toJson());
    }

    /** Names each visited kind by its task type. */
    private static final class NamingVisitor implements EvaluationTask.Visitor<String> {
        @Override
        public String visitChatCompletion(ChatCompletionTask task) {
            return ChatCompletionTask.TASK_TYPE;
        }

        @Override
        public String visitInference(InferenceTask task) {
            return InferenceTask.TASK_TYPE;
        }

        @Override
        public String visitApplicationVariant(ApplicationVariantTask task) {
            return ApplicationVariantTask.TASK_TYPE;
        }

        @Override
        public String visitAgentexOutput(AgentexOutputTask task) {
            return AgentexOutputTask.TASK_TYPE;
        }

        @Override
        public String visitMetric(MetricTask task) {
            return MetricTask.TASK_TYPE;
        }

        @Override
        public String visitAutoEvaluationQuestion(AutoEvaluationQuestionTask task) {
            return AutoEvaluationQuestionTask.TASK_TYPE;
        }

        @Override
        public String visitAutoEvaluationGuidedDecoding(AutoEvaluationGuidedDecodingTask task) {
            return AutoEvaluationGuidedDecodingTask.TASK_TYPE;
        }

        @Override
        public String visitAutoEvaluationAgent(AutoEvaluationAgentTask task) {
            return AutoEvaluationAgentTask.TASK_TYPE;
        }

        @Override
        public String visitContributorEvaluationQuestion(ContributorEvaluationQuestionTask task) {
            return ContributorEvaluationQuestionTask.TASK_TYPE;
        }

        @Override
        public String visitCustomFunction(CustomFunctionTask task) {
            return CustomFunctionTask.TASK_TYPE;
        }

        @Override
        public String visitUnknown(UnknownEvaluationTask task) {
            return "unknown";
        }
    }
}
