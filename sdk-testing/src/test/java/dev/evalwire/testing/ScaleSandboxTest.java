package dev.evalwire.testing;

import static dev.evalwire.testing.Http.assertJson;
import static dev.evalwire.testing.Http.json;
import static dev.evalwire.testing.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScaleSandboxTest {

    private ScaleSandbox sandbox;
    private String url;

    @BeforeEach
    void start() {
        sandbox = ScaleSandbox.start();
        url = sandbox.baseUrl() + "/v5/evaluations/eval_demo/tasks/";
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Http.Reply patch(String alias, String body) throws Exception {
        return Http.send(Http.request("PATCH", url + alias, q(body))
                .header("x-api-key", sandbox.apiKey())
                .header("x-selected-account-id", "acct_1"));
    }

    @Test
    void replacesTheTaskConfigurationWhollyAndAnswersTheWholeEvaluation() throws Exception {
        JsonNode before = json(sandbox.evaluation("eval_demo"));

        Http.Reply reply = patch("judge", "{'configuration':{'model':'openai/gpt-4o','prompt':'Ok?','choices':['y']}}");

        assertEquals(200, reply.status, reply.body);
        ObjectNode expected = before.deepCopy();
        ((ObjectNode) expected.get("tasks").get(1))
                .set("configuration", json(q("{'model':'openai/gpt-4o','prompt':'Ok?','choices':['y']}")));
        assertEquals(expected, reply.json());
    }

    @Test
    void theNextAnswerShowsTheEarlierChange() throws Exception {
        patch("judge", "{'configuration':{'model':'m1','prompt':'p','choices':['a']}}");
        Http.Reply second = patch("chat_completion", "{'configuration':{'model':'m2','messages':[]}}");

        ArrayNode tasks = (ArrayNode) second.json().get("tasks");
        assertEquals(
                json(q("{'model':'m1','prompt':'p','choices':['a']}")),
                tasks.get(1).get("configuration"));
        assertEquals(json(q("{'model':'m2','messages':[]}")), tasks.get(0).get("configuration"));
        assertEquals("chat_completion", tasks.get(0).get("task_type").asText());
        assertEquals(
                "auto_evaluation.guided_decoding", tasks.get(1).get("task_type").asText());
    }

    @Test
    void authUsesXApiKeyNotBearer() throws Exception {
        Http.Reply bearer = Http.bearer("PATCH", url + "judge", sandbox.apiKey(), q("{'configuration':{}}"));
        Http.Reply wrong = Http.send(
                Http.request("PATCH", url + "judge", q("{'configuration':{}}")).header("x-api-key", "no"));

        assertJson(401, "{'detail':'Invalid or missing API key in the x-api-key header'}", bearer);
        assertJson(401, "{'detail':'Invalid or missing API key in the x-api-key header'}", wrong);
    }

    @Test
    void missingConfigurationIs422InFastApiShape() throws Exception {
        assertJson(
                422,
                "{'detail':[{'loc':['body','configuration'],'msg':'field required','type':'value_error'}]}",
                patch("judge", "{}"));
    }

    @Test
    void configurationOfTheWrongTypeIs422() throws Exception {
        assertJson(
                422,
                "{'detail':[{'loc':['body','configuration'],'msg':'expected object, got string',"
                        + "'type':'value_error'}]}",
                patch("judge", "{'configuration':'x'}"));
    }

    @Test
    void nonJsonIs422() throws Exception {
        Http.Reply reply = patch("judge", "{");
        assertEquals(422, reply.status);
        assertEquals(json(q("['body']")), reply.json().get("detail").get(0).get("loc"));
        assertEquals(
                "json_invalid", reply.json().get("detail").get(0).get("type").asText());
    }

    @Test
    void unknownAliasOrEvaluationIs404() throws Exception {
        Http.Reply unknownAlias = patch("nope", "{'configuration':{}}");
        assertEquals(404, unknownAlias.status);
        assertEquals(
                json("{\"detail\":\"Task with alias 'nope' not found in evaluation eval_demo\"}"), unknownAlias.json());
        Http.Reply missing = Http.send(
                Http.request("PATCH", sandbox.baseUrl() + "/v5/evaluations/zz/tasks/judge", q("{'configuration':{}}"))
                        .header("x-api-key", sandbox.apiKey()));
        assertJson(404, "{'detail':'Evaluation zz not found'}", missing);
    }

    @Test
    void archivedEvaluationsAreRefusedWith409() throws Exception {
        sandbox.putEvaluation(
                "old",
                q("{'id':'old','archived_at':'2025-01-01T00:00:00Z','tasks':[{'alias':'judge','configuration':{}}]}"));
        Http.Reply reply = Http.send(
                Http.request("PATCH", sandbox.baseUrl() + "/v5/evaluations/old/tasks/judge", q("{'configuration':{}}"))
                        .header("x-api-key", sandbox.apiKey()));
        assertJson(409, "{'detail':'Evaluation old is archived; restore it first'}", reply);
    }

    @Test
    void encodedIdAndAliasAreDecoded() throws Exception {
        sandbox.putEvaluation(
                "ev/1", q("{'id':'ev/1','tasks':[{'task_type':'metric','alias':'bleu score','configuration':{}}]}"));
        Http.Reply reply = Http.send(Http.request(
                        "PATCH",
                        sandbox.baseUrl() + "/v5/evaluations/ev%2F1/tasks/bleu%20score",
                        q("{'configuration':{'type':'bleu','candidate':'c','reference':'r'}}"))
                .header("x-api-key", sandbox.apiKey()));
        assertJson(
                200,
                "{'id':'ev/1','tasks':[{'task_type':'metric','alias':'bleu score',"
                        + "'configuration':{'type':'bleu','candidate':'c','reference':'r'}}]}",
                reply);
    }

    @Test
    void recordsTheSelectedAccountHeader() throws Exception {
        patch("judge", "{'configuration':{}}");
        assertEquals("acct_1", sandbox.requests().get(0).header("X-Selected-Account-Id"));
    }

    @Test
    void otherMethodsAre405() throws Exception {
        Http.Reply reply = Http.send(Http.request("PUT", url + "judge", "{}").header("x-api-key", sandbox.apiKey()));
        assertJson(405, "{'detail':'Method Not Allowed'}", reply);
    }
}
