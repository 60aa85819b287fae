package dev.evalwire.testing;

import static dev.evalwire.testing.Http.assertJson;
import static dev.evalwire.testing.Http.assertKeyRequired;
import static dev.evalwire.testing.Http.bearer;
import static dev.evalwire.testing.Http.json;
import static dev.evalwire.testing.Http.okJson;
import static dev.evalwire.testing.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/evaluators/{evaluator_id}/}. */
class KeywordsAiSandboxReadTest {

    private KeywordsAiSandbox sandbox;
    private String url;
    private JsonNode seed;

    @BeforeEach
    void start() {
        sandbox = KeywordsAiSandbox.start();
        url = sandbox.baseUrl() + "/api/evaluators/evl_demo/";
        seed = json(sandbox.evaluator("evl_demo"));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void answersTheStoredEvaluatorAndChangesNothing() throws Exception {
        assertEquals(seed, okJson(bearer("GET", url, sandbox.apiKey(), null)));
        assertEquals(seed, json(sandbox.evaluator("evl_demo")));
    }

    @Test
    void aReadAfterAnUpdateSeesTheUpdate() throws Exception {
        Http.Reply patch = bearer(
                "PATCH", url, sandbox.apiKey(), q("{'starred':true,'configurations':{'llm_engine':null,'k':'v'}}"));
        assertEquals(200, patch.status, patch.body);

        Http.Reply get = bearer("GET", url, sandbox.apiKey(), null);
        assertEquals(patch.json(), get.json());
        assertEquals(true, get.json().get("starred").asBoolean());
        assertEquals("v", get.json().get("configurations").get("k").asText());
        assertEquals(false, get.json().get("configurations").has("llm_engine"));
    }

    @Test
    void anUnknownIdOrAPathWithoutTheTrailingSlashIs404() throws Exception {
        assertJson(
                404,
                "{'detail':'Not found.'}",
                bearer("GET", sandbox.baseUrl() + "/api/evaluators/evl_x/", sandbox.apiKey(), null));
        assertJson(
                404,
                "{'detail':'Not found.'}",
                bearer("GET", sandbox.baseUrl() + "/api/evaluators/evl_demo", sandbox.apiKey(), null));
    }

    @Test
    void aWrongOrMissingKeyIs401() throws Exception {
        assertKeyRequired(
                "GET",
                url,
                null,
                "{'detail':'Your API key is invalid or expired, please check your API key at the platform.'}");
    }

    @Test
    void otherMethodsAre405AllowingGetAndPatch() throws Exception {
        Http.Reply delete = bearer("DELETE", url, sandbox.apiKey(), null);
        assertJson(405, "{'detail':'Method \\'DELETE\\' not allowed.'}", delete);
        assertEquals("GET, PATCH", delete.header("Allow"));
        Http.Reply put = bearer("PUT", url, sandbox.apiKey(), "{}");
        assertJson(405, "{'detail':'Method \\'PUT\\' not allowed.'}", put);
        assertEquals("GET, PATCH", put.header("Allow"));
        assertEquals(seed, json(sandbox.evaluator("evl_demo")));
    }

    @Test
    void theReadIsRecordedWithoutABody() throws Exception {
        bearer("GET", url, sandbox.apiKey(), null);

        RecordedRequest recorded = sandbox.requests().get(0);
        assertEquals("GET", recorded.method());
        assertEquals("/api/evaluators/evl_demo/", recorded.path());
        assertEquals("", recorded.body());
    }
}
