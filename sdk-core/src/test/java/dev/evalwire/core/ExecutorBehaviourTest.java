package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.evalwire.core.http.HttpCall;
import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.http.HttpRequest;
import dev.evalwire.core.http.HttpResponse;
import dev.evalwire.core.http.HttpTransport;
import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.ApiRequest;
import dev.evalwire.core.internal.ResponseDecoder;
import dev.evalwire.core.internal.VendorDescription;
import dev.evalwire.core.testing.RecordingSleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a client does with the settings and inputs it is given, seen through an in-memory transport: builder
 * settings that take effect, headers per request and per call, which library failures become which exception with
 * which message, the boundary of an acceptable Retry-After, what an unreadable body shows, and what closing the
 * client leaves alone (a user's transport and executor) or stops (an attempt being started, a wait between
 * retries).
 */
class ExecutorBehaviourTest {

    private static final String KEY = "sk-behaviour-key";
    private static final String BASE = "https://api.example.invalid";

    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private final Scripted transport = new Scripted();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** A transport that answers from a script and records what it was sent and whether it was closed. */
    static final class Scripted implements HttpTransport {
        final Deque<Object> script = new ArrayDeque<>();
        final List<HttpRequest> sent = Collections.synchronizedList(new ArrayList<HttpRequest>());
        volatile boolean closed;

        Scripted then(Object responseOrFailure) {
            script.add(responseOrFailure);
            return this;
        }

