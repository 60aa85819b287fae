package dev.evalwire.testing;

import static dev.evalwire.testing.Http.assertJson;
import static dev.evalwire.testing.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Each fault kind, through real HTTP, in each vendor's style where the styles differ. */
class FaultInjectionTest {

    private static final String PI_PATH = "/api/v1/evaluations/eval_demo";
    private static final String KW_PATH = "/api/evaluators/evl_demo/";

    private static Http.Reply pi(PrimeIntellectSandbox s) throws IOException {
        return bearer("PUT", s.baseUrl() + PI_PATH, s.apiKey(), "{}");
    }

    private static Http.Reply kw(KeywordsAiSandbox s) throws IOException {
        return bearer("PATCH", s.baseUrl() + KW_PATH, s.apiKey(), "{}");
    }

    private static Http.Reply scaleRead(ScaleSandbox s) throws IOException {
        return Http.send(Http.request("GET", s.baseUrl() + "/v5/evaluations/eval_demo", null)
                .header("x-api-key", s.apiKey()));
    }

    /** Asserts that {@code call} is answered 200 and takes at least {@code millis}. */
    private static void assertOkAfterAtLeast(long millis, Callable<Http.Reply> call) throws Exception {
        long start = System.nanoTime();
        Http.Reply reply = call.call();
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(200, reply.status);
        assertTrue(elapsedMillis >= millis, "took " + elapsedMillis + " ms");
    }

    @Test
    void bareStatusUsesEachVendorsErrorShape() throws Exception {
        try (PrimeIntellectSandbox p = PrimeIntellectSandbox.start();
                FireworksSandbox f = FireworksSandbox.start();
                ScaleSandbox s = ScaleSandbox.start();
                KeywordsAiSandbox k = KeywordsAiSandbox.start()) {
            p.enqueueFault(Fault.status(503));
            f.enqueueFault(Fault.status(503));
            s.enqueueFault(Fault.status(500));
            k.enqueueFault(Fault.status(502));

            assertJson(503, "{'detail':'Service Unavailable'}", pi(p));
            assertJson(
                    503,
                    "{'code':14,'message':'Service Unavailable','details':[]}",
                    bearer("PATCH", f.baseUrl() + "/v1/accounts/acme/evaluators/exact-match", f.apiKey(), "{}"));
            assertJson(
                    500,
                    "{'detail':'Internal Server Error'}",
                    Http.send(Http.request("PATCH", s.baseUrl() + "/v5/evaluations/eval_demo/tasks/judge", "{}")
                            .header("x-api-key", s.apiKey())));
            assertJson(502, "{'detail':'Bad Gateway'}", kw(k));
        }
    }

    @Test
    void aScriptedFaultHitsAReadInEachVendorsShapeAndTheReadIsRecorded() throws Exception {
        try (PrimeIntellectSandbox p = PrimeIntellectSandbox.start();
                FireworksSandbox f = FireworksSandbox.start();
                ScaleSandbox s = ScaleSandbox.start();
                KeywordsAiSandbox k = KeywordsAiSandbox.start()) {
            String fwUrl = f.baseUrl() + "/v1/accounts/acme/evaluators/exact-match";
            p.enqueueFault(Fault.status(503));
            f.enqueueFault(Fault.rateLimited(Duration.ofSeconds(3)));
            s.enqueueFault(Fault.disconnect());
            k.enqueueFault(Fault.malformedBody("application/json", "{\"id\":"));

            assertJson(503, "{'detail':'Service Unavailable'}", bearer("GET", p.baseUrl() + PI_PATH, p.apiKey(), null));
            Http.Reply fw = bearer("GET", fwUrl, f.apiKey(), null);
            assertJson(429, "{'code':8,'message':'rate limit exceeded','details':[]}", fw);
            assertEquals("3", fw.header("Retry-After"));
            assertThrows(IOException.class, () -> scaleRead(s));
            Http.Reply kwReply = bearer("GET", k.baseUrl() + KW_PATH, k.apiKey(), null);
            assertEquals(200, kwReply.status);
            assertEquals("{\"id\":", kwReply.body);

            assertEquals(200, bearer("GET", p.baseUrl() + PI_PATH, p.apiKey(), null).status);
            assertEquals(200, bearer("GET", fwUrl, f.apiKey(), null).status);
            assertEquals(200, scaleRead(s).status);
            assertEquals(200, bearer("GET", k.baseUrl() + KW_PATH, k.apiKey(), null).status);
            for (Sandbox sandbox : new Sandbox[] {p, f, s, k}) {
                assertEquals(2, sandbox.requestCount(), sandbox.toString());
                assertEquals("GET", sandbox.requests().get(0).method());
                assertEquals("GET", sandbox.requests().get(1).method());
            }
        }
    }

