package dev.evalwire.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.ApiException;
import dev.evalwire.core.ApiResponse;
import dev.evalwire.core.EvalwireException;
import dev.evalwire.core.FieldError;
import dev.evalwire.core.InvalidResponseException;
import dev.evalwire.core.LogLevel;
import dev.evalwire.core.RequestOptions;
import dev.evalwire.primeintellect.HostedEvalConfig;
import dev.evalwire.primeintellect.PrimeIntellectClient;
import dev.evalwire.primeintellect.UpdateEvaluationParams;
import dev.evalwire.reliability.Vendor.Mode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Drives every client, builder, request, response, exception and log line this test can reach, for every vendor's
 * update and read, with a known API key and known Prime Intellect {@code custom_secrets} values, including servers that echo them back in error
 * bodies, headers and invalid success bodies, and fails if either string shows up in any {@code toString()},
 * exception message (whole cause chain), server message, field error, exception raw body or captured log line.
 */
class SecretsTest {

    static final String KEY = "sk-live-SECRETKEY-4f9c2a7d1e";
    static final String SECRET = "cs-SECRETVALUE-8b3e6f0a92";

    /** Held in a static field so the JUL logger (weakly referenced by the LogManager) keeps its handler. */
    static final Logger HTTP_LOGGER = Logger.getLogger("dev.evalwire.http");

