package dev.evalwire.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SandboxLifecycleTest {

    @Test
    void baseUrlIsLoopbackWithoutSuffixAndDefaultKeyIsSandboxKey() {
        try (PrimeIntellectSandbox p = PrimeIntellectSandbox.start();
                FireworksSandbox f = FireworksSandbox.start();
                ScaleSandbox s = ScaleSandbox.start();
                KeywordsAiSandbox k = KeywordsAiSandbox.start()) {
            for (Sandbox sandbox : new Sandbox[] {p, f, s, k}) {
                assertTrue(sandbox.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+"), sandbox.baseUrl());
                assertEquals("sandbox-key", sandbox.apiKey());
                assertEquals(0, sandbox.requestCount());
            }
            assertNotEquals(p.baseUrl(), f.baseUrl());
        }
    }

    @Test
    void closeIsIdempotentAndStopsServing() throws Exception {
        PrimeIntellectSandbox p = PrimeIntellectSandbox.start();
        String url = p.baseUrl() + "/api/v1/evaluations/eval_demo";
        p.close();
        p.close();
        assertThrows(IOException.class, () -> Http.bearer("PUT", url, "sandbox-key", "{}"));
    }

    @Test
    void badKeysAreRejectedAtStart() {
        assertEquals(
                "apiKey must not be blank",
                assertThrows(IllegalArgumentException.class, () -> ScaleSandbox.start(" "))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> ScaleSandbox.start("a b"));
        assertThrows(NullPointerException.class, () -> ScaleSandbox.start(null));
    }

    @Test
    void thirtyTwoConcurrentClientsAreAllServedAndMergesAreAtomic() throws Exception {
        try (KeywordsAiSandbox k = KeywordsAiSandbox.start()) {
            String url = k.baseUrl() + "/api/evaluators/evl_demo/";
            ExecutorService clients = Executors.newFixedThreadPool(32);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int client = 0; client < 32; client++) {
                    for (int i = 0; i < 5; i++) {
                        final String body = "{\"configurations\":{\"k" + client + "_" + i + "\":" + i + "}}";
                        results.add(clients.submit(
                                (Callable<Integer>) () -> Http.bearer("PATCH", url, k.apiKey(), body).status));
                    }
                }
                for (Future<Integer> result : results) {
                    assertEquals(200, (int) result.get(30, TimeUnit.SECONDS));
                }
            } finally {
                clients.shutdownNow();
            }

            assertEquals(160, k.requestCount());
            JsonNode configurations = Http.json(k.evaluator("evl_demo")).get("configurations");
            for (int client = 0; client < 32; client++) {
                for (int i = 0; i < 5; i++) {
                    assertEquals(i, configurations.get("k" + client + "_" + i).asInt());
                }
            }
            assertEquals(7 + 160, configurations.size());
        }
    }

    @Test
    void requestsRecordMethodPathQueryHeadersAndBodyAndMaskKeys() throws Exception {
        try (FireworksSandbox f = FireworksSandbox.start()) {
            Http.send(Http.request(
                            "PATCH",
                            f.baseUrl() + "/v1/accounts/acme/evaluators/exact%2Dmatch?prepareCodeUpload=false",
                            "{\"displayName\":\"x\"}")
                    .header("Authorization", "Bearer " + f.apiKey())
                    .header("Cookie", "session=secret-cookie")
                    .header("X-Trace", "t-1"));

            List<RecordedRequest> requests = f.requests();
            assertEquals(1, requests.size());
            RecordedRequest r = requests.get(0);
            assertEquals("PATCH", r.method());
            assertEquals("/v1/accounts/acme/evaluators/exact%2Dmatch", r.path());
            assertEquals("prepareCodeUpload=false", r.query());
            assertEquals("{\"displayName\":\"x\"}", r.body());
            assertEquals("Bearer sandbox-key", r.header("authorization"));
            assertEquals("t-1", r.header("x-trace"));
            String text = r.toString();
            assertTrue(!text.contains("sandbox-key") && !text.contains("secret-cookie"), text);
            assertTrue(text.contains("X-trace=[t-1]"), text);
            assertTrue(
                    text.startsWith(
                            "RecordedRequest{PATCH /v1/accounts/acme/evaluators/exact%2Dmatch?prepareCodeUpload=false"),
                    text);
        }
    }
}