    @Test
    void aSlowFaultDelaysARead() throws Exception {
        try (KeywordsAiSandbox k = KeywordsAiSandbox.start()) {
            k.enqueueFault(Fault.slow(Duration.ofMillis(200)));

            assertOkAfterAtLeast(200, () -> bearer("GET", k.baseUrl() + KW_PATH, k.apiKey(), null));
        }
    }

    @Test
    void randomFaultsHitReadsToo() throws Exception {
        try (PrimeIntellectSandbox p = PrimeIntellectSandbox.start()) {
            p.randomFaults(1.0, 11L);
            int failures = 0;
            for (int i = 0; i < 10; i++) {
                try {
                    if (bearer("GET", p.baseUrl() + PI_PATH, p.apiKey(), null).status != 200) {
                        failures++;
                    }
                } catch (IOException dropped) {
                    failures++;
                }
            }
            assertTrue(failures > 0, "no read met a fault");
            assertEquals(10, p.requestCount());
        }
    }

    @Test
    void statusWithBodyIsSentVerbatim() throws Exception {
        try (PrimeIntellectSandbox p = PrimeIntellectSandbox.start()) {
            p.enqueueFault(Fault.status(403, "application/json", "{\"detail\":\"You are not a member of this team\"}"));
            p.enqueueFault(Fault.status(500, "text/html", "<h1>oops</h1>"));

            assertJson(403, "{'detail':'You are not a member of this team'}", pi(p));
            Http.Reply html = pi(p);
            assertEquals(500, html.status);
            assertEquals("<h1>oops</h1>", html.body);
            assertEquals("text/html", html.header("Content-Type"));
        }
    }

    @Test
    void faultsAreOneShotAndFifo() throws Exception {
        try (PrimeIntellectSandbox p = PrimeIntellectSandbox.start()) {
            p.enqueueFault(Fault.status(500));
            p.enqueueFault(Fault.status(502));

            assertEquals(500, pi(p).status);
            assertEquals(502, pi(p).status);
            assertEquals(200, pi(p).status);
            assertEquals(3, p.requestCount());
        }
    }

    @Test
    void faultsComeBeforeAuth() throws Exception {
        try (PrimeIntellectSandbox p = PrimeIntellectSandbox.start()) {
            p.enqueueFault(Fault.status(504));
            assertEquals(504, bearer("PUT", p.baseUrl() + PI_PATH, "wrong", "{}").status);
            assertEquals(401, bearer("PUT", p.baseUrl() + PI_PATH, "wrong", "{}").status);
        }
    }

    @Test
    void rateLimitedUsesRetryAfterSecondsRoundedUp() throws Exception {
        try (PrimeIntellectSandbox p = PrimeIntellectSandbox.start();
                FireworksSandbox f = FireworksSandbox.start()) {
            p.enqueueFault(Fault.rateLimited(Duration.ofMillis(1500)));
            f.enqueueFault(Fault.rateLimited(Duration.ofSeconds(7)));

            Http.Reply piReply = pi(p);
            assertJson(429, "{'detail':'Rate limit exceeded'}", piReply);
            assertEquals("2", piReply.header("Retry-After"));
            Http.Reply fwReply =
                    bearer("PATCH", f.baseUrl() + "/v1/accounts/acme/evaluators/exact-match", f.apiKey(), "{}");
            assertJson(429, "{'code':8,'message':'rate limit exceeded','details':[]}", fwReply);
            assertEquals("7", fwReply.header("Retry-After"));
        }
    }

