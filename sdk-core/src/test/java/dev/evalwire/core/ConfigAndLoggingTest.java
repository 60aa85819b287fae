package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.ApiRequest;
import dev.evalwire.core.internal.LogSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * Configuration lookup order, and request/response logging with every redaction rule applied. Each test sets up
 * and restores the global state it reads (system properties, the java.util.logging logger), so the tests pass in
 * any order and in any subset.
 */
class ConfigAndLoggingTest {

    @Test
    void systemPropertyBeatsEnvironmentVariable() {
        String name = anySetEnvironmentVariableWithoutItsProperty();
        String property = ConfigSource.propertyName(name);
        try {
            assertEquals(System.getenv(name), ConfigSource.system().get(name));
            System.setProperty(property, "from-property");
            assertEquals("from-property", ConfigSource.system().get(name));
            System.setProperty(property, " ");
            assertEquals(System.getenv(name), ConfigSource.system().get(name), "a blank property counts as unset");
        } finally {
            System.clearProperty(property);
        }
    }

    @Test
    void neitherPropertyNorVariableMeansUnset() {
        String name = "EVALWIRE_TEST_ONLY_SETTING";
        assertEquals("evalwire.test.only.setting", ConfigSource.propertyName(name));
        assertNull(System.getenv(name), "this test needs " + name + " unset");
        String saved = System.getProperty("evalwire.test.only.setting");
        System.clearProperty("evalwire.test.only.setting");
        try {
            assertNull(ConfigSource.system().get(name));
        } finally {
            if (saved != null) {
                System.setProperty("evalwire.test.only.setting", saved);
            }
        }
    }

    /** An environment variable of this process with a value, whose system property (tests' own state) is unset. */
    private static String anySetEnvironmentVariableWithoutItsProperty() {
        for (Map.Entry<String, String> variable : new TreeMap<>(System.getenv()).entrySet()) {
            if (!variable.getValue().trim().isEmpty()
                    && System.getProperty(ConfigSource.propertyName(variable.getKey())) == null) {
                return variable.getKey();
            }
        }
        throw new AssertionError("this test needs an environment variable with a value, such as PATH");
    }

    @Test
    void blankValuesCountAsUnset() {
        assertNull(ConfigSource.of(Collections.singletonMap("K", "  ")).get("K"));
    }

    @Test
    void logLevelParsesKnownText() {
        assertEquals(LogLevel.DEBUG, LogLevel.parse(" Debug "));
        assertEquals(LogLevel.INFO, LogLevel.parse("info"));
        assertEquals(LogLevel.OFF, LogLevel.parse("OFF"));
        assertEquals(LogLevel.OFF, LogLevel.parse(null));
        assertEquals(LogLevel.OFF, LogLevel.parse("  "));
    }

    @Test
    void unknownLogLevelWarnsOnceAndFallsBackToOff() throws Exception {
        try (Capture capture = new Capture()) {
            // A client built from an environment with a typo: it builds, logs nothing of its call, and the typo is
            // reported once, however often it is read.
            Map<String, String> env = new LinkedHashMap<>();
            env.put("TEST_API_KEY", "sk-typo-key-123");
            env.put("EVALWIRE_LOG", " bogus-level ");
            try (MockWebServer server = new MockWebServer()) {
                server.start();
                for (int i = 0; i < 2; i++) {
                    server.enqueue(new MockResponse.Builder()
                            .code(200)
                            .addHeader("Content-Type", "application/json")
                            .body("{}")
                            .build());
                    try (ApiExecutor executor = new TestClient()
                            .fromEnv(ConfigSource.of(env))
                            .baseUrl(server.url("/").toString())
                            .build()) {
                        executor.execute(
                                ApiRequest.builder("PATCH")
                                        .path("x")
                                        .body(Collections.emptyMap())
                                        .build(),
                                json -> json,
                                RequestOptions.none());
                    }
                }
            }
            assertEquals(LogLevel.OFF, LogLevel.parse("bogus-level"));
            assertEquals(
                    Collections.singletonList(
                            "EVALWIRE_LOG must be off, info or debug, was 'bogus-level'; logging stays off"),
                    capture.lines);
            assertEquals(Collections.singletonList(Level.WARNING), capture.levels);
        }
    }

