package dev.evalwire.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalwire.core.LogLevel;
import dev.evalwire.core.http.HttpRequest;
import dev.evalwire.core.http.HttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;

/**
 * Logs calls at the client's {@link LogLevel} through the logger {@value LogSink#LOGGER_NAME} of SLF4J when a
 * provider is present, else of {@code java.util.logging} ({@link LogSink}), applying the redaction rules:
 * credential headers masked, sensitive body fields masked, known secret values scrubbed.
 */
final class HttpLogger {

    private static final int MAX_BODY_CHARS = 4096;

    private final LogLevel level;
    private final ObjectMapper mapper;
    private final LogSink sink;

    HttpLogger(LogLevel level, ObjectMapper mapper) {
        this(level, mapper, LogSink.detected());
    }

    HttpLogger(LogLevel level, ObjectMapper mapper, LogSink sink) {
        this.level = level;
        this.mapper = mapper;
        this.sink = sink;
    }

    /** @return false when the client logs nothing, so that callers need not work out what a log line would show */
    boolean isOn() {
        return level != LogLevel.OFF;
    }

    void request(HttpRequest request, Collection<String> secrets) {
        if (level == LogLevel.OFF) {
            return;
        }
        StringBuilder line =
                new StringBuilder("--> ").append(request.method()).append(' ').append(request.url());
        if (level == LogLevel.DEBUG) {
            line.append("\n    headers: ").append(request.headers());
            if (request.body() != null) {
                line.append("\n    body: ").append(body(request.body(), secrets));
            }
        }
        log(line.toString(), secrets);
    }

    void response(HttpRequest request, HttpResponse response, long startNanos, Collection<String> secrets) {
        if (level == LogLevel.OFF) {
            return;
        }
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        StringBuilder line = new StringBuilder("<-- ")
                .append(response.status())
                .append(' ')
                .append(request.method())
                .append(' ')
                .append(request.url())
                .append(" (")
                .append(millis)
                .append(" ms)");
        if (level == LogLevel.DEBUG) {
            line.append("\n    headers: ").append(response.headers());
            if (response.body().length > 0) {
                line.append("\n    body: ").append(body(response.body(), secrets));
            }
        }
        log(line.toString(), secrets);
    }

    void failure(HttpRequest request, Exception failure, Collection<String> secrets) {
        if (level != LogLevel.OFF) {
            log("<-- failed " + request.method() + " " + request.url() + ": " + failure, secrets);
        }
    }

    void retry(Duration wait, int retry, int maxRetries) {
        if (level != LogLevel.OFF) {
            sink.info("retry " + retry + " of " + maxRetries + " in " + wait.toMillis() + " ms");
        }
    }

    /** The body with sensitive fields masked and secrets scrubbed, then cut, so that no cut can split a secret. */
    private String body(byte[] bytes, Collection<String> secrets) {
        String text;
        try {
            JsonNode json = mapper.readTree(bytes);
            text = json == null
                    ? ""
                    : Redaction.redactJson(json, Redaction.sensitiveBodyFields())
                            .toString();
        } catch (IOException | RuntimeException notJson) {
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        text = Redaction.scrub(text, secrets);
        return text.length() > MAX_BODY_CHARS
                ? text.substring(0, MAX_BODY_CHARS) + "...(" + text.length() + " chars)"
                : text;
    }

    private void log(String message, Collection<String> secrets) {
        sink.info(Redaction.scrub(message, secrets));
    }
}