    @Test
    void keywordsAiRateLimitIsInTheBodyOnly() throws Exception {
        try (KeywordsAiSandbox k = KeywordsAiSandbox.start()) {
            k.enqueueFault(Fault.rateLimited(Duration.ofSeconds(30)));

            Http.Reply reply = kw(k);

            assertJson(429, "{'detail':'Rate limit exceeded','retry_after':30}", reply);
            assertNull(reply.header("Retry-After"));
        }
    }

    @Test
    void rateLimitedUntilSendsAnHttpDate() throws Exception {
        try (ScaleSandbox s = ScaleSandbox.start()) {
            Instant at = Instant.parse("2031-02-03T04:05:06.789Z");
            s.enqueueFault(Fault.rateLimitedUntil(at));

            Http.Reply reply =
                    Http.send(Http.request("PATCH", s.baseUrl() + "/v5/evaluations/eval_demo/tasks/judge", "{}")
                            .header("x-api-key", s.apiKey()));

            assertJson(429, "{'detail':'Rate limit exceeded'}", reply);
            assertEquals("Mon, 03 Feb 2031 04:05:06 GMT", reply.header("Retry-After"));
            assertEquals(
                    Instant.parse("2031-02-03T04:05:06Z"),
                    ZonedDateTime.parse(reply.header("Retry-After"), DateTimeFormatter.RFC_1123_DATE_TIME)
                            .withZoneSameInstant(ZoneOffset.UTC)
                            .toInstant());
        }
    }

    @Test
    void rateLimitedMillisSendsRetryAfterMs() throws Exception {
        try (KeywordsAiSandbox k = KeywordsAiSandbox.start()) {
            k.enqueueFault(Fault.rateLimitedMillis(250));

            Http.Reply reply = kw(k);

            assertJson(429, "{'detail':'Rate limit exceeded'}", reply);
            assertEquals("250", reply.header("retry-after-ms"));
            assertNull(reply.header("Retry-After"));
        }
    }

    @Test
    void slowWaitsThenAnswersNormally() throws Exception {
        try (PrimeIntellectSandbox p = PrimeIntellectSandbox.start()) {
            p.enqueueFault(Fault.slow(Duration.ofMillis(300)));

            assertOkAfterAtLeast(300, () -> pi(p));
        }
    }

    @Test
    void slowStillChecksAuth() throws Exception {
        try (PrimeIntellectSandbox p = PrimeIntellectSandbox.start()) {
            p.enqueueFault(Fault.slow(Duration.ZERO));
            assertEquals(401, bearer("PUT", p.baseUrl() + PI_PATH, "wrong", "{}").status);
        }
    }

    @Test
    void disconnectDropsTheConnectionWithoutAnswer() throws Exception {
        try (FireworksSandbox f = FireworksSandbox.start()) {
            f.enqueueFault(Fault.disconnect());
            String url = f.baseUrl() + "/v1/accounts/acme/evaluators/exact-match";

            assertThrows(IOException.class, () -> bearer("PATCH", url, f.apiKey(), "{}"));
            assertEquals(200, bearer("PATCH", url, f.apiKey(), "{}").status);
            assertEquals(2, f.requestCount());
            assertEquals("{}", f.requests().get(0).body());
        }
    }

    @Test
    void malformedBodyIs200WithThatBody() throws Exception {
        try (KeywordsAiSandbox k = KeywordsAiSandbox.start()) {
            k.enqueueFault(Fault.malformedBody("application/json", "{\"id\":"));

            Http.Reply reply = kw(k);

            assertEquals(200, reply.status);
            assertEquals("{\"id\":", reply.body);
            assertEquals("application/json", reply.header("Content-Type"));
        }
    }
}
