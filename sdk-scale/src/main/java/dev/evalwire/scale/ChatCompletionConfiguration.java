package dev.evalwire.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.evalwire.core.internal.Checks;
import dev.evalwire.core.internal.JsonValues;
import dev.evalwire.core.internal.PatchFields;
import dev.evalwire.scale.internal.ItemLocators;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import javax.annotation.Nullable;

/**
 * The configuration of a {@code chat_completion} task: the parameters of an OpenAI-style chat completion call
 * made for each dataset item. {@code model} and {@code messages} are required; everything else is optional and
 * is sent only when set.
 *
 * <p>Most parameters take either a literal value or an <em>item locator</em>, a string such as
 * {@code item.temperature} that tells the platform to read the value from each dataset item: every such field
 * has a value setter and an {@code xFromItem(String)} setter. Keys this SDK does not know are sent with
 * {@link Builder#putExtra(String, Object)}.
 *
 * <pre>{@code
 * ChatCompletionConfiguration config = ChatCompletionConfiguration.builder()
 *     .model("openai/gpt-4o-mini")
 *     .messagesFromItem("item.messages")
 *     .temperature(0.2)
 *     .stop(Arrays.asList("###", "END"))
 *     .build();
 * }</pre>
 *
 * <p>The call replaces the task's configuration entirely, so there are no {@code clearX()} methods: a parameter
 * that is not set is not sent and the task no longer has it. Use {@link Builder#remove(String)} to drop a
 * parameter from a copy made with {@link #toBuilder()}.
 */
public final class ChatCompletionConfiguration extends TaskConfiguration {

