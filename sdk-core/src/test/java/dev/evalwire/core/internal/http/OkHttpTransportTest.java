package dev.evalwire.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.ConcurrencyLimits;
import dev.evalwire.core.Timeouts;
import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.http.HttpRequest;
import dev.evalwire.core.http.HttpResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transport reuses the parsed origin and the converted header set between calls; whatever it reuses, each
 * request must reach the wire exactly as a fresh parse of its URL and a fresh copy of its headers would send it.
 * It also applies the right timeouts, sends each body's own content type, and on close releases only a client it
 * owns.
 */
class OkHttpTransportTest {

    private final MockWebServer server = new MockWebServer();
    private final OkHttpTransport transport = OkHttpTransport.create(null, null, 1 << 20, ConcurrencyLimits.defaults());

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    private RecordedRequest send(String url, HttpHeaders headers) throws Exception {
        return send(url, "", headers);
    }

    private RecordedRequest send(String base, String target, HttpHeaders headers) throws Exception {
        server.enqueue(new MockResponse.Builder().body("{}").build());
        HttpResponse response = transport
                .newCall(new HttpRequest(
                        "PUT", base, target, headers, "{}".getBytes(StandardCharsets.UTF_8), "application/json", null))
                .execute();
        assertEquals(200, response.status());
        return server.takeRequest();
    }

    private void assertSentAsParsed(String url) throws Exception {
        assertSentAsParsed(url, "");
    }

    /** The URL given as a base and a target must be sent as a full parse of the two joined would send it. */
    private void assertSentAsParsed(String base, String target) throws Exception {
        String url = base + target;
        HttpUrl expected = HttpUrl.get(url);
        RecordedRequest request = send(base, target, HttpHeaders.empty());
        String query = expected.encodedQuery() == null ? "" : "?" + expected.encodedQuery();
        assertEquals(expected.encodedPath() + query, request.getTarget(), url);
        assertEquals(
                expected.host() + ":" + expected.port(), request.getHeaders().get("Host"), url);
    }

    @Test
    void everyUrlIsSentAsAFullParseWouldSendIt() throws Exception {
        int port = server.getPort();
        String[] urls = {
            "http://127.0.0.1:" + port + "/api/v1/evaluations/eval%2F1",
            "http://127.0.0.1:" + port + "/v1/accounts/a%20b/evaluators/%C3%A9?prepareCodeUpload=true&x=a%26b",
            "http://127.0.0.1:" + port + "/api/evaluators/evl_1/",
            "http://localhost:" + port + "/proxy/v5/evaluations/e/tasks/t",
            "http://LOCALHOST:" + port + "/upper",
            "http://127.0.0.1:" + port + "/a/./b/../c",
            "http://127.0.0.1:" + port + "//double/slash",
            "http://127.0.0.1:" + port + "/\\backslash/host",
            "http://127.0.0.1:" + port + "/after-the-fallback",
            "http://127.0.0.1:" + port + "/?only=query",
            // Origins that are not a plain host and port, which only a full parse reads right.
            "http://127.0.0.1:" + port + "?q=/not/the/path",
            "http://127.0.0.1:" + port + "#fragment/not/the/path",
            "http://127.0.0.1:" + port + "\\first/second",
            "http://127.0.0.1:" + port + "/after-the-odd-origins",
        };
        for (String url : urls) {
            assertSentAsParsed(url);
        }
    }

    @Test
    void everyUrlGivenAsABaseAndATargetIsSentAsAFullParseOfBothWouldSendIt() throws Exception {
        int port = server.getPort();
        String origin = "http://127.0.0.1:" + port;
        String[][] parts = {
            {origin, "/api/v1/evaluations/eval%2F1"},
            {origin, "/v1/accounts/a%20b/evaluators/%C3%A9?prepareCodeUpload=true&x=a%26b"},
            {origin, "/api/evaluators/evl_1/"},
            {origin, "/a/./b/../c"},
            // A target that a relative reference would read as a new host stays on the base's host.
            {origin, "//evil.example/x"},
            {origin, "/\\evil.example/x"},
            // A base with a path of its own keeps it.
            {"http://localhost:" + port + "/proxy", "/v5/evaluations/e/tasks/t"},
            {"http://LOCALHOST:" + port, "/upper"},
            {origin, "/after-the-fallbacks"},
        };
        for (String[] url : parts) {
            assertSentAsParsed(url[0], url[1]);
        }
    }

    @Test
    void aWholeUrlAndOneInTwoPartsShareTheParsedOriginOnlyWhenItIsTheSame() throws Exception {
        int port = server.getPort();
        assertSentAsParsed("http://127.0.0.1:" + port + "/whole");
        assertSentAsParsed("http://127.0.0.1:" + port, "/in-two-parts");
        assertSentAsParsed("http://localhost:" + port, "/another-origin");
        assertSentAsParsed("http://127.0.0.1:" + port + "/whole-again");
    }

    @Test
    void anOriginThatIsAPrefixOfAnotherIsNotReused() throws Exception {
        int port = server.getPort();
        // Converting (not sending) a request to port 4567 / 10 = 456 caches "http://127.0.0.1:456", a prefix of
        // "http://127.0.0.1:4567"; reusing it would send the next call to the wrong port.
        transport
                .newCall(new HttpRequest(
                        "PUT",
                        "http://127.0.0.1:" + (port / 10) + "/elsewhere",
                        HttpHeaders.empty(),
                        new byte[] {'{', '}'},
                        "application/json",
                        null))
                .cancel();
        assertSentAsParsed("http://127.0.0.1:" + port + "/right-port");
    }

