package dev.evalwire.scale;

import static dev.evalwire.core.testing.SpecConformance.clearersCoverEveryNullableProperty;
import static dev.evalwire.core.testing.SpecConformance.rangesAreEnforced;
import static dev.evalwire.core.testing.SpecConformance.readOnlyPropertiesAreNeverSent;
import static dev.evalwire.core.testing.SpecConformance.requiredPropertiesAreEnforced;
import static dev.evalwire.core.testing.SpecConformance.settersCoverEveryWritableProperty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.evalwire.core.PatchBody;
import dev.evalwire.core.internal.PatchFields;
import dev.evalwire.core.testing.GeneratedConformance;
import dev.evalwire.core.testing.SpecModel;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the Scale request body, the chat-completion builder and the Evaluation response against
 * {@code specs/scale.yaml}, property by property.
 */
class ScaleSpecConformanceTest {

    private static final String PATH = "/v5/evaluations/{evaluation_id}/tasks/{alias}";

    private static SpecModel spec;

    @BeforeAll
    static void load() throws Exception {
        spec = SpecModel.load("scale.yaml");
    }

    private static ChatCompletionConfiguration.Builder chat() {
        return ChatCompletionConfiguration.builder().model("openai/gpt-4o").messagesFromItem("item.messages");
    }

    private static final Map<String, UnaryOperator<ChatCompletionConfiguration.Builder>> CHAT = new LinkedHashMap<>();

    static {
        Map<String, Object> object = Collections.singletonMap("k", "v");
        CHAT.put("model", b -> b.model("anthropic/claude"));
        CHAT.put("messages", b -> b.messages(Collections.singletonList(object)));
        CHAT.put("audio", b -> b.audio(object));
        CHAT.put("frequency_penalty", b -> b.frequencyPenalty(0.1));
        CHAT.put("function_call", b -> b.functionCall(object));
        CHAT.put("functions", b -> b.functions(Collections.singletonList(object)));
        CHAT.put("logit_bias", b -> b.logitBias(Collections.singletonMap("1", 5)));
        CHAT.put("logprobs", b -> b.logprobs(true));
        CHAT.put("max_completion_tokens", b -> b.maxCompletionTokens(10));
        CHAT.put("max_tokens", b -> b.maxTokens(10));
        CHAT.put("metadata", b -> b.metadata(Collections.singletonMap("k", "v")));
        CHAT.put("modalities", b -> b.modalities("text"));
        CHAT.put("n", b -> b.n(1));
        CHAT.put("parallel_tool_calls", b -> b.parallelToolCalls(true));
        CHAT.put("prediction", b -> b.prediction(object));
        CHAT.put("presence_penalty", b -> b.presencePenalty(0.1));
        CHAT.put("reasoning_effort", b -> b.reasoningEffort("high"));
        CHAT.put("response_format", b -> b.responseFormat(object));
        CHAT.put("seed", b -> b.seed(1));
        CHAT.put("stop", b -> b.stop("x"));
        CHAT.put("store", b -> b.store(false));
        CHAT.put("temperature", b -> b.temperature(1));
        CHAT.put("tool_choice", b -> b.toolChoice("none"));
        CHAT.put("tools", b -> b.tools(Collections.singletonList(object)));
        CHAT.put("top_k", b -> b.topK(1));
        CHAT.put("top_logprobs", b -> b.topLogprobs(1));
        CHAT.put("top_p", b -> b.topP(0.9));
    }

    @Test
    void everyRequestAndResponsePropertyFollowsTheSpec() throws Exception {
        assertEquals(
                Arrays.asList(
                        "UpdateTestCriteriaConfigurationRequest",
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
    void everyChatCompletionPropertyHasASetterThatReachesTheWire() {
        Map<String, Supplier<? extends PatchBody>> bodies = new LinkedHashMap<>();
        CHAT.forEach((name, op) ->
                bodies.put(name, () -> new OnlyField(op.apply(chat()).build(), name)));
        settersCoverEveryWritableProperty(spec.component("ChatCompletionConfiguration"), bodies);
    }

    @Test
    void chatCompletionSendsNoReadOnlyPropertyAndNeverNull() {
        ChatCompletionConfiguration.Builder all = chat();
        CHAT.values().forEach(op -> op.apply(all));
        ChatCompletionConfiguration config = all.build();
        readOnlyPropertiesAreNeverSent(spec.component("ChatCompletionConfiguration"), config);
        config.toJson().forEach(value -> assertFalse(value.isNull()));
        clearersCoverEveryNullableProperty(
                spec.component("ChatCompletionConfiguration"),
                Collections.<String, Supplier<? extends PatchBody>>emptyMap());
    }

    @Test
    void chatCompletionRequiredPropertiesAreEnforced() {
        Map<String, Runnable> without = new LinkedHashMap<>();
        without.put(
                "model",
                () -> ChatCompletionConfiguration.builder()
                        .messagesFromItem("item.m")
                        .build());
        without.put(
                "messages",
                () -> ChatCompletionConfiguration.builder().model("m").build());
        requiredPropertiesAreEnforced(spec.component("ChatCompletionConfiguration"), without);
    }

    @Test
    void chatCompletionSpecDeclaresNoBoundsBeyondTheBuilders() {
        rangesAreEnforced(
                spec.component("ChatCompletionConfiguration"), Collections.<String, LongFunction<?>>emptyMap());
    }

    @Test
    void chatCompletionAcceptsExtraKeysBecauseTheSpecAllowsThem() {
        assertEquals(
                "v",
                chat().putExtra("vendor_option", "v")
                        .build()
                        .toJson()
                        .get("vendor_option")
                        .textValue());
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

    /** Views a configuration through one field only, so each table entry is checked on its own. */
    private static final class OnlyField extends PatchBody {
        OnlyField(ChatCompletionConfiguration config, String name) {
            super(only(config, name));
        }

        private static PatchFields only(ChatCompletionConfiguration config, String name) {
            PatchFields fields = new PatchFields(config.fields(), java.util.Collections.<String>emptySet());
            for (String other : config.fields().keySet()) {
                if (!other.equals(name)) {
                    fields.unset(other);
                }
            }
            return fields;
        }
    }
}
