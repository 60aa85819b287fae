package dev.evalwire.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one list of what is secret, applied to headers, JSON bodies and free text before anything is
 * logged, printed by {@code toString} or put into an exception message.
 */
public final class Redaction {

    /** What a secret is replaced with. */
    public static final String MASK = "[REDACTED]";

    private static final Set<String> SENSITIVE_HEADERS = Collections.unmodifiableSet(new HashSet<>(
            Arrays.asList("authorization", "proxy-authorization", "x-api-key", "api-key", "cookie", "set-cookie")));

    private static final Set<String> SENSITIVE_BODY_FIELDS =
            Collections.unmodifiableSet(new HashSet<>(Arrays.asList("custom_secrets")));

    /** Secrets shorter than this are not scrubbed from free text: they would mask ordinary words. */
    private static final int MIN_SCRUB_LENGTH = 4;

    private Redaction() {}

    /**
     * Tells whether a header carries a credential.
     *
     * @param name the header name, in any case
     * @return true for Authorization, Proxy-Authorization, x-api-key, api-key, Cookie and Set-Cookie
     */
    public static boolean isSensitiveHeader(String name) {
        return SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** @return JSON field names whose values are secret in every vendor's bodies (those marked x-sensitive) */
    public static Set<String> sensitiveBodyFields() {
        return SENSITIVE_BODY_FIELDS;
    }

    /**
     * Returns a copy of {@code node} in which every value under a property named in {@code sensitiveFields}
     * is masked: a string becomes {@link #MASK}; an object keeps its keys with every value masked.
     *
     * @param node the JSON to redact; not modified
     * @param sensitiveFields property names whose values are secret (for example {@code custom_secrets})
     * @return the redacted copy
     */
    public static JsonNode redactJson(JsonNode node, Set<String> sensitiveFields) {
        JsonNode copy = node.deepCopy();
        maskInPlace(copy, sensitiveFields);
        return copy;
    }

    private static void maskInPlace(JsonNode node, Set<String> sensitiveFields) {
        if (node instanceof ObjectNode) {
            ObjectNode object = (ObjectNode) node;
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (sensitiveFields.contains(field.getKey())) {
                    field.setValue(maskAll(field.getValue()));
                } else {
                    maskInPlace(field.getValue(), sensitiveFields);
                }
            }
        } else if (node instanceof ArrayNode) {
            for (JsonNode element : node) {
                maskInPlace(element, sensitiveFields);
            }
        }
    }

    private static JsonNode maskAll(JsonNode value) {
        if (value instanceof ObjectNode) {
            ObjectNode masked = ((ObjectNode) value).objectNode();
            Iterator<String> names = value.fieldNames();
            while (names.hasNext()) {
                masked.set(names.next(), TextNode.valueOf(MASK));
            }
            return masked;
        }
        if (value.isNull() || value.isMissingNode()) {
            return value;
        }
        return TextNode.valueOf(MASK);
    }

    /**
     * Replaces every occurrence of each secret in {@code text} with {@link #MASK}.
     *
     * @param text the text to clean; may be null
     * @param secrets the secret values (API keys, secret body values); null and very short entries are skipped
     * @return the cleaned text, or null when {@code text} was null
     */
    public static String scrub(String text, Collection<String> secrets) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= MIN_SCRUB_LENGTH) {
                result = result.replace(secret, MASK);
            }
        }
        return result;
    }
}