    @Test
    void eachHeaderSetIsSentAsItIsEvenWhenTheLastOneIsReused() throws Exception {
        String url = "http://127.0.0.1:" + server.getPort() + "/h";
        HttpHeaders first = HttpHeaders.builder()
                .set("X-One", "1")
                .add("X-Many", "a")
                .add("X-Many", "b")
                .build();
        HttpHeaders second = HttpHeaders.builder().set("X-One", "2").build();

        assertEquals("1", send(url, first).getHeaders().get("X-One"));
        RecordedRequest again = send(url, first);
        assertEquals("1", again.getHeaders().get("X-One"));
        assertEquals("[a, b]", again.getHeaders().values("X-Many").toString());
        RecordedRequest other = send(url, second);
        assertEquals("2", other.getHeaders().get("X-One"));
        assertEquals(0, other.getHeaders().values("X-Many").size());
        assertEquals("1", send(url, first).getHeaders().get("X-One"));
    }

    @Test
    void anOriginWithNoHostIsParsedWholeAsOkHttpReadsIt() {
        // OkHttp reads "http:///host/" as host "host"; resolving "/host/" against "http:///" would fail instead.
        transport
                .newCall(new HttpRequest("GET", "http:///host.invalid/x", HttpHeaders.empty(), null, null, null))
                .cancel();
    }

    @Test
    void bodiesAreSentWithTheirOwnContentTypeOrNone() throws Exception {
        String url = "http://127.0.0.1:" + server.getPort() + "/b";
        server.enqueue(new MockResponse.Builder().body("{}").build());
        server.enqueue(new MockResponse.Builder().body("{}").build());
        transport
                .newCall(new HttpRequest(
                        "POST",
                        url,
                        HttpHeaders.empty(),
                        "text".getBytes(StandardCharsets.UTF_8),
                        "text/plain; charset=utf-8",
                        null))
                .execute();
        transport
                .newCall(new HttpRequest(
                        "POST", url, HttpHeaders.empty(), "raw".getBytes(StandardCharsets.UTF_8), null, null))
                .execute();
        assertEquals(
                "text/plain; charset=utf-8", server.takeRequest().getHeaders().get("Content-Type"));
        RecordedRequest untyped = server.takeRequest();
        assertNull(untyped.getHeaders().get("Content-Type"));
        assertEquals("raw", untyped.getBody().utf8());
    }

    @Test
    void timeoutsAreTheDefaultsTheGivenOnesOrTheSharedClientsOwn() {
        OkHttpClient own = OkHttpTransport.create(null, null, 1024, ConcurrencyLimits.defaults())
                .client();
        assertEquals(10_000, own.connectTimeoutMillis());
        assertEquals(60_000, own.readTimeoutMillis());
        assertEquals(60_000, own.writeTimeoutMillis());
        assertEquals(120_000, own.callTimeoutMillis());
        assertFalse(own.retryOnConnectionFailure());
        assertFalse(own.followRedirects());

        Timeouts given = Timeouts.builder()
                .connect(Duration.ofSeconds(1))
                .read(Duration.ofSeconds(2))
                .write(Duration.ofSeconds(3))
                .call(Duration.ofSeconds(4))
                .build();
        OkHttpClient set = OkHttpTransport.create(null, given, 1024, ConcurrencyLimits.defaults())
                .client();
        assertEquals(
                Arrays.asList(1000, 2000, 3000, 4000),
                Arrays.asList(
                        set.connectTimeoutMillis(),
                        set.readTimeoutMillis(),
                        set.writeTimeoutMillis(),
                        set.callTimeoutMillis()));

        OkHttpClient shared =
                new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(5)).build();
        OkHttpClient sharedOwn = OkHttpTransport.create(shared, null, 1024, ConcurrencyLimits.defaults())
                .client();
        assertEquals(5000, sharedOwn.readTimeoutMillis());
        assertTrue(sharedOwn.retryOnConnectionFailure(), "the shared client's own setting stays");
        assertFalse(sharedOwn.followRedirects());
        assertEquals(
                2000,
                OkHttpTransport.create(shared, given, 1024, ConcurrencyLimits.defaults())
                        .client()
                        .readTimeoutMillis());
    }

    @Test
    void closingReleasesAnOwnedClientAndLeavesASharedOneAlone() throws Exception {
        send("http://127.0.0.1:" + server.getPort() + "/c", HttpHeaders.empty());
        OkHttpClient own = transport.client();
        assertEquals(1, own.connectionPool().connectionCount());
        transport.close();
        assertEquals(0, own.connectionPool().connectionCount());
        assertTrue(own.dispatcher().executorService().isShutdown());

        OkHttpClient shared = new OkHttpClient.Builder().build();
        OkHttpTransport sharing = OkHttpTransport.create(shared, null, 1024, ConcurrencyLimits.defaults());
        server.enqueue(new MockResponse.Builder().body("{}").build());
        sharing.newCall(new HttpRequest(
                        "GET", "http://127.0.0.1:" + server.getPort() + "/s", HttpHeaders.empty(), null, null, null))
                .execute();
        sharing.close();
        assertEquals(1, shared.connectionPool().connectionCount());
        assertFalse(shared.dispatcher().executorService().isShutdown());
        shared.connectionPool().evictAll();
    }
}
