package dev.evalwire.keywordsai;

import static dev.evalwire.keywordsai.Fixtures.FULL_EVALUATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.evalwire.core.ConfigSource;
import dev.evalwire.core.http.HttpCall;
import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.http.HttpRequest;
import dev.evalwire.core.http.HttpResponse;
import dev.evalwire.core.http.HttpTransport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hosts, environment variables and builder checks, seen through the URL and headers each client sends. */
class KeywordsAiClientConfigTest {

    /** Records requests and answers each with the full evaluator. */
    private static final class Capture implements HttpTransport {
        final List<HttpRequest> requests = new ArrayList<>();

        @Override
        public HttpCall newCall(HttpRequest request) {
            requests.add(request);
            return new HttpCall() {
                @Override
                public HttpResponse execute() {
                    return new HttpResponse(
                            200,
                            HttpHeaders.of(Collections.singletonMap(
                                    "Content-Type", Collections.singletonList("application/json"))),
                            FULL_EVALUATOR.getBytes(StandardCharsets.UTF_8));
                }

                @Override
                public void cancel() {}
            };
        }

        @Override
        public void close() {}
    }

    private static HttpRequest send(KeywordsAiClient.Builder builder) {
        Capture capture = new Capture();
        try (KeywordsAiClient client = builder.transport(capture).build()) {
            client.updateEvaluator(
                    "evl_1", UpdateEvaluatorParams.builder().starred(true).build());
        }
        return capture.requests.get(0);
    }

    private static KeywordsAiClient.Builder fromEnv(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return KeywordsAiClient.builder().fromEnv(ConfigSource.of(env));
    }

    @Test
    void defaultHostIsRespan() {
        assertEquals(
                "https://api.respan.ai/api/evaluators/evl_1/",
                send(KeywordsAiClient.builder().apiKey("k")).url());
    }

    @Test
    void eachHostEnumMapsToItsBaseUrl() {
        assertEquals("https://api.respan.ai", KeywordsAiHost.RESPAN.baseUrl());
        assertEquals("https://api.keywordsai.co", KeywordsAiHost.KEYWORDS_AI.baseUrl());
        assertEquals(
                "https://api.keywordsai.co/api/evaluators/evl_1/",
                send(KeywordsAiClient.builder().apiKey("k").host(KeywordsAiHost.KEYWORDS_AI))
                        .url());
        assertEquals(
                "https://api.respan.ai/api/evaluators/evl_1/",
                send(KeywordsAiClient.builder().apiKey("k").host(KeywordsAiHost.RESPAN))
                        .url());
    }

    @Test
    void aBaseUrlEndingInApiIsNotDoubled() {
        assertEquals(
                "https://proxy.example.com/api/evaluators/evl_1/",
                send(KeywordsAiClient.builder().apiKey("k").baseUrl("https://proxy.example.com/api/"))
                        .url());
    }

    @Test
    void fromEnvReadsRespanVariables() {
        HttpRequest request = send(fromEnv(
                "RESPAN_API_KEY",
                "rsp-1",
                "RESPAN_BASE_URL",
                "https://eu.respan.example/api",
                "KEYWORDSAI_API_KEY",
                "kw-1"));
        assertEquals("Bearer rsp-1", request.headers().first("Authorization"));
        assertEquals("https://eu.respan.example/api/evaluators/evl_1/", request.url());
    }

    @Test
    void respanKeyAloneUsesTheRespanHost() {
        HttpRequest request = send(fromEnv("RESPAN_API_KEY", "rsp-1"));
        assertEquals("https://api.respan.ai/api/evaluators/evl_1/", request.url());
    }

    @Test
    void legacyKeyAloneSelectsTheKeywordsAiHost() {
        HttpRequest request = send(fromEnv("KEYWORDSAI_API_KEY", "kw-1"));
        assertEquals("Bearer kw-1", request.headers().first("Authorization"));
        assertEquals("https://api.keywordsai.co/api/evaluators/evl_1/", request.url());
    }

    @Test
    void legacyBaseUrlIsUsedWhenNoRespanOneIsSet() {
        HttpRequest request =
                send(fromEnv("KEYWORDSAI_API_KEY", "kw-1", "KEYWORDSAI_BASE_URL", "https://api.respan.ai/api"));
        assertEquals("https://api.respan.ai/api/evaluators/evl_1/", request.url());
    }

    @Test
    void legacyKeyKeepsAHostChosenOnTheBuilder() {
        HttpRequest request = send(KeywordsAiClient.builder()
                .host(KeywordsAiHost.RESPAN)
                .fromEnv(ConfigSource.of(Collections.singletonMap("KEYWORDSAI_API_KEY", "kw-1"))));
        assertEquals("https://api.respan.ai/api/evaluators/evl_1/", request.url());
    }

    @Test
    void laterBuilderSettingsWinOverTheEnvironment() {
        HttpRequest request =
                send(fromEnv("RESPAN_API_KEY", "rsp-1").apiKey("explicit").host(KeywordsAiHost.KEYWORDS_AI));
        assertEquals("Bearer explicit", request.headers().first("Authorization"));
        assertEquals("https://api.keywordsai.co/api/evaluators/evl_1/", request.url());
    }

    @Test
    void missingKeyNamesBothVariables() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> fromEnv().build());
        assertEquals(
                "API key is missing: set the RESPAN_API_KEY or KEYWORDSAI_API_KEY environment variable or"
                        + " pass the key to the client builder's apiKey(...)",
                e.getMessage());
    }

    @Test
    void blankKeyIsRefused() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> KeywordsAiClient.builder().apiKey("   ").build());
        assertEquals(
                "API key is empty or only whitespace: set the RESPAN_API_KEY or KEYWORDSAI_API_KEY"
                        + " environment variable or pass the key to the client builder's apiKey(...)",
                e.getMessage());
    }

    @Test
    void insecureBaseUrlIsRefused() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> KeywordsAiClient.builder()
                        .apiKey("k")
                        .baseUrl("http://api.respan.ai")
                        .build());
        assertEquals(true, e.getMessage().contains("https"), e.getMessage());
    }

    @Test
    void nullHostIsRefused() {
        NullPointerException e = assertThrows(
                NullPointerException.class, () -> KeywordsAiClient.builder().host(null));
        assertEquals("host", e.getMessage());
    }
}
