package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.ApiRequest;
import dev.evalwire.core.internal.LogSink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** Configuration lookup order, and request/response logging with every redaction rule applied. */
class ConfigAndLoggingTest {

    @Test
    void systemPropertyBeatsEnvironmentVariable() {
        String name = "EVALWIRE_TEST_ONLY_SETTING";
        assertEquals("evalwire.test.only.setting", ConfigSource.propertyName(name));
        assertNull(ConfigSource.system().get(name));
        System.setProperty("evalwire.test.only.setting", "from-property");
        try {
            assertEquals("from-property", ConfigSource.system().get(name));
        } finally {
            System.clearProperty("evalwire.test.only.setting");
        }
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
        Logger logger = Logger.getLogger("dev.evalwire.http");
        Capture capture = new Capture();
        logger.addHandler(capture);
        logger.setUseParentHandlers(false); // the warning would reach the console, and the build log, too
        try {
            // A client built from an environment with a typo: it builds, logs nothing of its call, and the typo is
            // reported once, however often it is read.
            Map<String, String> env = new LinkedHashMap<>();
            env.put("TEST_API_KEY", "sk-typo-key-123");
            env.put("EVALWIRE_LOG", " bogus-level ");
            try (MockWebServer server = new MockWebServer()) {
                server.start();
                for (int i = 0; i < 2; i++) {
                    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                            .body("{}").build());
                    try (ApiExecutor executor = new TestClient().fromEnv(ConfigSource.of(env))
                            .baseUrl(server.url("/").toString()).build()) {
                        executor.execute(ApiRequest.builder("PATCH").path("x").body(Collections.emptyMap()).build(),
                                json -> json, RequestOptions.none());
                    }
                }
            }
            assertEquals(LogLevel.OFF, LogLevel.parse("bogus-level"));
        } finally {
            logger.setUseParentHandlers(true);
            logger.removeHandler(capture);
        }
        assertEquals(Collections.singletonList(
                "EVALWIRE_LOG must be off, info or debug, was 'bogus-level'; logging stays off"), capture.lines);
        assertEquals(Collections.singletonList(Level.WARNING), capture.levels);
    }

    @Test
    void javaUtilLoggingIsUsedWhenSlf4jIsAbsent() {
        // This execution's classpath has no slf4j-api (see the sdk-core POM); Slf4jLoggingTest covers SLF4J.
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.slf4j.LoggerFactory"));
        assertEquals("jul", LogSink.detected().backend());
    }

    @Test
    void javaUtilLoggingRecordsNameTheLoggerAsTheirSource() throws Exception {
        Logger logger = Logger.getLogger("dev.evalwire.http");
        List<LogRecord> records = Collections.synchronizedList(new ArrayList<LogRecord>());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            callWithSecretsAtDebug("sk-source-name-key-123");
        } finally {
            logger.removeHandler(handler);
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

    /** Collects what the SDK logs. */
    static final class Capture extends Handler {
        final List<String> lines = Collections.synchronizedList(new ArrayList<String>());
        final List<Level> levels = Collections.synchronizedList(new ArrayList<Level>());

        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
            levels.add(record.getLevel());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void debugLoggingShowsTheCallButNoSecret() throws Exception {
        String key = "sk-logging-secret-123456";
        Logger logger = Logger.getLogger("dev.evalwire.http");
        Capture capture = new Capture();
        logger.addHandler(capture);
        try {
            callWithSecretsAtDebug(key);
        } finally {
            logger.removeHandler(capture);
        }
        String all = String.join("\n", capture.lines);
        assertTrue(all.contains("--> PATCH http://"), all);
        assertTrue(all.contains("<-- 200 PATCH"), all);
        assertShowsTheCallButNoSecret(all, key);
    }

    /**
     * Makes one PATCH at DEBUG whose body, response and headers carry secrets: the key, a custom_secrets value
     * sent and one received, and a Set-Cookie.
     */
    static void callWithSecretsAtDebug(String key) throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .addHeader("Set-Cookie", "session=abc").body("{\"ok\":true,\"custom_secrets\":{\"K\":\"v\"}}")
                    .build());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", "n");
            body.put("custom_secrets", Collections.singletonMap("HF_TOKEN", "hf-body-secret"));
            Map<String, String> env = Collections.singletonMap("TEST_API_KEY", key);
            try (ApiExecutor executor = new TestClient().fromEnv(ConfigSource.of(env))
                    .baseUrl(server.url("/").toString()).logLevel(LogLevel.DEBUG).build()) {
                executor.execute(ApiRequest.builder("PATCH").path("things").pathParam("id", "t1").body(body)
                        .secrets(Collections.singleton("hf-body-secret")).build(), json -> json,
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
        Logger logger = Logger.getLogger("dev.evalwire.http");
        Capture capture = new Capture();
        logger.addHandler(capture);
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body("{}").build());
            try (ApiExecutor executor = new TestClient().fromEnv(ConfigSource.of(
                    Collections.singletonMap("TEST_API_KEY", "sk-quiet-key"))).baseUrl(server.url("/").toString())
                    .build()) {
                executor.execute(ApiRequest.builder("PATCH").path("x").body(Collections.emptyMap()).build(),
                        json -> json, RequestOptions.none());
            }
        } finally {
            logger.removeHandler(capture);
        }
        assertEquals(Collections.emptyList(), capture.lines);
    }
}
