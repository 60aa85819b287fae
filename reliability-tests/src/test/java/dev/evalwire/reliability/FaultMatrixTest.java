package dev.evalwire.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.ApiConnectionException;
import dev.evalwire.core.ApiException;
import dev.evalwire.core.ApiTimeoutException;
import dev.evalwire.core.AuthenticationException;
import dev.evalwire.core.BadRequestException;
import dev.evalwire.core.ClientBuilder;
import dev.evalwire.core.ConflictException;
import dev.evalwire.core.EvalwireException;
import dev.evalwire.core.InternalServerException;
import dev.evalwire.core.InvalidResponseException;
import dev.evalwire.core.NotFoundException;
import dev.evalwire.core.PermissionDeniedException;
import dev.evalwire.core.RateLimitException;
import dev.evalwire.core.RequestOptions;
import dev.evalwire.core.Timeouts;
import dev.evalwire.core.UnexpectedStatusException;
import dev.evalwire.core.UnprocessableEntityException;
import dev.evalwire.core.testing.RecordingSleeper;
import dev.evalwire.reliability.Vendor.Body;
import dev.evalwire.reliability.Vendor.Mode;
import dev.evalwire.testing.Fault;
import dev.evalwire.testing.Sandbox;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault of the "Faults" table in docs/GUARANTEES.md, for the four vendors' update and read calls, through the
 * public clients, sync and async. Each row's display name tables the promised outcome, for example
 * {@code fireworks async: 503 then 200 -> success after 1 retry} (an update) or
 * {@code scale read sync: 429 on every attempt -> RateLimitException 429 ...}; each row checks exactly that outcome
 * (the typed response, or the typed exception with its status and server message), the number of requests the
 * server saw, that each of them had the call's method, path and query (and a read no body), and the waits the
 * client asked its sleeper for. The SDK retries by status and failure alone, whatever the method, so a read and an
 * update share every row's promise. A raw Jackson/OkHttp/IO exception, a hang or a retried non-retryable status
 * fails the row.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FaultMatrixTest {

    /** Fixed "now" for HTTP-date Retry-After values. */
    static final Instant NOW = Instant.parse("2030-01-02T03:04:05Z");

    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** Client timeouts: short enough that the timeout rows are quick, long enough for the 20 MB rows. */
    static final Timeouts TIMEOUTS = Timeouts.builder()
            .connect(Duration.ofSeconds(2))
            .read(Duration.ofSeconds(5))
            .write(Duration.ofSeconds(5))
            .call(Duration.ofSeconds(20))
            .build();

    static final int MB = 1024 * 1024;

    /** Rows run per vendor and call, to print the case counts. */
    static final Map<String, Integer> ROWS = new ConcurrentHashMap<>();

    // ---------------------------------------------------------------------------------------------- the matrix

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();

        // Rate limits: the wait the server asks for replaces the backoff.
        cases.add(Case.sandbox(
                v -> v.vendor() == Vendor.KEYWORDSAI
                        ? "429 with body retry_after 2 (vendor style) then 200"
                        : "429 with Retry-After: 2 (vendor style) then 200",
                (v, s) -> s.enqueueFault(Fault.rateLimited(Duration.ofSeconds(2))),
                Expect.successAfterWaits(Duration.ofSeconds(2))));
        cases.add(Case.sandbox(
                v -> "429 with Retry-After as an HTTP date 7 s ahead then 200",
                (v, s) -> s.enqueueFault(Fault.rateLimitedUntil(NOW.plusSeconds(7))),
                Expect.successAfterWaits(Duration.ofSeconds(7))));
        cases.add(Case.sandbox(
                v -> "429 with Retry-After as an HTTP date in the past then 200",
                (v, s) -> s.enqueueFault(Fault.rateLimitedUntil(NOW.minusSeconds(30))),
                Expect.successAfterWaits(Duration.ZERO)));
        cases.add(Case.sandbox(
                v -> "429 with retry-after-ms: 1500 then 200",
                (v, s) -> s.enqueueFault(Fault.rateLimitedMillis(1500)),
                Expect.successAfterWaits(Duration.ofMillis(1500))));
        cases.add(Case.sandbox(
                v -> "429 with body {\"retry_after\": 3} then 200",
                (v, s) -> s.enqueueFault(
                        Fault.status(429, "application/json", "{\"detail\":\"Slow down\",\"retry_after\":3}")),
                Expect.successAfterWaits(Duration.ofSeconds(3))));
        cases.add(Case.sandbox(
                v -> "429 asking for 120 s (over the 60 s cap)",
                (v, s) -> s.enqueueFault(Fault.rateLimited(Duration.ofSeconds(120))),
                Expect.failure(RateLimitException.class, 429, "rate limit exceeded", 1, 0)
                        .and((v, e) -> assertEquals(Duration.ofSeconds(120), ((RateLimitException) e).retryAfter()))));
        cases.add(Case.sandbox(
                v -> "429 on every attempt",
                (v, s) -> repeat(3, () -> s.enqueueFault(Fault.rateLimitedMillis(10))),
                Expect.failure(RateLimitException.class, 429, "rate limit exceeded", 3, -1)
                        .waits(Duration.ofMillis(10), Duration.ofMillis(10))));

        // Retryable statuses recover; the one that never recovers gives up after exactly 3 attempts.
        for (int status : new int[] {500, 502, 503, 504, 408}) {
            cases.add(Case.sandbox(
                    v -> status + " then 200",
                    (v, s) -> s.enqueueFault(Fault.status(status)),
                    Expect.successAfterBackoff(1)));
        }
        cases.add(Case.sandbox(
                v -> "503 then 502 then 200",
                (v, s) -> {
                    s.enqueueFault(Fault.status(503));
                    s.enqueueFault(Fault.status(502));
                },
                Expect.successAfterBackoff(2)));
        cases.add(Case.sandbox(
                v -> "503 on every attempt",
                (v, s) -> repeat(3, () -> s.enqueueFault(Fault.status(503))),
                Expect.failure(InternalServerException.class, 503, "Service Unavailable", 3, 2)));
        cases.add(Case.sandbox(
                v -> "408 on every attempt",
                (v, s) -> repeat(3, () -> s.enqueueFault(Fault.status(408))),
                Expect.failure(UnexpectedStatusException.class, 408, "Request Timeout", 3, 2)));

        // Statuses that are never retried: one request, the typed exception, no wait.
        Object[][] final4xx = {
            {400, BadRequestException.class, "Bad Request"},
            {401, AuthenticationException.class, "Unauthorized"},
            {403, PermissionDeniedException.class, "Forbidden"},
            {404, NotFoundException.class, "Not Found"},
            {405, UnexpectedStatusException.class, "Method Not Allowed"},
            {409, ConflictException.class, "Conflict"},
            {422, UnprocessableEntityException.class, "Unprocessable Entity"},
            {501, InternalServerException.class, "Not Implemented"},
        };
        for (Object[] row : final4xx) {
            int status = (Integer) row[0];
            @SuppressWarnings("unchecked")
            Class<? extends EvalwireException> type = (Class<? extends EvalwireException>) row[1];
            // Prime Intellect answers 401 with no body at all.
            String message = status == 401 ? null : (String) row[2];
            cases.add(Case.sandbox(
                    v -> status + " (never retried)",
                    (v, s) -> s.enqueueFault(Fault.status(status)),
                    Expect.failure(type, status, message, 1, 0).and((v, e) -> {
                        if (status == 401) {
                            assertEquals(
                                    v.vendor() == Vendor.PRIMEINTELLECT ? null : "Unauthorized",
                                    ((ApiException) e).serverMessage());
                        }
                    })));
        }
        cases.add(Case.sandbox(
                        v -> "real 401 for a wrong API key (never retried)",
                        (v, s) -> {},
                        Expect.failure(AuthenticationException.class, 401, null, 1, 0)
                                .and((v, e) -> assertEquals(
                                        v.vendor() == Vendor.PRIMEINTELLECT,
                                        ((ApiException) e).serverMessage() == null)))
                .client(b -> b.apiKey("wrong-key-0000")));

        // Network failures: retried like 5xx, then the connection exception.
        cases.add(Case.refused(
                v -> "connection refused on every attempt",
                Expect.failure(ApiConnectionException.class, null, null, 0, 2)));
        cases.add(Case.mock(
                v -> "connection reset before the response then 200",
                (v, m) -> {
                    m.enqueue(new MockResponse.Builder()
                            .onResponseStart(new SocketEffect.CloseSocket())
                            .build());
                    m.enqueue(ok(v));
                },
                Expect.successAfterBackoff(1)));
        cases.add(Case.mock(
                v -> "connection reset before the response on every attempt",
                (v, m) -> repeat(
                        3,
                        () -> m.enqueue(new MockResponse.Builder()
                                .onResponseStart(new SocketEffect.CloseSocket())
                                .build())),
                Expect.failure(ApiConnectionException.class, null, null, 3, 2)));
        cases.add(Case.sandbox(
                v -> "sandbox disconnect then 200",
                (v, s) -> s.enqueueFault(Fault.disconnect()),
                Expect.successAfterBackoff(1)));
        cases.add(Case.mock(
                v -> "disconnect in the middle of the body then 200",
                (v, m) -> {
                    m.enqueue(cutOff(v));
                    m.enqueue(ok(v));
                },
                Expect.successAfterBackoff(1)));
        cases.add(Case.mock(
                v -> "disconnect in the middle of the body on every attempt",
                (v, m) -> repeat(3, () -> m.enqueue(cutOff(v))),
                Expect.failure(ApiConnectionException.class, null, null, 3, 2)));
        cases.add(Case.mock(
                        v -> "read timeout (250 ms) then 200",
                        (v, m) -> {
                            m.enqueue(new MockResponse.Builder()
                                    .headersDelay(2, TimeUnit.SECONDS)
                                    .body(v.body(Body.VALID))
                                    .build());
                            m.enqueue(ok(v));
                        },
                        Expect.successAfterBackoff(1))
                .client(b -> b.timeouts(
                        TIMEOUTS.toBuilder().read(Duration.ofMillis(250)).build())));
        cases.add(Case.mock(
                        v -> "read timeout (250 ms) on every attempt",
                        (v, m) -> repeat(
                                3,
                                () -> m.enqueue(new MockResponse.Builder()
                                        .headersDelay(2, TimeUnit.SECONDS)
                                        .body(v.body(Body.VALID))
                                        .build())),
                        Expect.failure(ApiTimeoutException.class, null, null, 3, 2))
                .client(b -> b.timeouts(
                        TIMEOUTS.toBuilder().read(Duration.ofMillis(250)).build())));
        cases.add(Case.mock(
                        v -> "whole-call timeout (300 ms) while the body is held back, every attempt",
                        (v, m) -> repeat(
                                3,
                                () -> m.enqueue(new MockResponse.Builder()
                                        .body(v.body(Body.VALID))
                                        .bodyDelay(2, TimeUnit.SECONDS)
                                        .build())),
                        Expect.failure(ApiTimeoutException.class, null, null, 3, 2))
                .options(RequestOptions.builder()
                        .timeouts(TIMEOUTS.toBuilder()
                                .call(Duration.ofMillis(300))
                                .build())
                        .build()));

        // Successful statuses whose body is not what the spec promises: never retried.
        cases.add(Case.sandbox(
                v -> "200 with malformed JSON",
                (v, s) -> s.enqueueFault(Fault.malformedBody("application/json", "{\"name\": \"cut off")),
                Expect.invalid("not valid JSON")));
        cases.add(Case.sandbox(
                v -> "200 with an HTML page",
                (v, s) -> s.enqueueFault(Fault.malformedBody(
                        "text/html; charset=utf-8", "<!doctype html><html><body><h1>Welcome</h1></body></html>")),
                Expect.invalid("text/html")));
        cases.add(Case.sandbox(
                v -> "200 with an empty body",
                (v, s) -> s.enqueueFault(Fault.malformedBody("application/json", "")),
                Expect.invalid("body is empty")));
        cases.add(Case.sandbox(
                v -> "200 with valid JSON under Content-Type text/plain",
                (v, s) -> s.enqueueFault(Fault.malformedBody("text/plain", v.body(Body.VALID))),
                Expect.invalid("text/plain")));
        cases.add(Case.sandbox(
                v -> "200 with a JSON array instead of an object",
                (v, s) -> s.enqueueFault(Fault.malformedBody("application/json", "[1,2,3]")),
                Expect.invalid("shape")));
        cases.add(Case.sandbox(
                v -> "200 with JSON followed by garbage",
                (v, s) -> s.enqueueFault(Fault.malformedBody("application/json", v.body(Body.VALID) + "}{")),
                Expect.invalid("not valid JSON")));
        cases.add(Case.sandbox(
                v -> "200 with a 20 MB valid body",
                (v, s) -> s.enqueueFault(Fault.malformedBody("application/json", padded(v, 20 * MB))),
                Expect.success(Body.UNKNOWN_FIELDS, 1, 0)));
        cases.add(Case.sandbox(
                        v -> "200 with a 20 MB body over maxResponseBytes(1 MiB)",
                        (v, s) -> s.enqueueFault(Fault.malformedBody("application/json", padded(v, 20 * MB))),
                        Expect.invalid("larger"))
                .client(b -> b.maxResponseBytes(MB)));

        // Error bodies over the cap: the status decides, not the size.
        cases.add(Case.sandbox(
                        v -> "503 with a 2 MB body over maxResponseBytes(1 MiB) then 200",
                        (v, s) -> s.enqueueFault(Fault.status(503, "text/plain", "x".repeat(2 * MB))),
                        Expect.successAfterBackoff(1))
                .client(b -> b.maxResponseBytes(MB)));
        cases.add(Case.sandbox(
                        v -> "400 with a 2 MB body over maxResponseBytes(1 MiB) (never retried)",
                        (v, s) -> s.enqueueFault(Fault.status(400, "text/plain", "x".repeat(2 * MB))),
                        Expect.failure(BadRequestException.class, 400, null, 1, 0)
                                .and((v, e) -> assertTrue(e.getMessage().contains("(body not read: "), e.getMessage())))
                .client(b -> b.maxResponseBytes(MB)));

        // Error statuses whose body is not JSON: still the typed exception for the status.
        cases.add(Case.sandbox(
                v -> "502 with an HTML page on every attempt",
                (v, s) -> repeat(
                        3,
                        () -> s.enqueueFault(
                                Fault.status(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>"))),
                Expect.failure(InternalServerException.class, 502, null, 3, 2)
                        .and((v, e) -> assertTrue(((ApiException) e).rawBody().contains("<h1>502 Bad Gateway</h1>")))));
        cases.add(Case.sandbox(
                v -> "400 with an HTML page (never retried)",
                (v, s) -> s.enqueueFault(Fault.status(400, "text/html", "<html><body>Bad</body></html>")),
                Expect.failure(BadRequestException.class, 400, null, 1, 0)));
        cases.add(Case.sandbox(
                v -> "404 with an empty body (never retried)",
                (v, s) -> s.enqueueFault(Fault.status(404, null, "")),
                Expect.failure(NotFoundException.class, 404, null, 1, 0)
                        .and((v, e) -> assertTrue(e.getMessage().contains("(empty body)")))));
        cases.add(Case.sandbox(
                v -> "503 with an empty body on every attempt",
                (v, s) -> repeat(3, () -> s.enqueueFault(Fault.status(503, "application/json", ""))),
                Expect.failure(InternalServerException.class, 503, null, 3, 2)));

        // Tolerant decoding of bodies a newer (or sparser) server sends.
        cases.add(Case.sandbox(v -> "200 from the sandbox (baseline)", (v, s) -> {}, Expect.success(null, 1, 0)));
        for (Body body : new Body[] {
            Body.UNKNOWN_FIELDS, Body.UNKNOWN_ENUM, Body.MISSING_OPTIONAL, Body.NULLS, Body.UNKNOWN_TASK_TYPE
        }) {
            cases.add(Case.mock(
                            v -> "200 with " + body.label,
                            (v, m) -> m.enqueue(ok(v.body(body))),
                            Expect.success(body, 1, 0))
                    .onlyIf(v -> v.body(body) != null));
        }
        // Generated (lazy) responses decode and fail only the missing field's accessor; the others fail the call.
        cases.add(Case.mock(
                        v -> "200 with " + Body.REQUIRED_MISSING.label,
                        (v, m) -> m.enqueue(ok(v.body(Body.REQUIRED_MISSING))),
                        Expect.success(Body.REQUIRED_MISSING, 1, 0))
                .onlyIf(v -> v.body(Body.REQUIRED_MISSING) != null && v.vendor().lazyResponses()));
        cases.add(Case.mock(
                        v -> "200 with " + Body.REQUIRED_MISSING.label,
                        (v, m) -> m.enqueue(ok(v.body(Body.REQUIRED_MISSING))),
                        Expect.invalid("shape"))
                .onlyIf(v ->
                        v.body(Body.REQUIRED_MISSING) != null && !v.vendor().lazyResponses()));
        return cases;
    }

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (Case c : cases()) {
            for (Endpoint endpoint : Endpoint.all()) {
                if (!c.applies.apply(endpoint)) {
                    continue;
                }
                for (Mode mode : Mode.values()) {
                    String name = endpoint + " " + mode + ": " + c.name.apply(endpoint) + " -> " + c.expect.label;
                    rows.add(Arguments.of(Named.of(name, new Row(c, endpoint, mode))));
                }
            }
        }
        return rows.stream();
    }

    record Row(Case c, Endpoint endpoint, Mode mode) {}

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void row(Row row) throws Exception {
        Case c = row.c;
        Endpoint endpoint = row.endpoint;
        ROWS.merge(endpoint.toString(), 1, Integer::sum);
        RecordingSleeper sleeper = new RecordingSleeper();
        try (Server server = Server.start(c.backend, endpoint)) {
            c.arrange.accept(endpoint, server);
            ClientBuilder<?, ?> builder = endpoint.vendor()
                    .builder()
                    .apiKey(Vendor.API_KEY)
                    .baseUrl(server.baseUrl)
                    .sleeper(sleeper)
                    .clock(CLOCK)
                    .timeouts(TIMEOUTS);
            c.client.accept(builder);
            Object outcome;
            try (AutoCloseable client = endpoint.vendor().build(builder)) {
                outcome = endpoint.outcome(row.mode, client, endpoint.ids(), c.options, 40);
            }
            c.expect.check(endpoint, outcome, server.requestCount(), sleeper.sleeps());
            List<Seen> requests = server.requests();
            assertEquals(server.requestCount(), requests.size(), "requests recorded");
            for (Seen request : requests) {
                request.check(endpoint);
            }
        }
    }

    @AfterAll
    static void printCounts() {
        System.out.println("Fault matrix rows per vendor and call (sync + async): " + new TreeMap<>(ROWS));
    }

    /** The matrix covers every vendor's update and read, and mode, for every case that applies to it. */
    @Test
    void everyVendorHasTheSameCore() {
        Map<String, Long> perEndpoint = new TreeMap<>();
        for (Endpoint endpoint : Endpoint.all()) {
            perEndpoint.put(
                    endpoint.toString(),
                    cases().stream().filter(c -> c.applies.apply(endpoint)).count());
        }
        assertEquals(8, perEndpoint.size(), perEndpoint.toString());
        for (long count : perEndpoint.values()) {
            assertTrue(count >= 45, "cases per vendor and call: " + perEndpoint);
        }
    }

    // --------------------------------------------------------------------------------------------- helpers

    static void repeat(int times, Runnable action) {
        for (int i = 0; i < times; i++) {
            action.run();
        }
    }

    static MockResponse ok(Endpoint endpoint) {
        return ok(endpoint.body(Body.VALID));
    }

    static MockResponse ok(String body) {
        return new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    /** A 200 that announces a longer body than it sends, then closes the socket. */
    static MockResponse cutOff(Endpoint endpoint) {
        String body = endpoint.body(Body.VALID);
        return new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .setHeader("Content-Length", body.length() + 4096)
                .onResponseEnd(new SocketEffect.CloseSocket())
                .build();
    }

    /** The call's valid body with an unknown field (an array of 1 KiB strings) making it {@code size} long. */
    static String padded(Endpoint endpoint, int size) {
        String valid = endpoint.body(Body.VALID).trim();
        String item = "\"" + "abcdefghijklmnopqrstuvwxyz012345".repeat(32) + "\"";
        StringBuilder out = new StringBuilder(size + 2048)
                .append(valid, 0, valid.length() - 1)
                .append(",\"x_future_field\":[")
                .append(item);
        while (out.length() < size) {
            out.append(',').append(item);
        }
        return out.append("]}").toString();
    }

    // --------------------------------------------------------------------------------------------- model

    enum Backend {
        SANDBOX,
        MOCK,
        REFUSED
    }

    interface Arrange {
        void accept(Endpoint endpoint, Server server) throws Exception;
    }

    static final class Case {
        final Function<Endpoint, String> name;
        final Backend backend;
        final Arrange arrange;
        final Expect expect;
        Function<Endpoint, Boolean> applies = v -> true;
        Consumer<ClientBuilder<?, ?>> client = b -> {};
        RequestOptions options = RequestOptions.none();

        private Case(Function<Endpoint, String> name, Backend backend, Arrange arrange, Expect expect) {
            this.name = name;
            this.backend = backend;
            this.arrange = arrange;
            this.expect = expect;
        }

        static Case sandbox(Function<Endpoint, String> name, SandboxArrange arrange, Expect expect) {
            return new Case(name, Backend.SANDBOX, (v, s) -> arrange.accept(v, s.sandbox), expect);
        }

        static Case mock(Function<Endpoint, String> name, MockArrange arrange, Expect expect) {
            return new Case(name, Backend.MOCK, (v, s) -> arrange.accept(v, s.mock), expect);
        }

        static Case refused(Function<Endpoint, String> name, Expect expect) {
            return new Case(name, Backend.REFUSED, (v, s) -> {}, expect);
        }

        Case onlyIf(Function<Endpoint, Boolean> applies) {
            this.applies = applies;
            return this;
        }

        Case client(Consumer<ClientBuilder<?, ?>> client) {
            this.client = client;
            return this;
        }

        Case options(RequestOptions options) {
            this.options = options;
            return this;
        }
    }

    interface SandboxArrange {
        void accept(Endpoint endpoint, Sandbox sandbox) throws Exception;
    }

    interface MockArrange {
        void accept(Endpoint endpoint, MockWebServer server) throws Exception;
    }

    /** Exactly one outcome: the typed success, or one exception type with its status and server message. */
    static final class Expect {
        final String label;
        final Class<? extends EvalwireException> type;
        final Body decoded;
        final Integer status;
        final String serverMessage;
        final int requests;
        /** Number of backoff waits (0.5 s doubling, up to 25 % shorter), or -1 when {@link #waits} is exact. */
        int backoffs;

        List<Duration> waits = List.of();
        String messagePart;
        BiConsumer<Endpoint, Throwable> extra = (v, e) -> {};

        private Expect(
                String label,
                Class<? extends EvalwireException> type,
                Body decoded,
                Integer status,
                String serverMessage,
                int requests,
                int backoffs) {
            this.label = label;
            this.type = type;
            this.decoded = decoded;
            this.status = status;
            this.serverMessage = serverMessage;
            this.requests = requests;
            this.backoffs = backoffs;
        }

        static Expect success(Body decoded, int requests, int backoffs) {
            return new Expect(
                    requests == 1
                            ? "success"
                            : "success after " + (requests - 1) + " retr" + (requests == 2 ? "y" : "ies"),
                    null,
                    decoded,
                    200,
                    null,
                    requests,
                    backoffs);
        }

        static Expect successAfterBackoff(int retries) {
            return success(null, retries + 1, retries);
        }

        static Expect successAfterWaits(Duration... waits) {
            StringBuilder label = new StringBuilder("success after ")
                    .append(waits.length)
                    .append(waits.length == 1 ? " retry" : " retries")
                    .append(" waiting");
            for (Duration wait : waits) {
                label.append(' ').append(wait.toMillis()).append(" ms");
            }
            return new Expect(label.toString(), null, null, 200, null, waits.length + 1, -1).waits(waits);
        }

        static Expect failure(
                Class<? extends EvalwireException> type,
                Integer status,
                String serverMessage,
                int requests,
                int backoffs) {
            String label = type.getSimpleName()
                    + (status == null ? "" : " " + status)
                    + (serverMessage == null ? "" : " '" + serverMessage + "'")
                    + (requests <= 1
                            ? (requests == 0 ? " after 3 attempts" : " after 1 request")
                            : " after " + requests + " requests");
            return new Expect(label, type, null, status, serverMessage, requests, backoffs);
        }

        static Expect invalid(String messagePart) {
            Expect expect = failure(InvalidResponseException.class, 200, null, 1, 0);
            expect.messagePart = messagePart;
            return expect;
        }

        Expect waits(Duration... waits) {
            this.waits = List.of(waits);
            this.backoffs = -1;
            return this;
        }

        Expect and(BiConsumer<Endpoint, Throwable> check) {
            this.extra = check;
            return this;
        }

        void check(Endpoint endpoint, Object outcome, int requestCount, List<Duration> sleeps) {
            if (type == null) {
                if (outcome instanceof Throwable failure) {
                    throw new AssertionError("expected success, got " + failure, failure);
                }
                endpoint.checkDecoded(decoded == null ? Body.VALID : decoded, outcome);
            } else {
                if (!(outcome instanceof Throwable failure)) {
                    throw new AssertionError("expected " + type.getSimpleName() + ", got success: " + outcome);
                }
                if (!(failure instanceof EvalwireException)) {
                    throw new AssertionError("a raw exception escaped: " + failure, failure);
                }
                if (failure.getClass() != type) {
                    throw new AssertionError("expected " + type.getSimpleName() + ", got " + failure, failure);
                }
                assertNotNull(failure.getMessage());
                if (failure instanceof ApiException api) {
                    assertEquals(status, api.status(), "status");
                    if (serverMessage != null) {
                        assertNotNull(api.serverMessage(), "server message");
                        assertEquals(
                                serverMessage.toLowerCase(Locale.ROOT),
                                api.serverMessage().toLowerCase(Locale.ROOT),
                                "server message");
                        assertTrue(failure.getMessage().contains(api.serverMessage()), failure.getMessage());
                    }
                    assertTrue(failure.getMessage().startsWith("HTTP " + status), failure.getMessage());
                } else if (failure instanceof InvalidResponseException invalid) {
                    assertEquals(200, invalid.status());
                    assertTrue(failure.getMessage().contains(messagePart), failure.getMessage());
                } else {
                    assertInstanceOf(IOException.class, failure.getCause(), "the network failure is the cause");
                }
                extra.accept(endpoint, failure);
            }
            assertEquals(requests, requestCount, "requests the server saw");
            if (backoffs < 0) {
                assertEquals(waits, sleeps, "waits asked of the sleeper");
            } else {
                assertEquals(backoffs, sleeps.size(), "backoff waits: " + sleeps);
                for (int i = 0; i < sleeps.size(); i++) {
                    long full = 500L << i;
                    long millis = sleeps.get(i).toMillis();
                    assertTrue(millis >= full * 3 / 4 && millis <= full, "backoff " + (i + 1) + ": " + millis);
                }
            }
        }
    }

    /** A request as the server saw it. */
    record Seen(String method, String path, String query, String body, String contentType) {

        /** Checks the request line is the call's, and that a read sends no body while an update sends one. */
        void check(Endpoint endpoint) {
            assertEquals(endpoint.method(), method, "method");
            assertEquals(endpoint.path(endpoint.ids()), path, "path");
            assertEquals(endpoint.query(), query, "query");
            if (endpoint.operation() == Operation.READ) {
                assertTrue(body == null || body.isEmpty(), "a read sends no body: " + body);
                assertNull(contentType, "a read sends no Content-Type");
            } else {
                assertTrue(body != null && !body.isEmpty(), "an update sends its body");
            }
        }
    }

    /** A sandbox (with its read front), a MockWebServer, or a port nobody listens on. */
    static final class Server implements AutoCloseable {
        final Sandbox sandbox;
        final MockWebServer mock;
        final String baseUrl;

        private final VendorSandbox served;
        private final Operation operation;
        private final CountingDispatcher counting;

        private Server(
                VendorSandbox served,
                Operation operation,
                MockWebServer mock,
                CountingDispatcher counting,
                String baseUrl) {
            this.served = served;
            this.operation = operation;
            this.sandbox = served == null ? null : served.sandbox();
            this.mock = mock;
            this.counting = counting;
            this.baseUrl = baseUrl;
        }

        static Server start(Backend backend, Endpoint endpoint) throws IOException {
            switch (backend) {
                case SANDBOX: {
                    VendorSandbox served = VendorSandbox.start(endpoint.vendor(), Vendor.API_KEY);
                    return new Server(served, endpoint.operation(), null, null, served.baseUrl(endpoint.operation()));
                }
                case MOCK: {
                    MockWebServer mock = new MockWebServer();
                    CountingDispatcher counting = new CountingDispatcher();
                    mock.setDispatcher(counting);
                    mock.start(InetAddress.getByName("127.0.0.1"), 0);
                    String url = mock.url("/").toString();
                    return new Server(null, endpoint.operation(), mock, counting, url.substring(0, url.length() - 1));
                }
                default: {
                    int port;
                    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
                        port = socket.getLocalPort();
                    }
                    return new Server(null, endpoint.operation(), null, null, "http://127.0.0.1:" + port);
                }
            }
        }

        int requestCount() {
            return sandbox != null ? sandbox.requestCount() : counting != null ? counting.seen.size() : 0;
        }

        List<Seen> requests() {
            if (served != null) {
                return served.requests(operation).stream()
                        .map(r -> new Seen(r.method(), r.path(), r.query(), r.body(), r.header("Content-Type")))
                        .toList();
            }
            return counting != null ? List.copyOf(counting.seen) : List.of();
        }

        @Override
        public void close() {
            if (served != null) {
                served.close();
            }
            if (mock != null) {
                mock.close();
            }
        }
    }

    /** Records requests as they are dispatched, before any delay or socket effect of the response. */
    static final class CountingDispatcher extends QueueDispatcher {
        final List<Seen> seen = new CopyOnWriteArrayList<>();

        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            seen.add(new Seen(
                    request.getMethod(),
                    request.getUrl().encodedPath(),
                    request.getUrl().encodedQuery(),
                    request.getBody() == null ? null : request.getBody().utf8(),
                    request.getHeaders().get("Content-Type")));
            return super.dispatch(request);
        }
    }
}
