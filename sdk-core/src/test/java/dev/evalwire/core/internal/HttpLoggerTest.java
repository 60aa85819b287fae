package dev.evalwire.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.LogLevel;
import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.http.HttpRequest;
import dev.evalwire.core.http.HttpResponse;
import dev.evalwire.core.internal.json.JsonMapperFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What each level logs for a request, a response, a failure and a retry: nothing at OFF, one line at INFO with the
 * elapsed time, and at DEBUG also headers and a body (none when the body is empty, cut only beyond 4096 chars),
 * with the call's secrets scrubbed everywhere, also where a secret crosses the cut.
 */
class HttpLoggerTest {

    private static final String KEY = "sk-http-logger-key";
    private static final HttpRequest REQUEST = new HttpRequest(
            "PUT",
            "https://api.example.invalid/x",
            HttpHeaders.builder().set("Authorization", "Bearer " + KEY).build(),
            "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
            "application/json",
            null);

    private final List<String> lines = new ArrayList<>();

    private HttpLogger logger(LogLevel level) {
        return new HttpLogger(level, JsonMapperFactory.shared(), new LogSink() {
            @Override
            public void info(String line) {
                lines.add(line);
            }

            @Override
            public String backend() {
                return "test";
            }
        });
    }

    private static HttpResponse response(String body) {
        return new HttpResponse(
                200, HttpHeaders.builder().set("X-Echo", KEY).build(), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void offLogsNothing() {
        HttpLogger logger = logger(LogLevel.OFF);
        logger.request(REQUEST, Collections.singletonList(KEY));
        logger.response(REQUEST, response("{}"), System.nanoTime(), Collections.singletonList(KEY));
        logger.failure(REQUEST, new IOException("reset"), Collections.singletonList(KEY));
        logger.retry(Duration.ofMillis(500), 1, 2);
        assertEquals(Collections.emptyList(), lines);
    }

    @Test
    void infoLogsOneLineEachWithTheElapsedTime() {
        HttpLogger logger = logger(LogLevel.INFO);
        logger.request(REQUEST, Collections.singletonList(KEY));
        long before = System.nanoTime();
        long start = before - 5_000_000;
        logger.response(REQUEST, response("{}"), start, Collections.singletonList(KEY));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        logger.failure(REQUEST, new IOException("reset by " + KEY), Collections.singletonList(KEY));
        logger.retry(Duration.ofMillis(1500), 2, 3);

        assertEquals(4, lines.size(), lines.toString());
        assertEquals("--> PUT https://api.example.invalid/x", lines.get(0));
        Matcher millis = Pattern.compile("<-- 200 PUT https://api\\.example\\.invalid/x \\((\\d+) ms\\)")
                .matcher(lines.get(1));
        assertTrue(millis.matches(), lines.get(1));
        long logged = Long.parseLong(millis.group(1));
        assertTrue(logged >= 5 && logged <= elapsedMillis, logged + " ms, at most " + elapsedMillis + " elapsed");
        assertEquals(
                "<-- failed PUT https://api.example.invalid/x: java.io.IOException: reset by [REDACTED]", lines.get(2));
        assertEquals("retry 2 of 3 in 1500 ms", lines.get(3));
    }

    @Test
    void debugAddsHeadersAndBodiesButNoEmptyBody() {
        HttpLogger logger = logger(LogLevel.DEBUG);
        logger.request(REQUEST, Collections.singletonList(KEY));
        logger.response(REQUEST, response(""), System.nanoTime(), Collections.singletonList(KEY));
        logger.response(REQUEST, response("x"), System.nanoTime(), Collections.singletonList(KEY));

        assertEquals(
                "--> PUT https://api.example.invalid/x\n    headers: {authorization=[REDACTED]}\n"
                        + "    body: {\"a\":1}",
                lines.get(0));
        assertTrue(lines.get(1).endsWith(" ms)\n    headers: {x-echo=[REDACTED]}"), lines.get(1));
        assertTrue(lines.get(2).endsWith(" ms)\n    headers: {x-echo=[REDACTED]}\n    body: x"), lines.get(2));
    }

    @Test
    void aBodyOfExactly4096CharsIsNotCutAndOneCharMoreIs() {
        HttpLogger logger = logger(LogLevel.DEBUG);
        String limit = String.join("", Collections.nCopies(4096, "y"));
        logger.response(REQUEST, response(limit), System.nanoTime(), Collections.<String>emptyList());
        logger.response(REQUEST, response(limit + "z"), System.nanoTime(), Collections.<String>emptyList());
        assertTrue(lines.get(0).endsWith("body: " + limit), "not cut");
        assertTrue(lines.get(1).endsWith("body: " + limit + "...(4097 chars)"), "cut");
    }

    @ParameterizedTest(name = "key starts {0} chars before the cut")
    @ValueSource(ints = {1, 4, 5, 13, 26, 27})
    void aSecretAcrossTheCutDoesNotShowInPart(int beforeCut) {
        String key = "sk-cut-key-0123456789abcdef";
        String body = repeat(4096 - beforeCut) + key + repeat(100);
        logger(LogLevel.DEBUG)
                .response(
                        REQUEST,
                        new HttpResponse(500, HttpHeaders.empty(), body.getBytes(StandardCharsets.UTF_8)),
                        System.nanoTime(),
                        Collections.singletonList(key));
        assertEquals(1, lines.size());
        String line = lines.get(0);
        assertTrue(line.contains("...(" + (body.length() - key.length() + Redaction.MASK.length()) + " chars)"), line);
        for (int length = 4; length <= key.length(); length++) {
            assertFalse(line.contains(key.substring(0, length)), "a " + length + "-char prefix of the key leaked");
        }
    }

    private static String repeat(int length) {
        return String.join("", Collections.nCopies(length, "x"));
    }
}
