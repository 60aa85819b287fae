package dev.evalwire.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.ApiInterruptedException;
import dev.evalwire.core.ClientBuilder;
import dev.evalwire.core.ClientClosedException;
import dev.evalwire.core.Timeouts;
import dev.evalwire.reliability.Vendor.Mode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Interrupts and {@code close()} for every vendor's update and read, sync and async: an interrupt that reaches OkHttp while it
 * connects ends in {@link ApiInterruptedException} with the thread's interrupt flag set; {@code close()} stops a
 * call blocked in a read at once (the read timeout is minutes away) with {@link ClientClosedException} and no
 * further attempt; a call after {@code close()} fails at once and sends nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InterruptAndCloseTest {

    /** Far longer than any row may take: a row that passes was stopped by close(), not by a timeout. */
    private static final Timeouts SLOW =
            Timeouts.builder().read(Duration.ofMinutes(5)).call(Duration.ZERO).build();

    static Stream<Arguments> rows() {
        List<Arguments> rows = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.all()) {
            for (Mode mode : Mode.values()) {
                rows.add(Arguments.of(Named.of(endpoint + " " + mode, endpoint), mode));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: interrupted while connecting -> ApiInterruptedException, flag kept")
    @MethodSource("rows")
    void anInterruptIsTypedAndTheFlagKept(Endpoint endpoint, Mode mode) throws Exception {
        Vendor vendor = endpoint.vendor();
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(FaultMatrixTest.ok(endpoint));
            OkHttpClient interrupting = new OkHttpClient.Builder()
                    .addInterceptor(chain -> {
                        Thread.currentThread().interrupt();
                        return chain.proceed(chain.request());
                    })
                    .build();
            ClientBuilder<?, ?> builder = vendor.builder()
                    .apiKey(Vendor.API_KEY)
                    .baseUrl(server.url("/").toString())
                    .okHttpClient(interrupting)
                    .sleeper(duration -> {});
            Object outcome;
            boolean flagKept;
            try (AutoCloseable client = vendor.build(builder)) {
                outcome = endpoint.outcome(mode, client, 20);
                flagKept = Thread.interrupted();
            }
            assertInstanceOf(ApiInterruptedException.class, outcome);
            assertEquals(
                    mode == Mode.SYNC,
                    flagKept,
                    "a sync caller's interrupt flag is set after the call; an"
                            + " async call's interrupt stays on the SDK's worker");
        }
    }

    @ParameterizedTest(name = "{0}: close() during a blocked read -> ClientClosedException, 1 request")
    @MethodSource("rows")
    void closeStopsACallInFlight(Endpoint endpoint, Mode mode) throws Exception {
        Vendor vendor = endpoint.vendor();
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder()
                    .code(200)
                    .setHeader("Content-Type", "application/json")
                    .body(endpoint.body(Vendor.Body.VALID))
                    .bodyDelay(10, TimeUnit.MINUTES)
                    .build());
            server.enqueue(FaultMatrixTest.ok(endpoint));
            ClientBuilder<?, ?> builder = vendor.builder()
                    .apiKey(Vendor.API_KEY)
                    .baseUrl(server.url("/").toString())
                    .timeouts(SLOW)
                    .sleeper(duration -> {});
            AutoCloseable client = vendor.build(builder);
            CompletableFuture<Object> outcome = CompletableFuture.supplyAsync(() -> endpoint.outcome(mode, client, 50));
            server.takeRequest(20, TimeUnit.SECONDS);
            client.close();
            assertInstanceOf(ClientClosedException.class, outcome.get(20, TimeUnit.SECONDS));
            assertEquals(1, server.getRequestCount(), "no further attempt after close()");
        }
    }

    @ParameterizedTest(name = "{0}: a call after close() -> ClientClosedException, nothing sent")
    @MethodSource("rows")
    void aCallAfterCloseFailsAtOnce(Endpoint endpoint, Mode mode) throws Exception {
        Vendor vendor = endpoint.vendor();
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(FaultMatrixTest.ok(endpoint));
            AutoCloseable client = vendor.build(vendor.builder()
                    .apiKey(Vendor.API_KEY)
                    .baseUrl(server.url("/").toString()));
            client.close();
            Object outcome = endpoint.outcome(mode, client, 20);
            ClientClosedException e = assertInstanceOf(ClientClosedException.class, outcome);
            assertTrue(e.getMessage().contains("closed"), e.getMessage());
            assertEquals(0, server.getRequestCount());
        }
    }
}
