package dev.evalwire.testing;

import static dev.evalwire.testing.Http.assertJson;
import static dev.evalwire.testing.Http.json;
import static dev.evalwire.testing.Http.okJson;
import static dev.evalwire.testing.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /v5/evaluations/{evaluation_id}} with {@code views} and {@code include_archived}. */
class ScaleSandboxReadTest {

    private static final String ARCHIVED =
            "{'id':'old','name':'old','status':'completed','archived_at':'2025-01-01T00:00:00Z',"
                    + "'tasks':[{'task_type':'metric','alias':'bleu','configuration':{}}]}";

    private ScaleSandbox sandbox;
    private JsonNode seed;

    @BeforeEach
    void start() {
        sandbox = ScaleSandbox.start();
        seed = json(sandbox.evaluation("eval_demo"));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Http.Reply get(String pathAndQuery) throws Exception {
        return Http.send(Http.request("GET", sandbox.baseUrl() + "/v5/evaluations/" + pathAndQuery, null)
                .header("x-api-key", sandbox.apiKey()));
    }

    private ObjectNode withoutTasks(JsonNode evaluation) {
        ObjectNode copy = evaluation.deepCopy();
        copy.remove("tasks");
        return copy;
    }

    @Test
    void withoutViewsTheAnswerLeavesTasksOut() throws Exception {
        assertEquals(withoutTasks(seed), okJson(get("eval_demo")));
        assertEquals(seed, json(sandbox.evaluation("eval_demo")), "the stored tasks stay");
    }

    @Test
    void theTasksViewAddsTheTasksHoweverItIsWritten() throws Exception {
        for (String query : new String[] {"views=tasks", "views=tasks,tasks", "views=tasks&views=tasks"}) {
            Http.Reply reply = get("eval_demo?" + query);
            assertEquals(200, reply.status, query + ": " + reply.body);
            assertEquals(seed, reply.json(), query);
        }
    }

    @Test
    void aReadAfterATaskUpdateSeesTheUpdate() throws Exception {
        Http.Reply patch = Http.send(Http.request(
                        "PATCH",
                        sandbox.baseUrl() + "/v5/evaluations/eval_demo/tasks/judge",
                        q("{'configuration':{'model':'m','prompt':'p','choices':['y']}}"))
                .header("x-api-key", sandbox.apiKey()));
        assertEquals(200, patch.status, patch.body);

        ObjectNode expected = seed.deepCopy();
        ((ObjectNode) expected.get("tasks").get(1))
                .set("configuration", json(q("{'model':'m','prompt':'p','choices':['y']}")));
        assertEquals(expected, get("eval_demo?views=tasks").json());
        assertEquals(withoutTasks(expected), get("eval_demo").json());
    }

    @Test
    void anUnknownViewIs422() throws Exception {
        String tail = ", expected one of: tasks','type':'value_error'}]}";
        assertJson(
                422,
                "{'detail':[{'loc':['query','views'],'msg':'invalid value \\'steps\\'" + tail,
                get("eval_demo?views=steps"));
        assertJson(
                422,
                "{'detail':[{'loc':['query','views'],'msg':'invalid value \\'bogus\\'" + tail,
                get("eval_demo?views=tasks,bogus"));
        assertJson(
                422, "{'detail':[{'loc':['query','views'],'msg':'invalid value \\'\\'" + tail, get("eval_demo?views="));
        assertJson(
                422,
                "{'detail':[{'loc':['query','views'],'msg':'invalid value \\'Tasks\\'" + tail,
                get("nope?views=Tasks"));
    }

    @Test
    void anArchivedEvaluationIsFoundOnlyWithIncludeArchived() throws Exception {
        sandbox.putEvaluation("old", q(ARCHIVED));
        String notFound = "{'detail':'Evaluation old not found'}";

        assertJson(404, notFound, get("old"));
        assertJson(404, notFound, get("old?include_archived=false"));
        assertJson(404, notFound, get("old?views=tasks"));
        assertEquals(
                withoutTasks(json(q(ARCHIVED))),
                get("old?include_archived=true").json());
        assertEquals(
                json(q(ARCHIVED)), get("old?include_archived=TRUE&views=tasks").json());
    }

    @Test
    void includeArchivedChangesNothingForALiveEvaluation() throws Exception {
        assertEquals(withoutTasks(seed), get("eval_demo?include_archived=true").json());
        assertEquals(seed, get("eval_demo?include_archived=false&views=tasks").json());
    }

    @Test
    void anIncludeArchivedOtherThanTrueOrFalseIs422() throws Exception {
        assertJson(
                422,
                "{'detail':[{'loc':['query','include_archived'],"
                        + "'msg':'invalid value \\'yes\\', expected true or false','type':'value_error'}]}",
                get("eval_demo?include_archived=yes"));
        assertEquals(422, get("eval_demo?include_archived=1").status);
        assertEquals(422, get("eval_demo?include_archived").status);
    }

    @Test
    void anUnknownEvaluationIs404() throws Exception {
        assertJson(404, "{'detail':'Evaluation zz not found'}", get("zz"));
    }

    @Test
    void authUsesXApiKey() throws Exception {
        String expected = "{'detail':'Invalid or missing API key in the x-api-key header'}";
        String url = sandbox.baseUrl() + "/v5/evaluations/eval_demo";
        assertJson(401, expected, Http.bearer("GET", url, sandbox.apiKey(), null));
        assertJson(401, expected, Http.send(Http.request("GET", url, null).header("x-api-key", "no")));
    }

    @Test
    void theSelectedAccountIsOptionalAndRecorded() throws Exception {
        Http.Reply reply =
                Http.send(Http.request("GET", sandbox.baseUrl() + "/v5/evaluations/eval_demo?views=tasks", null)
                        .header("x-api-key", sandbox.apiKey())
                        .header("x-selected-account-id", "acct_1"));

        assertEquals(seed, reply.json());
        RecordedRequest recorded = sandbox.requests().get(0);
        assertEquals("GET", recorded.method());
        assertEquals("/v5/evaluations/eval_demo", recorded.path());
        assertEquals("views=tasks", recorded.query());
        assertEquals("acct_1", recorded.header("x-selected-account-id"));
        assertEquals("", recorded.body());
    }

    @Test
    void otherMethodsAre405WithEachPathsOwnAllow() throws Exception {
        Http.Reply put = Http.send(Http.request("PUT", sandbox.baseUrl() + "/v5/evaluations/eval_demo", "{}")
                .header("x-api-key", sandbox.apiKey()));
        assertJson(405, "{'detail':'Method Not Allowed'}", put);
        assertEquals("GET", put.header("Allow"));

        Http.Reply getTask = get("eval_demo/tasks/judge");
        assertJson(405, "{'detail':'Method Not Allowed'}", getTask);
        assertEquals("PATCH", getTask.header("Allow"));
        assertEquals(seed, json(sandbox.evaluation("eval_demo")));
    }
}
