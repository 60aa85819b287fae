package dev.evalwire.scale;

import static dev.evalwire.scale.Samples.json;
import static dev.evalwire.scale.Samples.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.internal.json.JsonMapperFactory;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed chat-completion builder and the raw configuration write exactly the JSON asked for. */
class ChatCompletionConfigurationTest {

    private static ChatCompletionConfiguration.Builder minimal() {
        return ChatCompletionConfiguration.builder()
                .model("openai/gpt-4o-mini")
                .messages(Collections.singletonList(Collections.singletonMap("role", "user")));
    }

    private static String wire(TaskConfiguration configuration) throws Exception {
        return JsonMapperFactory.shared()
                .writeValueAsString(UpdateTestCriteriaConfigurationRequest.builder()
                        .configuration(configuration.toJson())
                        .build());
    }

    @Test
    void minimalConfigurationSendsOnlyModelAndMessages() throws Exception {
        assertEquals(
                json("{'configuration':{'model':'openai/gpt-4o-mini','messages':[{'role':'user'}]}}"),
                wire(minimal().build()));
    }

    @Test
    void itemLocatorsStopListAndExtrasAreSentAsGiven() throws Exception {
        ChatCompletionConfiguration config = ChatCompletionConfiguration.builder()
                .model("openai/gpt-4o")
                .messagesFromItem("item.messages")
                .temperatureFromItem("item.temperature")
                .maxTokens(256)
                .stop(Arrays.asList("###", "END"))
                .toolChoice("auto")
                .putExtra("user", "evalwire")
                .putExtra("extra_body", Collections.singletonMap("safe_mode", true))
                .build();
        assertEquals(
                json("{'configuration':{'model':'openai/gpt-4o','messages':'item.messages',"
                        + "'temperature':'item.temperature','max_tokens':256,'stop':['###','END'],'tool_choice':'auto',"
                        + "'user':'evalwire','extra_body':{'safe_mode':true}}}"),
                wire(config));
    }

    @Test
    void everyFieldWithNestedObjects() throws Exception {
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("type", "function");
        tool.put("function", Collections.singletonMap("name", "lookup"));
        ChatCompletionConfiguration config = minimal()
                .audio(Collections.singletonMap("voice", "alloy"))
                .frequencyPenalty(-0.5)
                .functionCall(tree("{'name':'f'}"))
                .functions(tree("[{'name':'f'}]"))
                .logitBias(Collections.singletonMap("50256", -100))
                .logprobs(true)
                .maxCompletionTokens(1024)
                .maxTokens(512)
                .metadata(Collections.singletonMap("run", "nightly"))
                .modalities("text", "audio")
                .n(2)
                .parallelToolCalls(false)
                .prediction(Collections.singletonMap("type", "content"))
                .presencePenalty(0.25)
                .reasoningEffort("low")
                .responseFormat(Collections.singletonMap("type", "json_object"))
                .seed(-7)
                .stop("STOP")
                .store(true)
                .temperature(0.0)
                .toolChoice(tool)
                .tools(Collections.singletonList(tool))
                .topK(40)
                .topLogprobs(5)
                .topP(1.0)
                .build();
        assertEquals(
                json("{'configuration':{'model':'openai/gpt-4o-mini','messages':[{'role':'user'}],"
                        + "'audio':{'voice':'alloy'},'frequency_penalty':-0.5,'function_call':{'name':'f'},"
                        + "'functions':[{'name':'f'}],'logit_bias':{'50256':-100},'logprobs':true,"
                        + "'max_completion_tokens':1024,'max_tokens':512,'metadata':{'run':'nightly'},"
                        + "'modalities':['text','audio'],'n':2,'parallel_tool_calls':false,'prediction':{'type':'content'},"
                        + "'presence_penalty':0.25,'reasoning_effort':'low','response_format':{'type':'json_object'},"
                        + "'seed':-7,'stop':'STOP','store':true,'temperature':0.0,"
                        + "'tool_choice':{'type':'function','function':{'name':'lookup'}},"
                        + "'tools':[{'type':'function','function':{'name':'lookup'}}],'top_k':40,'top_logprobs':5,"
                        + "'top_p':1.0}}"),
                wire(config));
    }

