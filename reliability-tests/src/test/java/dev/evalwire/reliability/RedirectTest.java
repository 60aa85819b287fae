package dev.evalwire.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.evalwire.core.ClientBuilder;
import dev.evalwire.core.RedirectException;
import dev.evalwire.reliability.Vendor.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No client ever follows a redirect: for each vendor's update and read, sync and async, each redirect status, a Location on the same
 * origin and on another origin, with the SDK's own OkHttp client and with a user's client that follows redirects.
 * Exactly one request is made (with the call's method and path), nothing reaches the Location, and the caller
 * gets a {@link RedirectException} with the status and the Location. So Scale's {@code x-api-key} and
 * {@code x-selected-account-id}, which OkHttp would re-send to another origin, and Prime Intellect's
 * {@code custom_secrets}, which a 307 would re-send, never leave the configured origin, and a 301/302/303 can no
 * longer turn an update into a body-less GET that looks like a success. A read that followed a redirect would carry
 * the key to the Location's origin the same way.
 */
class RedirectTest {

    static Stream<Arguments> rows() {
        List<Arguments> rows = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.all()) {
            for (Mode mode : Mode.values()) {
                for (int status : new int[] {301, 302, 303, 307, 308}) {
                    for (String target : new String[] {"same origin", "another origin"}) {
                        for (boolean userClient : new boolean[] {false, true}) {
                            String name = endpoint + " " + mode + ": " + status + " to " + target
                                    + (userClient ? " (user's OkHttpClient)" : "") + " -> RedirectException, 1 request";
                            rows.add(Arguments.of(
                                    Named.of(name, endpoint), mode, status, target.equals("same origin"), userClient));
                        }
                    }
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aRedirectIsNeverFollowed(Endpoint endpoint, Mode mode, int status, boolean sameOrigin, boolean userClient)
            throws Exception {
        Vendor vendor = endpoint.vendor();
        try (MockWebServer origin = new MockWebServer();
                MockWebServer elsewhere = new MockWebServer()) {
            origin.start();
            elsewhere.start();
            String location = (sameOrigin ? origin : elsewhere)
                    .url("/moved" + endpoint.path(endpoint.ids()))
                    .toString();
            origin.enqueue(new MockResponse.Builder()
                    .code(status)
                    .addHeader("Location", location)
                    .build());
            origin.enqueue(FaultMatrixTest.ok(endpoint));
            elsewhere.enqueue(FaultMatrixTest.ok(endpoint));
            ClientBuilder<?, ?> builder = vendor.builder()
                    .apiKey(Vendor.API_KEY)
                    .baseUrl(origin.url("/").toString())
                    .sleeper(duration -> {});
            if (userClient) {
                builder.okHttpClient(
                        new OkHttpClient.Builder().followRedirects(true).build());
            }
            Object outcome;
            try (AutoCloseable client = vendor.build(builder)) {
                outcome = endpoint.outcome(mode, client, 20);
            }
            RedirectException e = assertInstanceOf(RedirectException.class, outcome);
            assertEquals(status, e.status());
            assertEquals(location, e.location());
            assertEquals(1, origin.getRequestCount(), "exactly one request");
            RecordedRequest request = origin.takeRequest();
            assertEquals(endpoint.path(endpoint.ids()), request.getUrl().encodedPath());
            assertEquals(endpoint.method(), request.getMethod());
            assertEquals(0, elsewhere.getRequestCount(), "nothing reached the Location's origin");
        }
    }
}