        @Override
        public HttpCall newCall(HttpRequest request) {
            return new HttpCall() {
                @Override
                public HttpResponse execute() throws IOException {
                    sent.add(request);
                    Object next = script.remove();
                    if (next instanceof IOException) {
                        throw (IOException) next;
                    }
                    return (HttpResponse) next;
                }

                @Override
                public void cancel() {}
            };
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** A transport whose every call is made by {@code calls}. */
    private static HttpTransport calls(Supplier<HttpCall> calls) {
        return new HttpTransport() {
            @Override
            public HttpCall newCall(HttpRequest request) {
                return calls.get();
            }

            @Override
            public void close() {}
        };
    }

    private static HttpResponse response(int status, String contentType, String body, String... headers) {
        HttpHeaders.Builder all = HttpHeaders.builder();
        if (contentType != null) {
            all.set("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            all.set(headers[i], headers[i + 1]);
        }
        return new HttpResponse(status, all.build(), body.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse ok() {
        return response(200, "application/json", "{\"ok\":true}");
    }

    private TestClient client() {
        return new TestClient().apiKey(KEY).baseUrl(BASE).transport(transport).sleeper(new RecordingSleeper());
    }

    private static ApiRequest.Builder request() {
        return ApiRequest.builder("PUT").path("items").pathParam("id", "i1");
    }

    private static ApiResponse<JsonNode> call(ApiExecutor executor) {
        return executor.execute(request().build(), json -> json, RequestOptions.none());
    }

    /** A type of the user's that only the user's own serializer can write. */
    static final class Money {
        final int amount;

        Money(int amount) {
            this.amount = amount;
        }
    }

    @Test
    void everyBuilderSettingTakesEffect() throws Exception {
        SimpleModule money = new SimpleModule("money").addSerializer(new StdSerializer<Money>(Money.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.amount + " EUR");
            }
        });
        transport.then(ok());
        try (ApiExecutor executor = new TestClient()
                .fromEnv()
                .allowInsecureHttp(true)
                .asyncExecutor(pool)
                .header("X-Client", "c")
                .objectMapperCustomizer(mapper -> mapper.registerModule(money))
                .apiKey(KEY)
                .baseUrl("http://api.example.invalid/")
                .transport(transport)
                .build()) {
            executor.execute(
                    request()
                            .body(Collections.singletonMap("price", new Money(3)))
                            .build(),
                    json -> json,
                    RequestOptions.none());
        }
        HttpRequest sent = transport.sent.get(0);
        assertEquals("http://api.example.invalid/items/i1", sent.url());
        assertEquals("c", sent.headers().first("X-Client"));
        assertEquals("{\"price\":\"3 EUR\"}", new String(sent.body(), StandardCharsets.UTF_8));
        assertFalse(transport.closed, "a transport the user gave is not closed with the client");
        assertFalse(pool.isShutdown(), "an executor the user gave is not shut down with the client");
    }

    @Test
    void firstSetReturnsTheFirstVariableThatIsSetAndAMissingKeyNamesTheVariable() {
        assertNull(VendorDescription.firstSet(ConfigSource.of(Collections.<String, String>emptyMap()), "A", "B"));
        assertEquals("b", VendorDescription.firstSet(ConfigSource.of(Collections.singletonMap("B", "b")), "A", "B"));
        assertEquals(
                "API key is missing: set the TEST_API_KEY environment variable or pass the key to the client"
                        + " builder's apiKey(...)",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> new TestClient()
                                        .fromEnv(ConfigSource.of(Collections.<String, String>emptyMap()))
                                        .build())
                        .getMessage());
    }

    @Test
    void requestHeadersAndPerCallHeadersAreSentAndAuthenticationAlwaysWins() {
        transport.then(ok()).then(ok()).then(ok());
        try (ApiExecutor executor = client().build()) {
            executor.execute(request().header("X-Request", "r").build(), json -> json, RequestOptions.none());
            executor.execute(
                    request().build(),
                    json -> json,
                    RequestOptions.builder().header("X-Call", "c").build());
            executor.execute(
                    request()
                            .header("X-Both", "request")
                            .header("X-Request", "r")
                            .build(),
                    json -> json,
                    RequestOptions.builder()
                            .header("X-Both", "call")
                            .header("Authorization", "forged")
                            .build());
        }
        assertEquals("r", transport.sent.get(0).headers().first("X-Request"));
        assertEquals("c", transport.sent.get(1).headers().first("X-Call"));
        HttpHeaders both = transport.sent.get(2).headers();
        assertEquals("call", both.first("X-Both"));
        assertEquals("r", both.first("X-Request"));
        assertEquals("Bearer " + KEY, both.first("Authorization"));
    }

    @Test
    void aRetryAfterExactlyAtTheCapIsHonoured() {
        RecordingSleeper sleeper = new RecordingSleeper();
        transport
                .then(response(429, "application/json", "{}", "Retry-After", "60"))
                .then(ok());
        try (ApiExecutor executor = client().sleeper(sleeper).build()) {
            assertEquals(200, call(executor).status());
        }
        assertEquals(Collections.singletonList(Duration.ofSeconds(60)), sleeper.sleeps());
    }

    @Test
    void anUnreadableBodyIsShownWithSecretFieldsMaskedOrAsTextWhenNotJson() {
        transport
                .then(response(200, "application/json", "{\"custom_secrets\":{\"K\":\"v\"},\"n\":1}"))
                .then(response(200, "text/plain", "plain words"))
                .then(response(200, "application/json", "\"just text\""));
        try (ApiExecutor executor = client().build()) {
            ResponseDecoder<JsonNode> refuse = json -> {
                throw new IllegalArgumentException("wrong shape");
            };
            InvalidResponseException masked = assertThrows(
                    InvalidResponseException.class,
                    () -> executor.execute(request().build(), refuse, RequestOptions.none()));
            assertEquals("{\"custom_secrets\":{\"K\":\"[REDACTED]\"},\"n\":1}", masked.rawBody());
            assertEquals(
                    "plain words",
                    assertThrows(InvalidResponseException.class, () -> call(executor))
                            .rawBody());
            assertEquals(
                    "\"just text\"",
                    assertThrows(
                                    InvalidResponseException.class,
                                    () -> executor.execute(request().build(), refuse, RequestOptions.none()))
                            .rawBody());
        }
    }

    @Test
    void libraryFailuresAreNamedByTheirClassAndTheNumberOfAttempts() {
        transport.then(new IOException()).then(new IOException("reset")).then(new IOException("reset again"));
        try (ApiExecutor executor = client().maxRetries(0).build()) {
            assertEquals(
                    "connection failed calling PUT /items/i1 (IOException; 1 attempt)",
                    assertThrows(ApiConnectionException.class, () -> call(executor))
                            .getMessage());
        }
        try (ApiExecutor executor = client().maxRetries(1).build()) {
            assertEquals(
                    "connection failed calling PUT /items/i1 (IOException: reset again; 2 attempts)",
                    assertThrows(ApiConnectionException.class, () -> call(executor))
                            .getMessage());
        }
    }

    @Test
    void timeoutsAreRecognisedByTheirTypeOrOkHttpsMessage() {
        transport
                .then(new SocketTimeoutException("read timed out"))
                .then(new InterruptedIOException("timeout"))
                .then(new InterruptedIOException("deadline reached"))
                .then(new InterruptedIOException("other"));
        try (ApiExecutor executor = client().maxRetries(0).build()) {
            for (String detail : new String[] {
                "SocketTimeoutException: read timed out",
                "InterruptedIOException: timeout",
                "InterruptedIOException: deadline reached"
            }) {
                assertEquals(
                        "timed out calling PUT /items/i1 (" + detail + "; 1 attempt)",
                        assertThrows(ApiTimeoutException.class, () -> call(executor))
                                .getMessage());
            }
            EvalwireException other = assertThrows(EvalwireException.class, () -> call(executor));
            assertEquals(ApiConnectionException.class, other.getClass());
        }
    }

    @Test
    void anInterruptAnywhereInTheCauseChainOrOnTheThreadIsAnInterrupt() {
        IOException wrapped =
                new IOException("wrapped", new IOException("middle", new InterruptedIOException("interrupted")));
        transport.then(wrapped);
        try (ApiExecutor executor = client().maxRetries(2).build()) {
            ApiInterruptedException e = assertThrows(ApiInterruptedException.class, () -> call(executor));
            assertTrue(Thread.interrupted(), "interrupt flag set");
            assertTrue(e.getMessage().startsWith("interrupted during attempt 1 calling PUT /items/i1"), e.getMessage());
        }
        HttpTransport interruptsThenFails = calls(() -> new HttpCall() {
            @Override
            public HttpResponse execute() throws IOException {
                Thread.currentThread().interrupt();
                throw new IOException("broken pipe");
            }

            @Override
            public void cancel() {}
        });
        try (ApiExecutor executor =
                client().transport(interruptsThenFails).maxRetries(2).build()) {
            ApiInterruptedException e = assertThrows(ApiInterruptedException.class, () -> call(executor));
            assertTrue(Thread.interrupted(), "interrupt flag kept");
            assertTrue(e.getMessage().startsWith("interrupted during attempt 1 calling PUT /items/i1"), e.getMessage());
        }
    }

    @Test
    void anAsyncBodyCompletesWithTheBodyAndCancellingItAfterwardsDoesNothing() throws Exception {
        transport.then(ok());
        try (ApiExecutor executor = client().build()) {
            CompletableFuture<JsonNode> body =
                    executor.executeAsyncBody(request().build(), json -> json, RequestOptions.none());
            assertEquals("{\"ok\":true}", body.get(10, TimeUnit.SECONDS).toString());
            assertFalse(body.cancel(true));
            assertFalse(body.isCancelled());
        }
    }

    @Test
    void anAsyncCallWhoseCompletionExecutorRefusesCompletesOnTheThreadThatEndsIt() throws Exception {
        pool.shutdown();
        transport.then(ok());
        try (ApiExecutor executor = client().asyncExecutor(pool).build()) {
            CompletableFuture<ApiResponse<JsonNode>> future =
                    executor.executeAsync(request().build(), json -> json, RequestOptions.none());
            assertEquals(200, future.get(10, TimeUnit.SECONDS).status());
        }
        assertEquals(1, transport.sent.size());
    }

    @Test
    void closingTheClientWhileAnAttemptIsPreparedCancelsItBeforeItIsSent() {
        List<String> events = new ArrayList<>();
        ApiExecutor[] executor = new ApiExecutor[1];
        HttpTransport closesWhilePreparing = calls(() -> {
            executor[0].close();
            return new HttpCall() {
                private boolean cancelled;

                @Override
                public HttpResponse execute() throws IOException {
                    if (cancelled) {
                        events.add("execute after cancel");
                        throw new IOException("Canceled");
                    }
                    events.add("sent");
                    return ok();
                }

                @Override
                public void cancel() {
                    cancelled = true;
                }
            };
        });
        executor[0] = client().transport(closesWhilePreparing).build();
        assertThrows(ClientClosedException.class, () -> call(executor[0]));
        assertEquals(Collections.singletonList("execute after cancel"), events);
    }

    @Test
    void cancellingAnAsyncCallWakesItsWaitBetweenRetries() throws Exception {
        CompletableFuture<Void> waiting = new CompletableFuture<>();
        CountDownLatch woken = new CountDownLatch(1);
        Sleeper blocksUntilInterrupted = duration -> {
            waiting.complete(null);
            try {
                new CountDownLatch(1).await(1, TimeUnit.MINUTES);
            } catch (InterruptedException interrupted) {
                woken.countDown();
                throw interrupted;
            }
        };
        transport.then(response(503, "application/json", "{}")).then(ok());
        try (ApiExecutor executor = client().sleeper(blocksUntilInterrupted).build()) {
            CompletableFuture<ApiResponse<JsonNode>> future =
                    executor.executeAsync(request().build(), json -> json, RequestOptions.none());
            CompletableFuture.anyOf(waiting, future).get(10, TimeUnit.SECONDS);
            assertTrue(waiting.isDone(), "the call waits before its retry");
            assertTrue(future.cancel(true));
            assertTrue(woken.await(10, TimeUnit.SECONDS), "the wait was interrupted");
        }
        assertEquals(1, transport.sent.size(), "no attempt after the cancel");
    }
}
