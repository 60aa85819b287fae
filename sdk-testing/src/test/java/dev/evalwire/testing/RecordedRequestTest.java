package dev.evalwire.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordedRequestTest {

    @Test
    void headerLookupIgnoresCaseAndToStringMasksCredentials() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Authorization", Collections.singletonList("Bearer k1"));
        headers.put("X-Api-Key", Collections.singletonList("k2"));
        headers.put("api-key", Collections.singletonList("k3"));
        headers.put("Cookie", Collections.singletonList("c=k4"));
        headers.put("Accept", Arrays.asList("a", "b"));
        RecordedRequest r = new RecordedRequest("PATCH", "/p%2F", null, headers, "{}");

        assertEquals("k2", r.header("x-api-key"));
        assertEquals("a", r.header("ACCEPT"));
        assertEquals(Arrays.asList("a", "b"), r.headers().get("accept"));
        assertNull(r.header("missing"));
        assertNull(r.query());
        assertEquals(
                "RecordedRequest{PATCH /p%2F headers={Accept=[a, b], api-key=[****], Authorization=[****], "
                        + "Cookie=[****], X-Api-Key=[****]} body=2 chars}",
                r.toString());
    }

    @Test
    void rejectsNulls() {
        Map<String, List<String>> none = Collections.emptyMap();
        assertThrows(NullPointerException.class, () -> new RecordedRequest(null, "/", null, none, ""));
        assertThrows(NullPointerException.class, () -> new RecordedRequest("GET", null, null, none, ""));
        assertThrows(NullPointerException.class, () -> new RecordedRequest("GET", "/", null, null, ""));
        assertThrows(NullPointerException.class, () -> new RecordedRequest("GET", "/", null, none, null));
    }

    @Test
    void isImmutable() {
        RecordedRequest r = new RecordedRequest("GET", "/", "a=1", Collections.<String, List<String>>emptyMap(), "");
        assertThrows(UnsupportedOperationException.class, () -> r.headers().put("x", null));
    }
}
