package dev.evalwire.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.evalwire.core.ConcurrencyLimits;
import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.http.HttpRequest;
import dev.evalwire.core.http.HttpResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transport reuses the parsed origin and the converted header set between calls; whatever it reuses, each
 * request must reach the wire exactly as a fresh parse of its URL and a fresh copy of its headers would send it.
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
        server.enqueue(new MockResponse.Builder().body("{}").build());
        HttpResponse response = transport.newCall(new HttpRequest("PUT", url, headers,
                "{}".getBytes(StandardCharsets.UTF_8), "application/json", null)).execute();
        assertEquals(200, response.status());
        return server.takeRequest();
    }

    private void assertSentAsParsed(String url) throws Exception {
        HttpUrl expected = HttpUrl.get(url);
        RecordedRequest request = send(url, HttpHeaders.empty());
        String query = expected.encodedQuery() == null ? "" : "?" + expected.encodedQuery();
        assertEquals(expected.encodedPath() + query, request.getTarget(), url);
        assertEquals(expected.host() + ":" + expected.port(), request.getHeaders().get("Host"), url);
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
        };
        for (String url : urls) {
            assertSentAsParsed(url);
        }
    }

    @Test
    void anOriginThatIsAPrefixOfAnotherIsNotReused() throws Exception {
        int port = server.getPort();
        // Converting (not sending) a request to port 4567 / 10 = 456 caches "http://127.0.0.1:456", a prefix of
        // "http://127.0.0.1:4567"; reusing it would send the next call to the wrong port.
        transport.newCall(new HttpRequest("PUT", "http://127.0.0.1:" + (port / 10) + "/elsewhere",
                HttpHeaders.empty(), new byte[] {'{', '}'}, "application/json", null)).cancel();
        assertSentAsParsed("http://127.0.0.1:" + port + "/right-port");
    }

    @Test
    void eachHeaderSetIsSentAsItIsEvenWhenTheLastOneIsReused() throws Exception {
        String url = "http://127.0.0.1:" + server.getPort() + "/h";
        HttpHeaders first = HttpHeaders.builder().set("X-One", "1").add("X-Many", "a").add("X-Many", "b").build();
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
}