    @Test
    void everyLocatorSetterSendsTheLocatorString() throws Exception {
        ChatCompletionConfiguration config = ChatCompletionConfiguration.builder()
                .model("m")
                .messagesFromItem("item.a")
                .audioFromItem("item.b")
                .frequencyPenaltyFromItem("item.c")
                .functionCallFromItem("item.d")
                .functionsFromItem("item.e")
                .logitBiasFromItem("item.f")
                .logprobsFromItem("item.g")
                .maxCompletionTokensFromItem("item.h")
                .maxTokensFromItem("item.i")
                .metadataFromItem("item.j")
                .modalitiesFromItem("item.k")
                .nFromItem("item.l")
                .parallelToolCallsFromItem("item.m")
                .predictionFromItem("item.n")
                .presencePenaltyFromItem("item.o")
                .responseFormatFromItem("item.p")
                .seedFromItem("item.q")
                .storeFromItem("item.r")
                .temperatureFromItem("item.s")
                .toolsFromItem("item.t")
                .topKFromItem("item.u")
                .topLogprobsFromItem("item.v")
                .topPFromItem("item.w.nested")
                .build();
        assertEquals(
                json("{'configuration':{'model':'m','messages':'item.a','audio':'item.b',"
                        + "'frequency_penalty':'item.c','function_call':'item.d','functions':'item.e','logit_bias':'item.f',"
                        + "'logprobs':'item.g','max_completion_tokens':'item.h','max_tokens':'item.i','metadata':'item.j',"
                        + "'modalities':'item.k','n':'item.l','parallel_tool_calls':'item.m','prediction':'item.n',"
                        + "'presence_penalty':'item.o','response_format':'item.p','seed':'item.q','store':'item.r',"
                        + "'temperature':'item.s','tools':'item.t','top_k':'item.u','top_logprobs':'item.v',"
                        + "'top_p':'item.w.nested'}}"),
                wire(config));
    }

    @Test
    void laterSetterReplacesEarlierOneForTheSameField() throws Exception {
        ChatCompletionConfiguration config =
                minimal().temperature(0.3).temperatureFromItem("item.t").build();
        assertEquals("item.t", config.temperature().get().textValue());
    }

