package dev.evalwire.testing;

import static dev.evalwire.testing.Http.assertJson;
import static dev.evalwire.testing.Http.assertKeyRequired;
import static dev.evalwire.testing.Http.bearer;
import static dev.evalwire.testing.Http.json;
import static dev.evalwire.testing.Http.q;
import static dev.evalwire.testing.Http.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeywordsAiSandboxTest {

    private KeywordsAiSandbox sandbox;
    private String url;

    @BeforeEach
    void start() {
        sandbox = KeywordsAiSandbox.start();
        url = sandbox.baseUrl() + "/api/evaluators/evl_demo/";
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Http.Reply patch(String body) throws Exception {
        return bearer("PATCH", url, sandbox.apiKey(), q(body));
    }

    @Test
    void mergesConfigurationsAsDocumented() throws Exception {
        JsonNode before = json(sandbox.evaluator("evl_demo"));

        Http.Reply reply =
                patch("{'configurations':{'passing_score':4.0,'model_options':{'temperature':0},'llm_engine':null},"
                        + "'tags':['prod'],'starred':true}");

        assertEquals(200, reply.status, reply.body);
        JsonNode body = reply.json();
        String updatedAt = take(body, "updated_at");
        assertTrue(updatedAt.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"), updatedAt);
        ObjectNode expected = before.deepCopy();
        expected.remove("updated_at");
        expected.set("tags", json("[\"prod\"]"));
        expected.put("starred", true);
        expected.set(
                "configurations",
                json(q("{'evaluator_definition':'Rate the answer {{output}} to {{input}}.',"
                        + "'scoring_rubric':'1 = wrong, 5 = perfect',"
                        + "'model_options':{'temperature':0},"
                        + "'min_score':1,'max_score':5,'passing_score':4.0}")));
        assertEquals(expected, body);
    }

    @Test
    void theNextAnswerShowsTheEarlierChange() throws Exception {
        patch("{'name':'Renamed','configurations':{'extra':{'a':1}}}");
        JsonNode second = patch("{'configurations':{'scoring_rubric':null}}").json();

        assertEquals("Renamed", second.get("name").asText());
        assertEquals(json(q("{'a':1}")), second.get("configurations").get("extra"));
        assertTrue(!second.get("configurations").has("scoring_rubric"));
        assertEquals(
                second.get("configurations"),
                json(sandbox.evaluator("evl_demo")).get("configurations"));
    }

    @Test
    void refusesWrongKeysWithDetail() throws Exception {
        assertKeyRequired(
                "PATCH",
                url,
                "{}",
                "{'detail':'Your API key is invalid or expired, please check your API key at the platform.'}");
    }

    @Test
    void withoutTheTrailingSlashThePathIsNotFound() throws Exception {
        assertJson(
                404,
                "{'detail':'Not found.'}",
                bearer("PATCH", sandbox.baseUrl() + "/api/evaluators/evl_demo", sandbox.apiKey(), "{}"));
    }

    @Test
    void unknownIdIsNotFound() throws Exception {
        assertJson(
                404,
                "{'detail':'Not found.'}",
                bearer("PATCH", sandbox.baseUrl() + "/api/evaluators/evl_x/", sandbox.apiKey(), "{}"));
    }

    @Test
    void violationsAreKeyedByField() throws Exception {
        assertJson(
                400,
                "{'starred':['expected boolean, got string'],"
                        + "'score_config.min_score':['expected number, got string'],"
                        + "'tags.1':['expected string, got integer'],"
                        + "'configurations':['expected object, got null']}",
                patch("{'starred':'yes','score_config':{'min_score':'low'},'tags':['a',2],'configurations':null}"));
    }

    @Test
    void nullIsRefusedForEveryRequestField() throws Exception {
        assertJson(
                400,
                "{'description':['expected string, got null'],"
                        + "'categorical_choices':['expected array, got null'],"
                        + "'llm_config':['expected object, got null']}",
                patch("{'description':null,'categorical_choices':null,'llm_config':null}"));
    }

    @Test
    void nonJsonIs400WithDetail() throws Exception {
        Http.Reply reply = bearer("PATCH", url, sandbox.apiKey(), "{'a'");
        assertEquals(400, reply.status);
        assertTrue(reply.json().get("detail").asText().startsWith("JSON parse error - "), reply.body);
    }

    @Test
    void otherMethodsAre405() throws Exception {
        assertJson(405, "{'detail':'Method \\'DELETE\\' not allowed.'}", bearer("DELETE", url, sandbox.apiKey(), null));
    }

    @Test
    void encodedIdIsDecoded() throws Exception {
        sandbox.putEvaluator("evl/1", q("{'id':'evl/1','configurations':{}}"));
        Http.Reply reply = bearer(
                "PATCH",
                sandbox.baseUrl() + "/api/evaluators/evl%2F1/",
                sandbox.apiKey(),
                q("{'configurations':{'k':'v'}}"));
        JsonNode body = reply.json();
        take(body, "updated_at");
        assertJson(
                200, "{'id':'evl/1','configurations':{'k':'v'}}", new Http.Reply(200, reply.headers, body.toString()));
    }
}