    static final List<String> LOG_LINES = new CopyOnWriteArrayList<>();
    static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord record) {
            LOG_LINES.add(
                    String.valueOf(record.getMessage()) + " " + record.getParameters() + " " + record.getThrown());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @Test
    void neitherTheKeyNorASecretValueLeaks() throws Exception {
        HTTP_LOGGER.addHandler(CAPTURE);
        HTTP_LOGGER.setLevel(Level.ALL);
        List<String> seen = new ArrayList<>();
        try {
            for (Endpoint endpoint : Endpoint.all()) {
                driveSandbox(endpoint, seen);
                driveEchoServer(endpoint, seen);
            }
        } finally {
            HTTP_LOGGER.removeHandler(CAPTURE);
        }
        assertTrue(LOG_LINES.size() > 50, "debug logging was captured: " + LOG_LINES.size() + " lines");
        assertTrue(LOG_LINES.stream().anyMatch(line -> line.contains("[REDACTED]")), "redaction visible in logs");
        seen.addAll(LOG_LINES);
        for (String text : seen) {
            assertFalse(text.contains(KEY), "API key leaked: " + text);
            assertFalse(text.contains(SECRET), "custom secret leaked: " + text);
        }
    }

    /** Success, async, raw responses and a 422 from the real sandboxes, with debug logging. */
    private static void driveSandbox(Endpoint endpoint, List<String> seen) throws Exception {
        Vendor vendor = endpoint.vendor();
        try (VendorSandbox sandbox = VendorSandbox.start(vendor, KEY)) {
            String baseUrl = sandbox.baseUrl(endpoint.operation());
            var builder = vendor.builder()
                    .apiKey(KEY)
                    .baseUrl(baseUrl)
                    .logLevel(LogLevel.DEBUG)
                    .header("X-Extra", "not-secret");
            seen.add(builder.toString());
            try (AutoCloseable client = vendor.build(builder)) {
                seen.add(client.toString());
                for (Mode mode : Mode.values()) {
                    collect(endpoint.outcome(mode, client, 20), seen);
                }
                // Wrong key: 401 from the sandbox.
                try (AutoCloseable wrong = vendor.build(
                        vendor.builder().apiKey(KEY + "-wrong").baseUrl(baseUrl).logLevel(LogLevel.DEBUG))) {
                    collect(endpoint.outcome(Mode.SYNC, wrong, 20), seen);
                }
                if (vendor == Vendor.PRIMEINTELLECT && endpoint.operation() == Operation.UPDATE) {
                    drivePrimeIntellectSecrets((PrimeIntellectClient) client, seen);
                }
            }
        }
    }

    private static void drivePrimeIntellectSecrets(PrimeIntellectClient client, List<String> seen) throws Exception {
        HostedEvalConfig config = HostedEvalConfig.builder()
                .numExamples(10)
                .rolloutsPerExample(2)
                .customSecrets(Map.of("OPENAI_API_KEY", SECRET, "OTHER", SECRET + "-2"))
                .build();
        UpdateEvaluationParams params =
                UpdateEvaluationParams.builder().name("x").evalConfig(config).build();
        seen.add(config.toString());
        seen.add(params.toString());
        seen.add(config.toBuilder().toString());
        seen.add(params.toBuilder().toString());
        ApiResponse<?> raw = client.withRawResponse().updateEvaluation("eval_demo", params, RequestOptions.none());
        seen.add(raw.toString());
        seen.add(raw.body().toString());
        seen.add(raw.headers().toString());
        collect(
                client.withRawResponse()
                        .updateEvaluationAsync("eval_demo", params, RequestOptions.none())
                        .get(),
                seen);
        // Unknown evaluation: 404 after a body holding the secrets was sent.
        try {
            client.updateEvaluation("eval_missing", params);
        } catch (EvalwireException expected) {
            collect(expected, seen);
        }
    }

    /**
     * A server that echoes the Authorization / x-api-key header and the request body (with the secrets) back:
     * in a 400 error body, in a 429's headers, in a 200 that is not valid JSON, and in a 500 HTML page.
     */
    private static void driveEchoServer(Endpoint endpoint, List<String> seen) throws Exception {
        Vendor vendor = endpoint.vendor();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                private int count;

                @Override
                public synchronized MockResponse dispatch(RecordedRequest request) {
                    String key = request.getHeaders().get("authorization") != null
                            ? request.getHeaders().get("authorization")
                            : request.getHeaders().get("x-api-key");
                    String body =
                            request.getBody() == null ? "" : request.getBody().utf8();
                    String echo = ("key " + key + " body " + body)
                            .replace("\\", "\\\\")
                            .replace("\"", "\\\"");
                    switch (count++ % 6) {
                        case 0:
                            return json(
                                    400, "{\"detail\":\"" + echo + "\",\"errors\":{\"api_key\":[\"" + echo + "\"]}}");
                        case 1:
                            return new MockResponse.Builder()
                                    .code(429)
                                    .setHeader("X-Echo", key.replace("Bearer ", ""))
                                    .setHeader("Set-Cookie", "session=" + KEY)
                                    .setHeader("Retry-After", "999")
                                    .setHeader("Content-Type", "application/json")
                                    .body("{\"message\":\"" + echo + "\"}")
                                    .build();
                        case 2:
                            return new MockResponse.Builder()
                                    .code(200)
                                    .setHeader("X-Echo", key)
                                    .setHeader("Content-Type", "application/json")
                                    .body("{\"broken\": \"" + echo)
                                    .build();
                        case 3:
                            return new MockResponse.Builder()
                                    .code(500)
                                    .setHeader("Content-Type", "text/plain")
                                    .body("internal error for " + echo)
                                    .build();
                        case 4:
                            return json(200, validWithEcho(endpoint, echo));
                        default:
                            return json(
                                    422,
                                    "{\"detail\":[{\"loc\":[\"body\",\"" + echo + "\"],\"msg\":\"" + echo
                                            + "\",\"type\":\"value_error\"}]}");
                    }
                }
            });
            server.start(InetAddress.getByName("127.0.0.1"), 0);
            String url = server.url("/").toString();
            try (AutoCloseable client = vendor.build(vendor.builder()
                    .apiKey(KEY)
                    .baseUrl(url.substring(0, url.length() - 1))
                    .logLevel(LogLevel.DEBUG)
                    .maxRetries(0))) {
                for (int i = 0; i < 6; i++) {
                    if (vendor == Vendor.PRIMEINTELLECT && endpoint.operation() == Operation.UPDATE) {
                        HostedEvalConfig config = HostedEvalConfig.builder()
                                .numExamples(1)
                                .rolloutsPerExample(1)
                                .customSecrets(Map.of("K", SECRET))
                                .build();
                        try {
                            collect(
                                    ((PrimeIntellectClient) client)
                                            .updateEvaluation(
                                                    "eval_demo",
                                                    UpdateEvaluationParams.builder()
                                                            .evalConfig(config)
                                                            .build()),
                                    seen);
                        } catch (EvalwireException expected) {
                            collect(expected, seen);
                        }
                    } else {
                        collect(endpoint.outcome(Mode.values()[i % 2], client, 20), seen);
                    }
                }
            }
        }
    }

    /** The call's valid body, with the echo in an unknown field and, as stored values, in custom_secrets. */
    private static String validWithEcho(Endpoint endpoint, String echo) {
        String valid = endpoint.body(Vendor.Body.VALID).trim();
        return valid.substring(0, valid.length() - 1) + ",\"x_echo\":\"" + echo + "\",\"custom_secrets\":{\"STORED\":\""
                + echo + "\"}}";
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder()
                .code(status)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    private static void collect(Object outcome, List<String> seen) {
        seen.add(String.valueOf(outcome));
        if (outcome instanceof ApiResponse<?> raw) {
            seen.add(String.valueOf(raw.body()));
            seen.add(raw.headers().toString());
        }
        if (outcome instanceof Throwable failure) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            seen.add(trace.toString());
            for (Throwable t = failure; t != null; t = t.getCause()) {
                seen.add(t.toString());
                seen.add(String.valueOf(t.getMessage()));
                seen.add(String.valueOf(t.getLocalizedMessage()));
            }
            if (failure instanceof InvalidResponseException invalid) {
                seen.add(invalid.rawBody());
                seen.add(invalid.headers().toString());
            }
            if (failure instanceof ApiException api) {
                seen.add(String.valueOf(api.serverMessage()));
                seen.add(api.rawBody());
                seen.add(api.headers().toString());
                for (FieldError error : api.fieldErrors()) {
                    seen.add(error.toString());
                    seen.add(error.field() + " " + error.message());
                }
            }
        }
    }
}