    @Test
    void javaUtilLoggingIsUsedWhenSlf4jIsAbsent() {
        // This execution's classpath has no slf4j-api (see the sdk-core POM); Slf4jLoggingTest covers SLF4J.
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.slf4j.LoggerFactory"));
        assertEquals("jul", LogSink.detected().backend());
    }

    @Test
    void javaUtilLoggingRecordsNameTheLoggerAsTheirSource() throws Exception {
        List<LogRecord> records;
        try (Capture capture = new Capture()) {
            callWithSecretsAtDebug("sk-source-name-key-123");
            records = new ArrayList<>(capture.records);
        }
        assertFalse(records.isEmpty());
        for (LogRecord record : records) {
            assertEquals("dev.evalwire.http", record.getLoggerName());
            assertEquals("dev.evalwire.http", record.getSourceClassName());
            assertNull(record.getSourceMethodName());
            String formatted = new SimpleFormatter().format(record);
            assertTrue(formatted.contains(" dev.evalwire.http" + System.lineSeparator() + "INFO: "), formatted);
            assertFalse(formatted.contains("LogSink"), formatted);
        }
    }

    /**
     * Collects what the SDK logs through java.util.logging. While open it sets the SDK's logger to pass every level
     * and to hand records to this handler only (not to the console); {@link #close()} restores the logger's level,
     * handlers and parent handling, so a test neither depends on nor leaves behind global logging state.
     */
    static final class Capture extends Handler implements AutoCloseable {
        final List<String> lines = Collections.synchronizedList(new ArrayList<String>());
        final List<Level> levels = Collections.synchronizedList(new ArrayList<Level>());
        final List<LogRecord> records = Collections.synchronizedList(new ArrayList<LogRecord>());
        private final Logger logger = Logger.getLogger(LogSink.LOGGER_NAME);
        private final Level savedLevel = logger.getLevel();
        private final boolean savedUseParentHandlers = logger.getUseParentHandlers();

        Capture() {
            setLevel(Level.ALL);
            logger.setLevel(Level.ALL);
            logger.setUseParentHandlers(false);
            logger.addHandler(this);
        }

        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
            levels.add(record.getLevel());
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {
            logger.removeHandler(this);
            logger.setUseParentHandlers(savedUseParentHandlers);
            logger.setLevel(savedLevel);
        }
    }

    @Test
    void debugLoggingShowsTheCallButNoSecret() throws Exception {
        String key = "sk-logging-secret-123456";
        try (Capture capture = new Capture()) {
            callWithSecretsAtDebug(key);
            String all = String.join("\n", capture.lines);
            assertTrue(all.contains("--> PATCH http://"), all);
            assertTrue(all.contains("<-- 200 PATCH"), all);
            assertShowsTheCallButNoSecret(all, key);
        }
    }