    @Test
    void locatorsMustStartWithItem() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> minimal().temperatureFromItem("temperature"));
        assertEquals(
                "configuration.temperature item locator must start with \"item.\" followed by a field path"
                        + " (for example \"item.input\"), was \"temperature\"",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> minimal().messagesFromItem("item."));
        assertThrows(NullPointerException.class, () -> minimal().seedFromItem(null));
    }

    @Test
    void numbersAreCheckedBeforeAnyCall() {
        assertEquals(
                "configuration.temperature must be a finite number, was NaN",
                assertThrows(IllegalArgumentException.class, () -> minimal().temperature(Double.NaN))
                        .getMessage());
        assertEquals(
                "configuration.temperature must be at least 0.0, was -0.1",
                assertThrows(IllegalArgumentException.class, () -> minimal().temperature(-0.1))
                        .getMessage());
        assertEquals(
                "configuration.top_p must be between 0.0 and 1.0, was 1.5",
                assertThrows(IllegalArgumentException.class, () -> minimal().topP(1.5))
                        .getMessage());
        assertEquals(
                "configuration.frequency_penalty must be a finite number, was Infinity",
                assertThrows(IllegalArgumentException.class, () -> minimal().frequencyPenalty(Double.POSITIVE_INFINITY))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> minimal().presencePenalty(Double.NaN));
        assertEquals(
                "configuration.n must be at least 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> minimal().n(0))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> minimal().maxTokens(0));
        assertThrows(IllegalArgumentException.class, () -> minimal().maxCompletionTokens(0));
        assertThrows(IllegalArgumentException.class, () -> minimal().topLogprobs(-1));
        assertEquals(
                "configuration.extra.x must be a finite number, was NaN",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> minimal().putExtra("extra", Collections.singletonMap("x", Double.NaN)))
                        .getMessage());
    }

    @Test
    void shapesAreChecked() {
        assertEquals(
                "configuration.messages must be a JSON array of objects, was OBJECT",
                assertThrows(IllegalArgumentException.class, () -> minimal().messages(tree("{'role':'user'}")))
                        .getMessage());
        assertEquals(
                "configuration.tools[0] must be a JSON object, was STRING",
                assertThrows(IllegalArgumentException.class, () -> minimal().tools(tree("['x']")))
                        .getMessage());
        assertEquals(
                "configuration.audio must be a JSON object, was ARRAY",
                assertThrows(IllegalArgumentException.class, () -> minimal().audio(tree("[]")))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> minimal().toolChoice(tree("[1]")));
    }

    @Test
    void javaNullsAreRejected() {
        assertThrows(NullPointerException.class, () -> minimal().model(null));
        assertThrows(NullPointerException.class, () -> minimal().stop((String) null));
        assertThrows(NullPointerException.class, () -> minimal().stop(Arrays.asList("a", null)));
        assertThrows(NullPointerException.class, () -> minimal().metadata(Collections.singletonMap("k", null)));
        assertThrows(NullPointerException.class, () -> minimal().putExtra("k", null));
    }

    @Test
    void extraKeysCannotShadowTypedFields() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> minimal().putExtra("temperature", 1));
        assertEquals(
                "configuration.temperature has a setter on ChatCompletionConfiguration.Builder;"
                        + " use it instead of putExtra",
                e.getMessage());
    }

    @Test
    void modelAndMessagesAreRequired() {
        assertEquals(
                "configuration.model is required: call model(...) before build()",
                assertThrows(
                                IllegalStateException.class,
                                () -> ChatCompletionConfiguration.builder()
                                        .messagesFromItem("item.m")
                                        .build())
                        .getMessage());
        assertEquals(
                "configuration.messages is required: call messages(...) before build()",
                assertThrows(
                                IllegalStateException.class,
                                () -> ChatCompletionConfiguration.builder()
                                        .model("m")
                                        .build())
                        .getMessage());
    }

    @Test
    void toBuilderEqualsHashCodeAndRemove() throws Exception {
        ChatCompletionConfiguration config =
                minimal().temperature(0.2).putExtra("user", "u").build();
        assertEquals(config, config.toBuilder().build());
        assertEquals(config.hashCode(), config.toBuilder().build().hashCode());
        ChatCompletionConfiguration trimmed =
                config.toBuilder().remove("temperature").remove("user").build();
        assertNotEquals(config, trimmed);
        assertEquals(minimal().build(), trimmed);
        assertTrue(trimmed.temperature().isAbsent());
        assertEquals("openai/gpt-4o-mini", trimmed.model());
        assertEquals("user", trimmed.messages().get(0).get("role").textValue());
        assertEquals(
                "ChatCompletionConfiguration{model=openai/gpt-4o-mini, messages=[{\"role\":\"user\"}],"
                        + " temperature=0.2, user=\"u\"}",
                config.toString());
        assertThrows(
                IllegalStateException.class,
                () -> config.toBuilder().remove("model").build());
    }

    @Test
    void valuesAreCopiedOnTheWayIn() throws Exception {
        ObjectNode format = (ObjectNode) tree("{'type':'json_object'}");
        ChatCompletionConfiguration config = minimal().responseFormat(format).build();
        format.put("type", "changed");
        ((ObjectNode) config.responseFormat().get()).put("type", "changed too");
        assertEquals("json_object", config.responseFormat().get().get("type").textValue());
    }

    @Test
    void rawConfigurationIsSentExactly() throws Exception {
        Map<String, Object> metric = new LinkedHashMap<>();
        metric.put("type", "rouge1");
        metric.put("candidate", "item.output");
        metric.put("reference", "item.expected");
        metric.put("note", null);
        assertEquals(
                json("{'configuration':{'type':'rouge1','candidate':'item.output','reference':'item.expected',"
                        + "'note':null}}"),
                wire(RawTaskConfiguration.of(metric)));
        assertEquals(
                json("{'configuration':{}}"), wire(RawTaskConfiguration.of(Collections.<String, Object>emptyMap())));
        assertEquals(
                RawTaskConfiguration.of(tree("{'a':[1,{'b':2}]}")),
                RawTaskConfiguration.of(
                        Collections.singletonMap("a", Arrays.asList(1, Collections.singletonMap("b", 2)))));
        assertEquals(
                tree("{'a':[1,{'b':2}]}"),
                RawTaskConfiguration.of(tree("{'a':[1,{'b':2}]}")).toJson());
    }

    @Test
    void rawConfigurationMustBeAFiniteJsonObject() {
        assertEquals(
                "configuration must be a JSON object, was ARRAY",
                assertThrows(IllegalArgumentException.class, () -> RawTaskConfiguration.of(tree("[1]")))
                        .getMessage());
        assertEquals(
                "configuration.x must be a finite number, was NaN",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> RawTaskConfiguration.of(Collections.singletonMap("x", Double.NaN)))
                        .getMessage());
        assertThrows(NullPointerException.class, () -> RawTaskConfiguration.of((Map<String, ?>) null));
    }
}
