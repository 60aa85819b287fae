package dev.evalwire.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.LogLevel;
import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.http.HttpRequest;
import dev.evalwire.core.http.HttpResponse;
import dev.evalwire.core.internal.json.JsonMapperFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The DEBUG log scrubs a body before it cuts it, so no part of a secret survives the cut, wherever it falls. */
class HttpLoggerCutTest {

    private static final String KEY = "sk-cut-key-0123456789abcdef";

    @ParameterizedTest(name = "key starts {0} chars before the cut")
    @ValueSource(ints = {1, 4, 5, 13, 26, 27})
    void aSecretAcrossTheCutDoesNotShowInPart(int beforeCut) {
        List<String> lines = new ArrayList<>();
        HttpLogger logger = new HttpLogger(LogLevel.DEBUG, JsonMapperFactory.shared(), new LogSink() {
            @Override
            public void info(String line) {
                lines.add(line);
            }

            @Override
            public String backend() {
                return "test";
            }
        });
        String body = repeat(4096 - beforeCut) + KEY + repeat(100);
        HttpRequest request = new HttpRequest("PUT", "https://api.example.invalid/x", HttpHeaders.empty(), null, null,
                null);
        logger.response(request, new HttpResponse(500, HttpHeaders.empty(), body.getBytes(StandardCharsets.UTF_8)),
                System.nanoTime(), Collections.singletonList(KEY));
        assertEquals(1, lines.size());
        String line = lines.get(0);
        assertTrue(line.contains("...(" + (body.length() - KEY.length() + Redaction.MASK.length()) + " chars)"),
                line);
        for (int length = 4; length <= KEY.length(); length++) {
            assertFalse(line.contains(KEY.substring(0, length)), "a " + length + "-char prefix of the key leaked");
        }
    }

    private static String repeat(int length) {
        return String.join("", Collections.nCopies(length, "x"));
    }
}
