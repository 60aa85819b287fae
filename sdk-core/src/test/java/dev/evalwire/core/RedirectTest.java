package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.ApiRequest;
import dev.evalwire.core.testing.RecordingSleeper;
import java.io.IOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A 3xx answer is never followed, for each redirect status, to the same origin and to another one, sync and async,
 * with the SDK's own OkHttp client and with a user's that follows redirects: exactly one request is made, none
 * reaches the Location, and the caller gets a {@link RedirectException}.
 */
class RedirectTest {

    private static final String KEY = "sk-redirect-key-5d1c";

    private final MockWebServer origin = new MockWebServer();
    private final MockWebServer elsewhere = new MockWebServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @BeforeEach
    void start() throws IOException {
        origin.start();
        elsewhere.start();
    }

    @AfterEach
    void stop() {
        origin.close();
        elsewhere.close();
    }

    static Stream<Arguments> redirects() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (int status : new int[] {301, 302, 303, 307, 308}) {
            for (boolean sameOrigin : new boolean[] {true, false}) {
                for (boolean async : new boolean[] {false, true}) {
                    for (boolean userClient : new boolean[] {false, true}) {
                        cases.add(Arguments.of(status, sameOrigin, async, userClient));
                    }
                }
            }
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0} same origin={1} async={2} user client={3}")
    @MethodSource("redirects")
    void aRedirectIsNeverFollowed(int status, boolean sameOrigin, boolean async, boolean userClient) throws Exception {
        String location = (sameOrigin ? origin : elsewhere).url("/moved/here").toString();
        origin.enqueue(new MockResponse.Builder()
                .code(status)
                .addHeader("Location", location)
                .build());
        origin.enqueue(ok());
        elsewhere.enqueue(ok());
        OkHttpClient users = new OkHttpClient.Builder().build();
        TestClient builder = new TestClient(true)
                .apiKey(KEY)
                .baseUrl(origin.url("/").toString())
                .sleeper(sleeper)
                .retryPolicy(RetryPolicy.builder()
                        .retryableStatuses(new HashSet<>(Collections.singletonList(status)))
                        .build());
        if (userClient) {
            builder.okHttpClient(users);
        }
        try (ApiExecutor executor = builder.build()) {
            RedirectException e = async
                    ? assertInstanceOf(
                            RedirectException.class,
                            assertThrows(
                                            ExecutionException.class,
                                            () -> executor.executeAsync(request(), json -> json, RequestOptions.none())
                                                    .get(10, TimeUnit.SECONDS))
                                    .getCause())
                    : assertThrows(
                            RedirectException.class,
                            () -> executor.execute(request(), json -> json, RequestOptions.none()));
            assertEquals(status, e.status());
            assertEquals(location, e.location());
            assertTrue(e.getMessage().contains("redirect to " + location + " not followed"), e.getMessage());
            assertInstanceOf(UnexpectedStatusException.class, e);
        }
        assertEquals(
                1,
                origin.getRequestCount(),
                "exactly one request, not retried even though " + status + " is listed as retryable");
        RecordedRequest sent = origin.takeRequest();
        assertEquals("PATCH", sent.getMethod());
        assertEquals("/items/i1", sent.getUrl().encodedPath());
        assertEquals(0, elsewhere.getRequestCount(), "the Location's origin received nothing");
        assertTrue(sleeper.sleeps().isEmpty(), "no retry wait");
        assertTrue(users.followRedirects() && users.followSslRedirects(), "the user's client is left as it was");
    }

    @Test
    void aRedirectWithoutLocationIsStillARedirectException() {
        origin.enqueue(new MockResponse.Builder().code(300).build());
        try (ApiExecutor executor =
                new TestClient().apiKey(KEY).baseUrl(origin.url("/").toString()).build()) {
            RedirectException e = assertThrows(
                    RedirectException.class, () -> executor.execute(request(), json -> json, RequestOptions.none()));
            assertEquals(300, e.status());
            assertEquals(null, e.location());
            assertFalse(e.getMessage().contains(" to "), e.getMessage());
        }
    }

    private static ApiRequest request() {
        return ApiRequest.builder("PATCH")
                .path("items")
                .pathParam("id", "i1")
                .body(Collections.singletonMap("name", "n"))
                .build();
    }

    private static MockResponse ok() {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body("{}")
                .build();
    }
}
