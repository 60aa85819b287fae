package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalwire.core.http.HttpCall;
import dev.evalwire.core.http.HttpResponse;
import dev.evalwire.core.http.HttpTransport;
import dev.evalwire.core.internal.ApiExecutor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every interrupt ends in an {@link ApiInterruptedException} with the thread's interrupt flag set: an interrupt
 * before the call, one the HTTP library reports as an undeclared {@link InterruptedException}, one that reaches
 * OkHttp while it connects, and one during a wait between retries; sync and async.
 */
class InterruptTest extends MockServerCalls {

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void aThreadInterruptedBeforeTheCallSendsNothing() {
        server.enqueue(ok());
        try (ApiExecutor executor = client().build()) {
            Thread.currentThread().interrupt();
            ApiInterruptedException e = assertThrows(ApiInterruptedException.class, () -> call(executor));
            assertTrue(Thread.interrupted(), "interrupt flag kept");
            assertTrue(e.getMessage().startsWith("interrupted before attempt 1 calling PUT /items/i1"), e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void anUndeclaredInterruptedExceptionFromTheLibraryIsTyped() {
        try (ApiExecutor executor =
                client().transport(throwing(new InterruptedException())).build()) {
            ApiInterruptedException e = assertThrows(ApiInterruptedException.class, () -> call(executor));
            assertTrue(Thread.interrupted(), "interrupt flag restored");
            assertInstanceOf(InterruptedException.class, e.getCause());
        }
    }

    @Test
    void anUndeclaredInterruptedExceptionCompletesTheFutureTyped() throws Exception {
        try (ApiExecutor executor =
                client().transport(throwing(new InterruptedException())).build()) {
            CompletableFuture<ApiResponse<JsonNode>> future =
                    executor.executeAsync(request(), json -> json, RequestOptions.none());
            ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
            assertInstanceOf(ApiInterruptedException.class, e.getCause());
        }
    }

    @Test
    void anInterruptWhileOkHttpConnectsIsTypedSyncAndAsync() throws Exception {
        server.enqueue(ok());
        server.enqueue(ok());
        OkHttpClient interrupting = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    Thread.currentThread().interrupt();
                    return chain.proceed(chain.request());
                })
                .build();
        try (ApiExecutor executor = client().okHttpClient(interrupting).build()) {
            assertThrows(ApiInterruptedException.class, () -> call(executor));
            assertTrue(Thread.interrupted(), "interrupt flag kept");
            ExecutionException e = assertThrows(
                    ExecutionException.class,
                    () -> executor.executeAsync(request(), json -> json, RequestOptions.none())
                            .get(10, TimeUnit.SECONDS));
            assertInstanceOf(ApiInterruptedException.class, e.getCause());
        }
    }

    @Test
    void anInterruptDuringTheRetryWaitIsTypedAndStopsRetrying() {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(ok());
        Sleeper interrupted = duration -> {
            throw new InterruptedException();
        };
        try (ApiExecutor executor = client().sleeper(interrupted).build()) {
            ApiInterruptedException e = assertThrows(ApiInterruptedException.class, () -> call(executor));
            assertTrue(Thread.interrupted(), "interrupt flag restored");
            assertTrue(e.getMessage().startsWith("interrupted while waiting to retry"), e.getMessage());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aRuntimeExceptionFromTheLibraryIsAConnectionFailureAndNotRetried() {
        IllegalStateException broken = new IllegalStateException("interceptor bug");
        try (ApiExecutor executor = client().transport(throwing(broken)).build()) {
            ApiConnectionException e = assertThrows(ApiConnectionException.class, () -> call(executor));
            assertEquals(broken, e.getCause());
            assertTrue(e.getMessage().contains("1 attempt)"), e.getMessage());
        }
    }

    private TestClient client() {
        return new TestClient()
                .apiKey("sk-interrupt-key")
                .baseUrl(server.url("/").toString())
                .sleeper(duration -> {});
    }

    /** A transport whose every call throws {@code failure}, even a checked one it does not declare. */
    static HttpTransport throwing(Throwable failure) {
        return new HttpTransport() {
            @Override
            public HttpCall newCall(dev.evalwire.core.http.HttpRequest request) {
                return new HttpCall() {
                    @Override
                    public HttpResponse execute() {
                        return InterruptTest.<RuntimeException>sneakyThrow(failure);
                    }

                    @Override
                    public void cancel() {}
                };
            }

            @Override
            public void close() {}
        };
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> HttpResponse sneakyThrow(Throwable failure) throws E {
        throw (E) failure;
    }
}