    private static final Set<String> TYPED = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
            "model",
            "messages",
            "audio",
            "frequency_penalty",
            "function_call",
            "functions",
            "logit_bias",
            "logprobs",
            "max_completion_tokens",
            "max_tokens",
            "metadata",
            "modalities",
            "n",
            "parallel_tool_calls",
            "prediction",
            "presence_penalty",
            "reasoning_effort",
            "response_format",
            "seed",
            "stop",
            "store",
            "temperature",
            "tool_choice",
            "tools",
            "top_k",
            "top_logprobs",
            "top_p")));

    /** What to do instead of passing a Java null to a setter: there is no null state, only "not sent". */
    private static final String LEAVE_UNSET =
            "leave it unset to send the configuration without it (the call" + " replaces the whole configuration)";

    private ChatCompletionConfiguration(Builder builder) {
        super(builder.fields);
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this configuration's fields */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the model, written as {@code vendor/model} */
    public String model() {
        return this.<JsonNode>field("model").get().textValue();
    }

    /** @return a copy of the messages: a JSON array of objects, or an item locator string */
    public JsonNode messages() {
        return this.<JsonNode>field("messages").get().deepCopy();
    }

    /**
     * Returns any field, typed or extra, as it will be sent.
     *
     * @param name the JSON name, for example {@code temperature}
     * @return a copy of the value, or null when the field is not set
     */
    @Nullable
    public JsonNode get(String name) {
        JsonNode value = this.<JsonNode>field(name).orElse(null);
        return value == null ? null : value.deepCopy();
    }

    private static String path(String name) {
        return "configuration." + name;
    }

    /**
     * Builds a {@link ChatCompletionConfiguration}. Setters reject Java nulls (the message says to leave the field
     * unset instead), NaN and infinite numbers, values out of range and malformed item locators at once, with
     * messages that name the field.
     */
    public static final class Builder {
        private final PatchFields fields;

        private Builder() {
            this.fields = new PatchFields();
        }

        private Builder(ChatCompletionConfiguration configuration) {
            this.fields = configuration.copyFields();
        }

        /**
         * Sets a field after refusing a Java null, with a message that says to leave the field unset instead, and
         * turning the value into JSON with {@code check}, which gets the field's path for its messages.
         */
        private <T> Builder put(String name, T value, BiFunction<String, ? super T, ? extends JsonNode> check) {
            fields.setChecked(name, value, path(name), LEAVE_UNSET, check);
            return this;
        }

        /** Sets a field to JSON built from a number or boolean, which cannot be null. */
        private Builder put(String name, JsonNode value) {
            return put(name, value, (path, json) -> json);
        }

        private Builder locator(String name, String itemLocator) {
            return put(name, itemLocator, (path, locator) -> TextNode.valueOf(ItemLocators.check(path, locator)));
        }

        /** Text that must not be blank, as JSON. */
        private static JsonNode text(String path, String value) {
            return TextNode.valueOf(Checks.notBlank(path, value));
        }

        /**
         * @param model the model to call, written as {@code vendor/model}, for example {@code openai/gpt-4o-mini}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when empty or only whitespace
         */
        public Builder model(String model) {
            return put("model", model, Builder::text);
        }

        /**
         * @param messages the conversation sent to the model, each a JSON object (maps of JSON-writable values)
         * @return this builder
         * @throws NullPointerException for a null list, saying to leave the field unset instead
         * @throws IllegalArgumentException for an item that is not an object, or NaN or infinite numbers
         */
        public Builder messages(List<? extends Map<String, ?>> messages) {
            return put("messages", messages, JsonValues::objectArray);
        }

        /**
         * @param messages the conversation sent to the model, as a JSON array of objects
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when not an array of objects, or for NaN or infinite numbers
         */
        public Builder messages(JsonNode messages) {
            return put("messages", messages, JsonValues::objectArray);
        }

        /**
         * Reads {@code messages} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.messages"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder messagesFromItem(String itemLocator) {
            return locator("messages", itemLocator);
        }

        /**
         * @param audio audio output settings, a JSON object
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException for NaN or infinite numbers, or more than 10,000 entries
         */
        public Builder audio(Map<String, ?> audio) {
            return put("audio", audio, JsonValues::object);
        }

        /**
         * @param audio audio output settings, as a JSON object
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when not an object, or for NaN or infinite numbers
         */
        public Builder audio(JsonNode audio) {
            return put("audio", audio, JsonValues::object);
        }

        /**
         * Reads {@code audio} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.audio"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder audioFromItem(String itemLocator) {
            return locator("audio", itemLocator);
        }

        /**
         * @param frequencyPenalty penalty for tokens in proportion to how often they appeared; any finite number
         * @return this builder
         * @throws IllegalArgumentException for NaN, infinity
         */
        public Builder frequencyPenalty(double frequencyPenalty) {
            return put(
                    "frequency_penalty",
                    DoubleNode.valueOf(Checks.finite(path("frequency_penalty"), frequencyPenalty)));
        }

        /**
         * Reads {@code frequency_penalty} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.frequency_penalty"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder frequencyPenaltyFromItem(String itemLocator) {
            return locator("frequency_penalty", itemLocator);
        }

        /**
         * @param functionCall legacy control over function calling, a JSON object
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException for NaN or infinite numbers, or more than 10,000 entries
         */
        public Builder functionCall(Map<String, ?> functionCall) {
            return put("function_call", functionCall, JsonValues::object);
        }

        /**
         * @param functionCall legacy control over function calling, as a JSON object
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when not an object, or for NaN or infinite numbers
         */
        public Builder functionCall(JsonNode functionCall) {
            return put("function_call", functionCall, JsonValues::object);
        }

        /**
         * Reads {@code function_call} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.function_call"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder functionCallFromItem(String itemLocator) {
            return locator("function_call", itemLocator);
        }

        /**
         * @param functions legacy list of callable functions, each a JSON object (maps of JSON-writable values)
         * @return this builder
         * @throws NullPointerException for a null list, saying to leave the field unset instead
         * @throws IllegalArgumentException for an item that is not an object, or NaN or infinite numbers
         */
        public Builder functions(List<? extends Map<String, ?>> functions) {
            return put("functions", functions, JsonValues::objectArray);
        }

        /**
         * @param functions legacy list of callable functions, as a JSON array of objects
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when not an array of objects, or for NaN or infinite numbers
         */
        public Builder functions(JsonNode functions) {
            return put("functions", functions, JsonValues::objectArray);
        }

        /**
         * Reads {@code functions} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.functions"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder functionsFromItem(String itemLocator) {
            return locator("functions", itemLocator);
        }

        /**
         * @param logitBias token id to bias, each between -100 and 100
         * @return this builder
         * @throws NullPointerException for a null map, saying to leave the field unset instead, or a null key or value
         * @throws IllegalArgumentException for a bias outside -100..100 or more than 10,000 entries
         */
        public Builder logitBias(Map<String, Integer> logitBias) {
            return put("logit_bias", logitBias, (path, biases) -> {
                Checks.entries(path, biases);
                for (Map.Entry<String, Integer> bias : biases.entrySet()) {
                    Checks.range(path + "." + bias.getKey(), bias.getValue(), -100, 100);
                }
                return JsonValues.value(path, biases);
            });
        }

        /**
         * Reads {@code logit_bias} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.logit_bias"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder logitBiasFromItem(String itemLocator) {
            return locator("logit_bias", itemLocator);
        }

        /**
         * @param logprobs whether to return token log probabilities
         * @return this builder
         */
        public Builder logprobs(boolean logprobs) {
            return put("logprobs", BooleanNode.valueOf(logprobs));
        }

        /**
         * Reads {@code logprobs} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.logprobs"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder logprobsFromItem(String itemLocator) {
            return locator("logprobs", itemLocator);
        }

        /**
         * @param maxCompletionTokens upper bound on generated tokens, reasoning tokens included; at least 1
         * @return this builder
         * @throws IllegalArgumentException below 1
         */
        public Builder maxCompletionTokens(long maxCompletionTokens) {
            return put(
                    "max_completion_tokens",
                    LongNode.valueOf(Checks.atLeast(path("max_completion_tokens"), maxCompletionTokens, 1)));
        }

        /**
         * Reads {@code max_completion_tokens} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.max_completion_tokens"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder maxCompletionTokensFromItem(String itemLocator) {
            return locator("max_completion_tokens", itemLocator);
        }

        /**
         * @param maxTokens legacy upper bound on generated tokens; at least 1
         * @return this builder
         * @throws IllegalArgumentException below 1
         */
        public Builder maxTokens(long maxTokens) {
            return put("max_tokens", LongNode.valueOf(Checks.atLeast(path("max_tokens"), maxTokens, 1)));
        }

        /**
         * Reads {@code max_tokens} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.max_tokens"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder maxTokensFromItem(String itemLocator) {
            return locator("max_tokens", itemLocator);
        }

        /**
         * @param metadata string labels attached to the completion
         * @return this builder
         * @throws NullPointerException for a null map, saying to leave the field unset instead, or a null key or value
         * @throws IllegalArgumentException for more than 10,000 entries
         */
        public Builder metadata(Map<String, String> metadata) {
            return put("metadata", metadata, JsonValues::stringObject);
        }

        /**
         * Reads {@code metadata} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.metadata"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder metadataFromItem(String itemLocator) {
            return locator("metadata", itemLocator);
        }

        /**
         * @param modalities output kinds requested from the model, for example {@code text} and {@code audio}
         * @return this builder
         * @throws NullPointerException for a null list, saying to leave the field unset instead, or a null item
         */
        public Builder modalities(List<String> modalities) {
            return put("modalities", modalities, JsonValues::stringArray);
        }

        /**
         * @param modalities output kinds requested from the model
         * @return this builder
         * @throws NullPointerException for a null array, saying to leave the field unset instead, or a null item
         */
        public Builder modalities(String... modalities) {
            return modalities(JsonValues.asList(modalities));
        }

        /**
         * Reads {@code modalities} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.modalities"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder modalitiesFromItem(String itemLocator) {
            return locator("modalities", itemLocator);
        }

        /**
         * @param n number of alternative completions; at least 1
         * @return this builder
         * @throws IllegalArgumentException below 1
         */
        public Builder n(long n) {
            return put("n", LongNode.valueOf(Checks.atLeast(path("n"), n, 1)));
        }

        /**
         * Reads {@code n} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.n"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder nFromItem(String itemLocator) {
            return locator("n", itemLocator);
        }

        /**
         * @param parallelToolCalls whether the model may call several tools at once
         * @return this builder
         */
        public Builder parallelToolCalls(boolean parallelToolCalls) {
            return put("parallel_tool_calls", BooleanNode.valueOf(parallelToolCalls));
        }

        /**
         * Reads {@code parallel_tool_calls} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.parallel_tool_calls"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder parallelToolCallsFromItem(String itemLocator) {
            return locator("parallel_tool_calls", itemLocator);
        }

        /**
         * @param prediction expected output, used to speed up generation, a JSON object
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException for NaN or infinite numbers, or more than 10,000 entries
         */
        public Builder prediction(Map<String, ?> prediction) {
            return put("prediction", prediction, JsonValues::object);
        }

        /**
         * @param prediction expected output, used to speed up generation, as a JSON object
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when not an object, or for NaN or infinite numbers
         */
        public Builder prediction(JsonNode prediction) {
            return put("prediction", prediction, JsonValues::object);
        }

        /**
         * Reads {@code prediction} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.prediction"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder predictionFromItem(String itemLocator) {
            return locator("prediction", itemLocator);
        }

        /**
         * @param presencePenalty penalty for tokens that already appeared at all; any finite number
         * @return this builder
         * @throws IllegalArgumentException for NaN, infinity
         */
        public Builder presencePenalty(double presencePenalty) {
            return put(
                    "presence_penalty", DoubleNode.valueOf(Checks.finite(path("presence_penalty"), presencePenalty)));
        }

        /**
         * Reads {@code presence_penalty} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.presence_penalty"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder presencePenaltyFromItem(String itemLocator) {
            return locator("presence_penalty", itemLocator);
        }

        /**
         * @param reasoningEffort how much reasoning the model should spend, for example {@code low} or {@code high}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when empty or only whitespace
         */
        public Builder reasoningEffort(String reasoningEffort) {
            return put("reasoning_effort", reasoningEffort, Builder::text);
        }

        /**
         * @param responseFormat the required output format, a JSON object
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException for NaN or infinite numbers, or more than 10,000 entries
         */
        public Builder responseFormat(Map<String, ?> responseFormat) {
            return put("response_format", responseFormat, JsonValues::object);
        }

        /**
         * @param responseFormat the required output format, as a JSON object
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when not an object, or for NaN or infinite numbers
         */
        public Builder responseFormat(JsonNode responseFormat) {
            return put("response_format", responseFormat, JsonValues::object);
        }

        /**
         * Reads {@code response_format} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.response_format"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder responseFormatFromItem(String itemLocator) {
            return locator("response_format", itemLocator);
        }

        /**
         * @param seed seed for best-effort reproducible sampling; any integer
         * @return this builder
         */
        public Builder seed(long seed) {
            return put("seed", LongNode.valueOf(seed));
        }

        /**
         * Reads {@code seed} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.seed"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder seedFromItem(String itemLocator) {
            return locator("seed", itemLocator);
        }

        /**
         * @param stop a single sequence that ends generation
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         */
        public Builder stop(String stop) {
            return put("stop", stop, (path, text) -> TextNode.valueOf(text));
        }

        /**
         * @param stop sequences that end generation, sent as a JSON array
         * @return this builder
         * @throws NullPointerException for a null list, saying to leave the field unset instead, or a null item
         */
        public Builder stop(List<String> stop) {
            return put("stop", stop, JsonValues::stringArray);
        }

        /**
         * @param store whether the provider should keep the completion
         * @return this builder
         */
        public Builder store(boolean store) {
            return put("store", BooleanNode.valueOf(store));
        }

        /**
         * Reads {@code store} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.store"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder storeFromItem(String itemLocator) {
            return locator("store", itemLocator);
        }

        /**
         * @param temperature sampling temperature; at least 0 (the upper bound depends on the provider and is
         *     left to the server)
         * @return this builder
         * @throws IllegalArgumentException for NaN, infinity
         */
        public Builder temperature(double temperature) {
            return put("temperature", DoubleNode.valueOf(Checks.atLeast(path("temperature"), temperature, 0)));
        }

        /**
         * Reads {@code temperature} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.temperature"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder temperatureFromItem(String itemLocator) {
            return locator("temperature", itemLocator);
        }

        /**
         * @param toolChoice which tool the model must call, as a keyword such as {@code auto}, {@code none} or
         *     {@code required}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when empty or only whitespace
         */
        public Builder toolChoice(String toolChoice) {
            return put("tool_choice", toolChoice, Builder::text);
        }

        /**
         * @param toolChoice which tool the model must call, as an object such as
         *     {@code {"type":"function","function":{"name":"lookup"}}}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException for NaN or infinite numbers
         */
        public Builder toolChoice(Map<String, ?> toolChoice) {
            return put("tool_choice", toolChoice, JsonValues::object);
        }

        /**
         * @param toolChoice which tool the model must call, as a JSON string or object
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when neither a string nor an object
         */
        public Builder toolChoice(JsonNode toolChoice) {
            return put(
                    "tool_choice",
                    toolChoice,
                    (path, choice) ->
                            choice.isTextual() ? text(path, choice.textValue()) : JsonValues.object(path, choice));
        }

        /**
         * @param tools tools the model may call, each a JSON object (maps of JSON-writable values)
         * @return this builder
         * @throws NullPointerException for a null list, saying to leave the field unset instead
         * @throws IllegalArgumentException for an item that is not an object, or NaN or infinite numbers
         */
        public Builder tools(List<? extends Map<String, ?>> tools) {
            return put("tools", tools, JsonValues::objectArray);
        }

        /**
         * @param tools tools the model may call, as a JSON array of objects
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when not an array of objects, or for NaN or infinite numbers
         */
        public Builder tools(JsonNode tools) {
            return put("tools", tools, JsonValues::objectArray);
        }

        /**
         * Reads {@code tools} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.tools"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder toolsFromItem(String itemLocator) {
            return locator("tools", itemLocator);
        }

        /**
         * @param topK restricts sampling to the k most likely tokens; any integer
         * @return this builder
         */
        public Builder topK(long topK) {
            return put("top_k", LongNode.valueOf(topK));
        }

        /**
         * Reads {@code top_k} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.top_k"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder topKFromItem(String itemLocator) {
            return locator("top_k", itemLocator);
        }

        /**
         * @param topLogprobs number of most likely tokens to report log probabilities for; at least 0
         * @return this builder
         * @throws IllegalArgumentException below 0
         */
        public Builder topLogprobs(long topLogprobs) {
            return put("top_logprobs", LongNode.valueOf(Checks.atLeast(path("top_logprobs"), topLogprobs, 0)));
        }

        /**
         * Reads {@code top_logprobs} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.top_logprobs"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder topLogprobsFromItem(String itemLocator) {
            return locator("top_logprobs", itemLocator);
        }

        /**
         * @param topP nucleus sampling probability mass; 0 to 1
         * @return this builder
         * @throws IllegalArgumentException for NaN, infinity, or a value outside that range
         */
        public Builder topP(double topP) {
            return put("top_p", DoubleNode.valueOf(Checks.range(path("top_p"), topP, 0, 1)));
        }

        /**
         * Reads {@code top_p} from each dataset item instead of giving it literally.
         *
         * @param itemLocator where the value is in the item, for example {@code "item.top_p"}
         * @return this builder
         * @throws NullPointerException for null, saying to leave the field unset instead
         * @throws IllegalArgumentException when the locator does not start with {@code item.}
         */
        public Builder topPFromItem(String itemLocator) {
            return locator("top_p", itemLocator);
        }

        /**
         * Sends a key this SDK has no setter for; the platform passes extra keys on to the model call.
         *
         * @param key the JSON name; must not be one of the typed fields
         * @param value any JSON-writable value: a string, number, boolean, map, list or JSON tree
         * @return this builder
         * @throws NullPointerException for a null key, or a null value, saying to leave the field unset instead
         * @throws IllegalArgumentException for a key with a typed setter, or NaN or infinite numbers
         */
        public Builder putExtra(String key, Object value) {
            Checks.notBlank("configuration extra key", key, Checks.REQUIRED);
            if (TYPED.contains(key)) {
                throw new IllegalArgumentException("configuration." + key
                        + " has a typed setter on ChatCompletionConfiguration.Builder; use it instead of putExtra");
            }
            return put(key, value, JsonValues::value);
        }

        /**
         * Removes a field, typed or extra, so that it is not sent (and the task no longer has it).
         *
         * @param name the JSON name
         * @return this builder
         * @throws NullPointerException for a null name
         */
        public Builder remove(String name) {
            fields.unset(Checks.notNull("configuration field name", name, Checks.REQUIRED));
            return this;
        }

        /**
         * @return the configuration
         * @throws IllegalStateException when {@code model} or {@code messages} is not set
         */
        public ChatCompletionConfiguration build() {
            Checks.required(path("model"), fields.get("model").orElse(null), "model");
            Checks.required(path("messages"), fields.get("messages").orElse(null), "messages");
            return new ChatCompletionConfiguration(this);
        }
    }
}
