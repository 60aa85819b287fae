package dev.evalwire.testing.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the sandboxes, with small helpers around it. */
public final class Json {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {}

    /** Parses JSON text; throws {@link JsonProcessingException} on invalid or empty input. */
    public static JsonNode parse(String text) throws JsonProcessingException {
        JsonNode node = MAPPER.readTree(text);
        if (node == null || node.isMissingNode()) {
            throw new JsonProcessingException("No content to map due to end-of-input") {};
        }
        return node;
    }

    /**
     * Parses text that must be a JSON object, for the public seeding methods.
     *
     * @throws IllegalArgumentException when the text is not a JSON object
     */
    public static ObjectNode parseObject(String text, String what) {
        if (text == null) {
            throw new NullPointerException(what + " must not be null");
        }
        JsonNode node;
        try {
            node = parse(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(what + " must be a JSON object, got " + node.getNodeType());
        }
        return (ObjectNode) node;
    }

    /** Serialises a tree compactly. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new empty object. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** A new empty array. */
    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** {@code {"detail": message}}, the FastAPI / Django REST single-message error body. */
    public static ObjectNode detail(String message) {
        ObjectNode node = object();
        node.put("detail", message);
        return node;
    }

    /** The mapper, for code that needs to read other formats' trees into JSON nodes. */
    static ObjectMapper mapper() {
        return MAPPER;
    }
}
