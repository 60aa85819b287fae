package dev.evalwire.testing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.evalwire.testing.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouterTest {

    /** A route that answers 200 with "<method> <variables>" and records each call. */
    private static final class FakeRoute implements Route {
        final String method;
        final PathPattern pattern;
        final List<Map<String, String>> calls = new ArrayList<>();

        FakeRoute(String method, String template) {
            this.method = method;
            this.pattern = PathPattern.of(template);
        }

        @Override
        public String method() {
            return method;
        }

        @Override
        public Map<String, String> match(String rawPath) {
            return pattern.match(rawPath);
        }

        @Override
        public SandboxResponse answer(Map<String, String> variables, RecordedRequest request) {
            calls.add(variables);
            return SandboxResponse.raw(200, "text/plain", method + " " + variables);
        }
    }

    private final FakeRoute read = new FakeRoute("GET", "/things/{id}");
    private final FakeRoute update = new FakeRoute("PATCH", "/things/{id}");
    private final FakeRoute child = new FakeRoute("PATCH", "/things/{id}/parts/{part}");
    private final Router router = new Router(new ScaleErrors(), Arrays.<Route>asList(read, update, child));

    private static RecordedRequest request(String method, String path) {
        return new RecordedRequest(method, path, null, Collections.<String, List<String>>emptyMap(), "");
    }

    private static String body(SandboxResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void theRouteWithThePathAndMethodAnswers() {
        assertEquals("GET {id=a b}", body(router.dispatch(request("GET", "/things/a%20b"))));
        assertEquals("PATCH {id=a}", body(router.dispatch(request("PATCH", "/things/a"))));
        assertEquals("PATCH {id=a, part=p}", body(router.dispatch(request("PATCH", "/things/a/parts/p"))));
        assertEquals(1, read.calls.size());
        assertEquals(1, update.calls.size());
        assertEquals(1, child.calls.size());
    }

    @Test
    void anotherMethodIs405AllowingEveryMethodOfThatPathInOrder() {
        SandboxResponse twoMethods = router.dispatch(request("DELETE", "/things/a"));
        SandboxResponse oneMethod = router.dispatch(request("GET", "/things/a/parts/p"));

        assertEquals(405, twoMethods.status());
        assertEquals("GET, PATCH", twoMethods.headers().get("Allow"));
        assertEquals("{\"detail\":\"Method Not Allowed\"}", body(twoMethods));
        assertEquals("PATCH", oneMethod.headers().get("Allow"));
        assertEquals(0, read.calls.size() + update.calls.size() + child.calls.size());
    }

    @Test
    void aPathNoRouteMatchesIs404WithoutAllow() {
        SandboxResponse response = router.dispatch(request("GET", "/other"));

        assertEquals(404, response.status());
        assertEquals("{\"detail\":\"Not Found\"}", body(response));
        assertNull(response.headers().get("Allow"));
    }
}
