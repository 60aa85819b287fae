package dev.evalwire.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.evalwire.core.ClientBuilder;
import dev.evalwire.core.EvalwireException;
import dev.evalwire.core.RequestOptions;
import dev.evalwire.fireworks.CodeSnippets;
import dev.evalwire.keywordsai.ConfigurationsPatch;
import dev.evalwire.keywordsai.LlmConfig;
import dev.evalwire.keywordsai.ScoreConfig;
import dev.evalwire.primeintellect.HostedEvalConfig;
import dev.evalwire.primeintellect.UpdateEvaluationParams;
import dev.evalwire.reliability.Vendor.Mode;
import dev.evalwire.scale.ChatCompletionConfiguration;
import dev.evalwire.scale.RawTaskConfiguration;
import dev.evalwire.scale.ScaleClient;
import dev.evalwire.testing.RecordedRequest;
import dev.evalwire.testing.Sandbox;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input through the public API: path ids (of the update and of the read) that try to change the path or
 * query, blank ids, header
 * values that try to inject headers, out-of-range and non-finite numbers, oversized maps, and insecure or
 * ambiguous base URLs. Everything is refused before sending or sent as exactly one encoded path segment.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {

    /** Ids that would change the path, the query or the fragment if they were not encoded. */
    static final List<String> HOSTILE_IDS = List.of(
            "a/b",
            "../admin",
            "a/../../b",
            "./x",
            "x?y=1",
            "x?prepareCodeUpload=true",
            "x#frag",
            "%2F",
            "a%2F..%2Fb",
            "%2e%2e",
            "with space",
            " leading",
            "tab\there",
            "line\r\nX-Injected: 1",
            "é中文🙂",
            "a+b&c=d;e",
            "...",
            "~user",
            "\\windows\\path",
            "x".repeat(10_240),
            "é".repeat(5_000));

    /** Ids refused before anything is sent. */
    static final List<String> REFUSED_IDS = Arrays.asList(null, "", "   ", "\t", ".", "..");

    static final Map<Vendor, VendorSandbox> SANDBOXES = new HashMap<>();
    static final Map<Endpoint, AutoCloseable> CLIENTS = new HashMap<>();

    @BeforeAll
    static void start() {
        for (Vendor vendor : Vendor.values()) {
            SANDBOXES.put(vendor, VendorSandbox.start(vendor, Vendor.API_KEY));
        }
        for (Endpoint endpoint : Endpoint.all()) {
            Vendor vendor = endpoint.vendor();
            CLIENTS.put(
                    endpoint,
                    vendor.build(vendor.builder()
                            .apiKey(Vendor.API_KEY)
                            .baseUrl(SANDBOXES.get(vendor).baseUrl(endpoint.operation()))
                            .maxRetries(0)));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable client : CLIENTS.values()) {
            client.close();
        }
        for (VendorSandbox sandbox : SANDBOXES.values()) {
            sandbox.close();
        }
    }

    private static Sandbox sandbox(Endpoint endpoint) {
        return SANDBOXES.get(endpoint.vendor()).sandbox();
    }

    /** The call's latest request, as the client sent it. */
    private static RecordedRequest last(Endpoint endpoint) {
        List<RecordedRequest> requests = SANDBOXES.get(endpoint.vendor()).requests(endpoint.operation());
        return requests.get(requests.size() - 1);
    }

    static Stream<Arguments> hostileIds() {
        return idRows(
                HOSTILE_IDS,
                id -> id.length() > 40
                        ? id.length() + " chars of '" + id.charAt(0) + "'"
                        : "'" + id.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "'",
                "one encoded segment, no query");
    }

    /**
     * One row per vendor and call, path-id position, id and mode, named by {@code show(id)} and the expected
     * outcome.
     */
    private static Stream<Arguments> idRows(List<String> ids, Function<String, String> show, String outcome) {
        List<Arguments> rows = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.all()) {
            for (int position = 0; position < endpoint.ids().size(); position++) {
                for (String id : ids) {
                    for (Mode mode : Mode.values()) {
                        rows.add(Arguments.of(
                                Named.of(
                                        endpoint + " " + mode + ": path id #" + (position + 1) + " = " + show.apply(id)
                                                + " -> " + outcome,
                                        endpoint),
                                position,
                                id,
                                mode));
                    }
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileIds")
    void hostileIdsNeverChangePathOrQuery(Endpoint endpoint, int position, String id, Mode mode) {
        Sandbox sandbox = sandbox(endpoint);
        int before = sandbox.requestCount();
        List<String> ids = new ArrayList<>(endpoint.ids());
        ids.set(position, id);
        Object outcome = endpoint.outcome(mode, CLIENTS.get(endpoint), ids, RequestOptions.none(), 20);
        assertTrue(!(outcome instanceof Throwable) || outcome instanceof EvalwireException, String.valueOf(outcome));
        assertEquals(before + 1, sandbox.requestCount(), "exactly one request");
        RecordedRequest request = last(endpoint);
        assertEquals(endpoint.method(), request.method());
        assertEquals(endpoint.query(), request.query(), "only the call's own query");
        // The template's fixed segments are unchanged and the id is exactly one segment that decodes to itself.
        String[] expected = endpoint.path(placeholders(endpoint.ids().size())).split("/", -1);
        String[] actual = request.path().split("/", -1);
        assertEquals(expected.length, actual.length, "segments of " + request.path());
        for (int i = 0; i < expected.length; i++) {
            if (expected[i].equals("{" + position + "}")) {
                assertEquals(id, URLDecoder.decode(actual[i].replace("+", "%2B"), StandardCharsets.UTF_8));
                assertTrue(actual[i].matches("[A-Za-z0-9._~%-]*"), "only unreserved or escaped: " + actual[i]);
            } else if (!expected[i].startsWith("{")) {
                assertEquals(expected[i], actual[i]);
            }
        }
    }

    private static List<String> placeholders(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("{" + i + "}");
        }
        return names;
    }

    static Stream<Arguments> refusedIds() {
        return idRows(
                REFUSED_IDS, id -> id == null ? "null" : "'" + id.replace("\t", "\\t") + "'", "refused before sending");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedIds")
    void blankIdsFailBeforeSending(Endpoint endpoint, int position, String id, Mode mode) {
        Sandbox sandbox = sandbox(endpoint);
        int before = sandbox.requestCount();
        List<String> ids = new ArrayList<>(endpoint.ids());
        ids.set(position, id);
        RuntimeException refused = assertThrows(RuntimeException.class, () -> {
            if (mode == Mode.SYNC) {
                endpoint.call(CLIENTS.get(endpoint), ids, RequestOptions.none());
            } else {
                CompletableFuture<?> future = endpoint.callAsync(CLIENTS.get(endpoint), ids, RequestOptions.none());
                fail("async call was not refused at once: " + future);
            }
        });
        assertTrue(
                refused instanceof IllegalArgumentException || refused instanceof NullPointerException,
                refused.toString());
        assertTrue(
                refused.getMessage() != null && refused.getMessage().matches("(?s).*(_id|alias|Id).*"),
                "message names the parameter: " + refused.getMessage());
        assertEquals(before, sandbox.requestCount(), "nothing sent");
    }

    // ------------------------------------------------------------------------------------------ headers

    static final List<String> BAD_HEADER_VALUES = List.of(
            "key\r\nX-Injected: 1", "key\nX-Injected: 1", "key\rmore", "clé-non-ascii", "key\u0000nul", "key\u2028sep");

    static Stream<Arguments> badHeaderValues() {
        List<Arguments> rows = new ArrayList<>();
        for (Vendor vendor : Vendor.values()) {
            for (String value : BAD_HEADER_VALUES) {
                rows.add(Arguments.of(vendor, value));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: API key / extra header value {1} -> rejected at build time")
    @MethodSource("badHeaderValues")
    void headerValuesWithLineBreaksOrNonAsciiAreRejectedAtBuildTime(Vendor vendor, String value) {
        IllegalArgumentException key = assertThrows(
                IllegalArgumentException.class,
                () -> vendor.build(vendor.builder().apiKey(value).baseUrl("https://api.example.com")));
        assertTrue(!key.getMessage().contains(value), "the bad key is not echoed: " + key.getMessage());
        assertThrows(IllegalArgumentException.class, () -> vendor.builder().header("X-Extra", value));
        assertThrows(IllegalArgumentException.class, () -> vendor.builder().header("X-Bad\r\nName", "v"));
        assertThrows(
                IllegalArgumentException.class, () -> RequestOptions.builder().header("X-Extra", value));
    }

    @Test
    void scaleAccountIdHeaderIsCheckedOnTheBuilderAndByWithAccount() {
        ScaleClient client = (ScaleClient) CLIENTS.get(new Endpoint(Vendor.SCALE, Operation.UPDATE));
        for (String value : BAD_HEADER_VALUES) {
            assertThrows(
                    IllegalArgumentException.class, () -> ScaleClient.builder().accountId(value));
            assertThrows(IllegalArgumentException.class, () -> client.withAccount(value));
        }
        assertThrows(IllegalArgumentException.class, () -> ScaleClient.builder().accountId("  "));
    }

    @ParameterizedTest(name = "fireworks {0}: the account id is a path segment, not a header")
    @EnumSource(Operation.class)
    void fireworksAccountIdIsAPathSegmentNotAHeader(Operation operation) {
        Endpoint endpoint = new Endpoint(Vendor.FIREWORKS, operation);
        Sandbox sandbox = sandbox(endpoint);
        int before = sandbox.requestCount();
        endpoint.outcome(
                Mode.SYNC,
                CLIENTS.get(endpoint),
                List.of("acme\r\nX-Injected: 1", "exact-match"),
                RequestOptions.none(),
                20);
        assertEquals(before + 1, sandbox.requestCount(), "exactly one request");
        RecordedRequest request = last(endpoint);
        assertNull(request.header("X-Injected"));
        assertTrue(request.path().startsWith("/v1/accounts/acme%0D%0AX-Injected%3A%201/evaluators/"), request.path());
    }

    // ------------------------------------------------------------------------------------------ numbers and maps

    static Map<String, Object> entries(int count) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < count; i++) {
            map.put("k" + i, i);
        }
        return map;
    }

    static Stream<Arguments> outOfRange() {
        Map<String, String> strings = new HashMap<>();
        for (int i = 0; i < 10_001; i++) {
            strings.put("k" + i, "v");
        }
        return Stream.of(
                row(
                        "primeintellect rollouts_per_example 4096",
                        "rollouts_per_example",
                        () -> HostedEvalConfig.builder().rolloutsPerExample(4096)),
                row(
                        "primeintellect rollouts_per_example 0",
                        "rollouts_per_example",
                        () -> HostedEvalConfig.builder().rolloutsPerExample(0)),
                row(
                        "primeintellect timeout_minutes 60",
                        "timeout_minutes",
                        () -> HostedEvalConfig.builder().timeoutMinutes(60)),
                row(
                        "primeintellect num_examples -2",
                        "num_examples",
                        () -> HostedEvalConfig.builder().numExamples(-2)),
                row(
                        "primeintellect max_concurrent 0",
                        "max_concurrent",
                        () -> HostedEvalConfig.builder().maxConcurrent(0)),
                row(
                        "primeintellect max_retries -1",
                        "max_retries",
                        () -> HostedEvalConfig.builder().maxRetries(-1)),
                row(
                        "primeintellect metadata with 10,001 entries",
                        "metadata",
                        () -> UpdateEvaluationParams.builder().metadata(entries(10_001))),
                row(
                        "primeintellect env_args with 10,001 entries",
                        "env_args",
                        () -> HostedEvalConfig.builder().envArgs(entries(10_001))),
                row(
                        "primeintellect custom_secrets with 10,001 entries",
                        "custom_secrets",
                        () -> HostedEvalConfig.builder().customSecrets(strings)),
                row(
                        "scale temperature NaN",
                        "temperature",
                        () -> ChatCompletionConfiguration.builder().temperature(Double.NaN)),
                row(
                        "scale temperature -0.5",
                        "temperature",
                        () -> ChatCompletionConfiguration.builder().temperature(-0.5)),
                row(
                        "scale temperature +Infinity",
                        "temperature",
                        () -> ChatCompletionConfiguration.builder().temperature(Double.POSITIVE_INFINITY)),
                row(
                        "scale top_p 1.5",
                        "top_p",
                        () -> ChatCompletionConfiguration.builder().topP(1.5)),
                row(
                        "scale top_p NaN",
                        "top_p",
                        () -> ChatCompletionConfiguration.builder().topP(Double.NaN)),
                row(
                        "scale frequency_penalty -Infinity",
                        "frequency_penalty",
                        () -> ChatCompletionConfiguration.builder().frequencyPenalty(Double.NEGATIVE_INFINITY)),
                row(
                        "scale presence_penalty NaN",
                        "presence_penalty",
                        () -> ChatCompletionConfiguration.builder().presencePenalty(Double.NaN)),
                row(
                        "scale max_tokens 0",
                        "max_tokens",
                        () -> ChatCompletionConfiguration.builder().maxTokens(0)),
                row(
                        "scale n 0",
                        "n",
                        () -> ChatCompletionConfiguration.builder().n(0)),
                row(
                        "scale metadata with 10,001 entries",
                        "metadata",
                        () -> ChatCompletionConfiguration.builder().metadata(strings)),
                row(
                        "scale raw configuration with 10,001 entries",
                        "configuration",
                        () -> RawTaskConfiguration.of(entries(10_001))),
                row(
                        "scale raw configuration holding NaN",
                        "configuration",
                        () -> RawTaskConfiguration.of(Map.of("temperature", Double.NaN))),
                row(
                        "fireworks code snippets with 10,001 files",
                        "file",
                        () -> CodeSnippets.builder().fileContents(strings)),
                row(
                        "keywordsai llm_config.temperature NaN",
                        "temperature",
                        () -> LlmConfig.builder().temperature(Double.NaN)),
                row(
                        "keywordsai llm_config.temperature -1",
                        "temperature",
                        () -> LlmConfig.builder().temperature(-1)),
                row(
                        "keywordsai llm_config.max_tokens 0",
                        "max_tokens",
                        () -> LlmConfig.builder().maxTokens(0)),
                row(
                        "keywordsai score_config.min_score NaN",
                        "min_score",
                        () -> ScoreConfig.builder().minScore(Double.NaN)),
                row(
                        "keywordsai score_config.max_score Infinity",
                        "max_score",
                        () -> ScoreConfig.builder().maxScore(Double.POSITIVE_INFINITY)),
                row(
                        "keywordsai configurations value NaN",
                        "",
                        () -> ConfigurationsPatch.builder().put("x", Double.NaN).build()));
    }

    interface Attempt {
        Object run();
    }

    static Arguments row(String name, String field, Attempt attempt) {
        return Arguments.of(Named.of(name + " -> IllegalArgumentException naming " + field, attempt), field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfRange")
    void outOfRangeNumbersAndOversizedMapsAreRejectedBeforeSending(Attempt attempt, String field) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, attempt::run);
        assertTrue(refused.getMessage().contains(field), "message names " + field + ": " + refused.getMessage());
    }

    @Test
    void buildWithoutARequiredFieldFailsNamingIt() {
        IllegalStateException missing = assertThrows(
                IllegalStateException.class,
                () -> HostedEvalConfig.builder().rolloutsPerExample(2).build());
        assertTrue(missing.getMessage().contains("num_examples"), missing.getMessage());
    }

    /** Regression: maps that refuse null lookups (Map.of, TreeMap) made every map setter throw a raw NPE. */
    @Test
    void mapsThatRefuseNullKeysAreAccepted() {
        RawTaskConfiguration.of(Map.of("model", "openai/gpt-4o-mini"));
        RawTaskConfiguration.of(new java.util.TreeMap<>(Map.of("model", "x", "nested", Map.of("a", 1))));
        UpdateEvaluationParams.builder().metadata(Map.of("owner", "me")).build();
        HostedEvalConfig.builder()
                .numExamples(1)
                .rolloutsPerExample(1)
                .envArgs(new java.util.concurrent.ConcurrentHashMap<>(Map.of("k", "v")))
                .build();
    }

    // ------------------------------------------------------------------------------------------ base URLs

    static final List<String> REFUSED_URLS = List.of(
            "http://api.example.com",
            "http://10.0.0.1:8080",
            "https://api.example.com?x=1",
            "https://api.example.com/#frag",
            "https://user:pass@api.example.com",
            "ftp://api.example.com",
            "not a url",
            "https://",
            "//api.example.com");
    static final List<String> ACCEPTED_URLS =
            List.of("https://api.example.com", "http://127.0.0.1:8080", "http://localhost:8080", "http://[::1]:8080");

    @ParameterizedTest(name = "{0}: base URL checks")
    @EnumSource(Vendor.class)
    void baseUrlsMustBeHttpsUnlessLoopbackOrOptedIn(Vendor vendor) throws Exception {
        for (String url : REFUSED_URLS) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> build(vendor, vendor.builder().baseUrl(url)),
                    "refused: " + url);
        }
        for (String url : ACCEPTED_URLS) {
            build(vendor, vendor.builder().baseUrl(url)).close();
        }
        build(vendor, vendor.builder().baseUrl("http://api.example.com").allowInsecureHttp(true))
                .close();
        assertThrows(
                IllegalArgumentException.class,
                () -> build(
                        vendor,
                        vendor.builder().baseUrl("http://api.example.com?x=1").allowInsecureHttp(true)));
    }

    private static AutoCloseable build(Vendor vendor, ClientBuilder<?, ?> builder) {
        return vendor.build(builder.apiKey(Vendor.API_KEY));
    }
}
