package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.ApiRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/**
 * {@code close()} stops the client's own calls in flight at once (not at the read timeout), starts no further
 * attempt, leaves other users' calls on a shared {@link OkHttpClient} alone, and makes later calls fail with
 * {@link ClientClosedException} before anything is sent; a client that owns its connections closes them.
 */
class CloseTest extends MockServerCalls {

    /** Long enough that a test passing proves the call was stopped by close(), not by a timeout. */
    private static final Timeouts SLOW =
            Timeouts.builder().read(Duration.ofMinutes(5)).call(Duration.ZERO).build();

    @Test
    void callsAfterCloseFailAtOnceSyncAndAsync() throws Exception {
        server.enqueue(ok());
        ApiExecutor executor = client().build();
        executor.close();
        executor.close();
        ClientClosedException sync = assertThrows(ClientClosedException.class, () -> call(executor));
        assertTrue(sync.getMessage().contains("client was closed before the call started"), sync.getMessage());
        CompletableFuture<ApiResponse<JsonNode>> future =
                executor.executeAsync(request(), json -> json, RequestOptions.none());
        ExecutionException async = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
        assertInstanceOf(ClientClosedException.class, async.getCause());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void closeStopsAnAsyncCallBlockedInARead() throws Exception {
        server.enqueue(hanging());
        server.enqueue(ok());
        ApiExecutor executor = client().build();
        CompletableFuture<ApiResponse<JsonNode>> future =
                executor.executeAsync(request(), json -> json, RequestOptions.none());
        server.takeRequest(10, TimeUnit.SECONDS);
        executor.close();
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
        assertInstanceOf(ClientClosedException.class, e.getCause());
        assertEquals(1, server.getRequestCount(), "no further attempt");
    }

    @Test
    void closeStopsASyncCallAndItMakesNoFurtherAttempt() throws Exception {
        server.enqueue(hanging());
        server.enqueue(ok());
        ApiExecutor executor = client().build();
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                call(executor);
                return null;
            } catch (Throwable failure) {
                return failure;
            }
        });
        server.takeRequest(10, TimeUnit.SECONDS);
        executor.close();
        assertInstanceOf(ClientClosedException.class, outcome.get(10, TimeUnit.SECONDS));
        assertEquals(1, server.getRequestCount(), "no retry on a new connection after close()");
    }

    @Test
    void closeLeavesOtherCallsOnASharedClientAlone() throws Exception {
        server.enqueue(hanging());
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body("theirs")
                .headersDelay(200, TimeUnit.MILLISECONDS)
                .build());
        OkHttpClient shared = new OkHttpClient.Builder().build();
        ApiExecutor executor = client().okHttpClient(shared).build();
        CompletableFuture<ApiResponse<JsonNode>> ours =
                executor.executeAsync(request(), json -> json, RequestOptions.none());
        server.takeRequest(10, TimeUnit.SECONDS);
        Call theirs =
                shared.newCall(new Request.Builder().url(server.url("/theirs")).build());
        CompletableFuture<String> theirBody = CompletableFuture.supplyAsync(() -> {
            try (okhttp3.Response response = theirs.execute()) {
                return response.body().string();
            } catch (IOException failure) {
                return "failed: " + failure;
            }
        });
        server.takeRequest(10, TimeUnit.SECONDS);
        executor.close();
        assertInstanceOf(
                ClientClosedException.class,
                assertThrows(ExecutionException.class, () -> ours.get(10, TimeUnit.SECONDS))
                        .getCause());
        assertEquals("theirs", theirBody.get(10, TimeUnit.SECONDS));
        assertTrue(!shared.dispatcher().executorService().isShutdown(), "the shared dispatcher is left running");
    }

    @Test
    void closeReleasesTheConnectionsOfAClientThatOwnsThem() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Integer> readAfterAnswer = CompletableFuture.supplyAsync(() -> answerThenRead(socket));
            try (ApiExecutor executor = new TestClient()
                    .apiKey("sk-close-key")
                    .baseUrl("http://127.0.0.1:" + socket.getLocalPort())
                    .build()) {
                assertEquals(
                        200,
                        executor.execute(
                                        ApiRequest.builder("GET").path("items").build(),
                                        json -> json,
                                        RequestOptions.none())
                                .status());
            }
            assertEquals(-1, readAfterAnswer.get(10, TimeUnit.SECONDS), "the client closed its connection");
        }
    }

    /** Answers one request on a kept-alive connection, then waits (up to 5 s) for the client to close it. */
    private static int answerThenRead(ServerSocket socket) {
        try (Socket connection = socket.accept()) {
            connection.setSoTimeout(5_000);
            InputStream in = connection.getInputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            OutputStream out = connection.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return in.read();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private TestClient client() {
        return new TestClient()
                .apiKey("sk-close-key")
                .baseUrl(server.url("/").toString())
                .timeouts(SLOW)
                .sleeper(duration -> {});
    }

    /** Headers arrive; the body never does (until the server shuts down). */
    private static MockResponse hanging() {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body("{\"slow\":true}")
                .bodyDelay(10, TimeUnit.MINUTES)
                .build();
    }
}