    /**
     * Makes one PATCH at DEBUG whose body, response and headers carry secrets: the key, a custom_secrets value
     * sent and one received, and a Set-Cookie.
     */
    static void callWithSecretsAtDebug(String key) throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder()
                    .code(200)
                    .addHeader("Content-Type", "application/json")
                    .addHeader("Set-Cookie", "session=abc")
                    .body("{\"ok\":true,\"custom_secrets\":{\"K\":\"v\"}}")
                    .build());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", "n");
            body.put("custom_secrets", Collections.singletonMap("HF_TOKEN", "hf-body-secret"));
            Map<String, String> env = Collections.singletonMap("TEST_API_KEY", key);
            try (ApiExecutor executor = new TestClient()
                    .fromEnv(ConfigSource.of(env))
                    .baseUrl(server.url("/").toString())
                    .logLevel(LogLevel.DEBUG)
                    .build()) {
                executor.execute(
                        ApiRequest.builder("PATCH")
                                .path("things")
                                .pathParam("id", "t1")
                                .body(body)
                                .secrets(Collections.singleton("hf-body-secret"))
                                .build(),
                        json -> json,
                        RequestOptions.none());
            }
        }
    }

    /** The log of {@link #callWithSecretsAtDebug} shows the body and masked headers, and none of its secrets. */
    static void assertShowsTheCallButNoSecret(String log, String key) {
        assertTrue(log.contains("\"name\":\"n\""), log);
        assertTrue(log.contains("authorization=[REDACTED]"), log);
        assertTrue(log.contains("set-cookie=[REDACTED]"), log);
        assertFalse(log.contains(key), log);
        assertFalse(log.contains("hf-body-secret"), log);
        assertFalse(log.contains("\"v\""), log);
    }

    @Test
    void loggingIsOffByDefault() throws Exception {
        try (Capture capture = new Capture()) {
            callWith(new TestClient().fromEnv(ConfigSource.of(Collections.singletonMap("TEST_API_KEY", "sk-quiet"))));
            assertEquals(Collections.emptyList(), capture.lines);
        }
    }

    @Test
    void evalwireLogTurnsLoggingOnAndALevelSetBeforeFromEnvIsKeptWhenItIsUnset() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("TEST_API_KEY", "sk-loud-key");
        env.put("EVALWIRE_LOG", "info");
        try (Capture capture = new Capture()) {
            callWith(new TestClient().fromEnv(ConfigSource.of(env)));
            callWith(new TestClient()
                    .logLevel(LogLevel.INFO)
                    .fromEnv(ConfigSource.of(Collections.singletonMap("TEST_API_KEY", "sk-loud-key"))));
            assertEquals(4, capture.lines.size(), capture.lines.toString());
            for (int i = 0; i < 4; i += 2) {
                assertTrue(capture.lines.get(i).matches("--> PATCH http://[^ ]+/x"), capture.lines.get(i));
                assertTrue(
                        capture.lines.get(i + 1).matches("<-- 200 PATCH http://[^ ]+/x \\(\\d+ ms\\)"),
                        capture.lines.get(i + 1));
            }
        }
    }

    @Test
    void failuresAndRetriesAreLoggedAtInfo() {
        try (Capture capture = new Capture();
                ApiExecutor executor = new TestClient()
                        .apiKey("sk-info-key")
                        .baseUrl("https://api.example.invalid")
                        .logLevel(LogLevel.INFO)
                        .retryPolicy(
                                RetryPolicy.builder().maxRetries(1).jitter(0).build())
                        .sleeper(duration -> {})
                        .transport(InterruptTest.throwing(new IOException("reset")))
                        .build()) {
            assertThrows(
                    ApiConnectionException.class,
                    () -> executor.execute(
                            ApiRequest.builder("GET").path("x").build(), json -> json, RequestOptions.none()));
            assertEquals(
                    Arrays.asList(
                            "--> GET https://api.example.invalid/x",
                            "<-- failed GET https://api.example.invalid/x: java.io.IOException: reset",
                            "retry 1 of 1 in 500 ms",
                            "--> GET https://api.example.invalid/x",
                            "<-- failed GET https://api.example.invalid/x: java.io.IOException: reset"),
                    capture.lines);
        }
    }

    /** Makes one PATCH with a client from {@code builder}, against a server that answers 200. */
    private static void callWith(TestClient builder) throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder()
                    .code(200)
                    .addHeader("Content-Type", "application/json")
                    .body("{}")
                    .build());
            try (ApiExecutor executor =
                    builder.baseUrl(server.url("/").toString()).build()) {
                executor.execute(
                        ApiRequest.builder("PATCH")
                                .path("x")
                                .body(Collections.emptyMap())
                                .build(),
                        json -> json,
                        RequestOptions.none());
            }
        }
    }
}
