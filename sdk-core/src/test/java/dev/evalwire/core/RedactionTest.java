package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.http.HttpRequest;
import dev.evalwire.core.internal.Redaction;
import dev.evalwire.core.internal.json.JsonMapperFactory;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** Credentials and secret body fields are masked wherever the SDK prints them. */
class RedactionTest {

    private final ObjectMapper mapper = JsonMapperFactory.shared();

    @Test
    void headersMaskEveryCredentialHeader() {
        HttpHeaders headers = HttpHeaders.builder()
                .set("Authorization", "Bearer sk-1")
                .set("x-api-key", "sk-2")
                .set("Api-Key", "sk-3")
                .set("Cookie", "s=sk-4")
                .set("Set-Cookie", "s=sk-5")
                .set("x-selected-account-id", "acct_1")
                .build();
        String printed = headers.toString();
        assertEquals(
                "{authorization=[REDACTED], x-api-key=[REDACTED], api-key=[REDACTED], cookie=[REDACTED],"
                        + " set-cookie=[REDACTED], x-selected-account-id=acct_1}",
                printed);
        HttpRequest request =
                new HttpRequest("PUT", "https://h/x", headers, new byte[] {'{', '}'}, "application/json", null);
        assertFalse(request.toString().contains("sk-"), request.toString());
    }

    @Test
    void maskingValuesHidesEchoedSecretsInToStringOnly() {
        HttpHeaders received = HttpHeaders.builder()
                .set("X-Echo", "token sk-live-123")
                .set("x-api-key", "k")
                .add("X-List", "a")
                .add("X-List", "sk-live-123")
                .build();
        HttpHeaders masked = received.maskingValues(Arrays.asList("sk-live-123", null, "ab"))
                .maskingValues(Collections.singletonList("token"));

        assertEquals("{x-echo=[REDACTED] [REDACTED], x-api-key=[REDACTED], x-list=[a, [REDACTED]]}", masked.toString());
        assertEquals("{x-echo=token sk-live-123, x-api-key=[REDACTED], x-list=[a, sk-live-123]}", received.toString());
        assertEquals(received, masked);
        assertEquals(received.hashCode(), masked.hashCode());
        assertEquals("token sk-live-123", masked.first("x-echo"));
    }

    @Test
    void sensitiveJsonFieldsAreMaskedAtAnyDepth() throws Exception {
        JsonNode body = mapper.readTree("{\"name\":\"n\",\"eval_config\":{\"custom_secrets\":"
                + "{\"OPENAI_API_KEY\":\"sk-a\",\"HF_TOKEN\":\"hf-b\"},\"list\":[{\"custom_secrets\":\"x\"}]}}");
        JsonNode redacted = Redaction.redactJson(body, new HashSet<>(Arrays.asList("custom_secrets")));
        assertEquals(
                "{\"name\":\"n\",\"eval_config\":{\"custom_secrets\":{\"OPENAI_API_KEY\":\"[REDACTED]\","
                        + "\"HF_TOKEN\":\"[REDACTED]\"},\"list\":[{\"custom_secrets\":\"[REDACTED]\"}]}}",
                redacted.toString());
        assertEquals(
                "sk-a",
                body.get("eval_config")
                        .get("custom_secrets")
                        .get("OPENAI_API_KEY")
                        .asText(),
                "the original must not change");
    }

    @Test
    void scrubRemovesKnownSecretsFromText() {
        assertEquals(
                "bad key [REDACTED] and [REDACTED]",
                Redaction.scrub("bad key sk-live-123 and hf-token-9", Arrays.asList("sk-live-123", "hf-token-9")));
        assertEquals("ab ab", Redaction.scrub("ab ab", Collections.singletonList("ab")));
    }

    @Test
    void secretsOfFourCharactersOrMoreAreScrubbedAndShorterOnesAreNot() {
        assertEquals("abc [REDACTED]", Redaction.scrub("abc abcd", Arrays.asList("abc", "abcd", null)));
        assertNull(Redaction.scrub(null, Collections.singletonList("abcd")));
        assertEquals("abcd", Redaction.scrub("abcd", Collections.<String>emptyList()));
    }

    @Test
    void aSensitiveFieldThatIsNullStaysNullAndOtherValuesAreMaskedWhole() throws Exception {
        JsonNode body = mapper.readTree(
                "{\"custom_secrets\":null,\"list\":[{\"custom_secrets\":[\"a\",1]}," + "{\"custom_secrets\":7}]}");
        assertEquals(
                "{\"custom_secrets\":null,\"list\":[{\"custom_secrets\":\"[REDACTED]\"},"
                        + "{\"custom_secrets\":\"[REDACTED]\"}]}",
                Redaction.redactJson(body, Redaction.sensitiveBodyFields()).toString());
    }

    @Test
    void sensitiveHeadersAreMatchedInAnyCaseAndOthersAreNot() {
        for (String name :
                new String[] {"Authorization", "PROXY-AUTHORIZATION", "X-Api-Key", "api-key", "Cookie", "set-cookie"}) {
            assertTrue(Redaction.isSensitiveHeader(name), name);
        }
        assertFalse(Redaction.isSensitiveHeader("x-request-id"));
    }
}
