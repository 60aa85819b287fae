package dev.evalwire.testing;

import static dev.evalwire.testing.Http.assertJson;
import static dev.evalwire.testing.Http.bearer;
import static dev.evalwire.testing.Http.json;
import static dev.evalwire.testing.Http.q;
import static dev.evalwire.testing.Http.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrimeIntellectSandboxTest {

    private PrimeIntellectSandbox sandbox;
    private String url;

    @BeforeEach
    void start() {
        sandbox = PrimeIntellectSandbox.start();
        url = sandbox.baseUrl() + "/api/v1/evaluations/";
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Http.Reply put(String id, String body) throws Exception {
        return bearer("PUT", url + id, sandbox.apiKey(), q(body));
    }

    @Test
    void acceptsTheBearerKeyAndAnswersTheSlimSummary() throws Exception {
        Http.Reply reply = put("eval_demo", "{'name':'renamed'}");

        assertEquals(200, reply.status, reply.body);
        JsonNode body = reply.json();
        String updatedAt = take(body, "updated_at");
        assertEquals(json(q("{'evaluation_id':'eval_demo','name':'renamed','status':'COMPLETED'}")), body);
        assertTrue(Instant.parse(updatedAt).isAfter(Instant.parse("2025-05-01T11:00:00Z")));
        assertEquals("application/json", reply.header("Content-Type"));
    }

    @Test
    void refusesAMissingOrWrongKeyWith401AndNoBody() throws Exception {
        Http.Reply wrong = bearer("PUT", url + "eval_demo", "other-key", "{}");
        Http.Reply missing = Http.send(Http.request("PUT", url + "eval_demo", "{}"));

        assertEquals(401, wrong.status);
        assertEquals("", wrong.body);
        assertEquals(401, missing.status);
        assertEquals("", missing.body);
    }

    @Test
    void customKeyIsTheOnlyOneAccepted() throws Exception {
        try (PrimeIntellectSandbox custom = PrimeIntellectSandbox.start("pk-123")) {
            String path = custom.baseUrl() + "/api/v1/evaluations/eval_demo";
            assertEquals("pk-123", custom.apiKey());
            assertEquals(200, bearer("PUT", path, "pk-123", "{}").status);
            assertEquals(401, bearer("PUT", path, "sandbox-key", "{}").status);
        }
    }

    @Test
    void anUpdateChangesStateAndTheNextAnswerShowsIt() throws Exception {
        put("eval_demo", "{'name':'first'}");
        Http.Reply second = put("eval_demo", "{'description':null,'tags':['a','b']}");

        assertEquals("first", second.json().get("name").asText());
        JsonNode stored = json(sandbox.evaluation("eval_demo"));
        assertEquals("first", stored.get("name").asText());
        assertTrue(stored.get("description").isNull(), "null clears the field");
        assertEquals(json("[\"a\",\"b\"]"), stored.get("tags"));
        assertEquals("gsm8k", stored.get("dataset").asText(), "absent fields are kept");
        assertNotEquals("2025-05-01T11:00:00Z", stored.get("updated_at").asText());
    }

    @Test
    void outOfRangeRolloutsAreRefusedWith422NamingTheField() throws Exception {
        Http.Reply reply = put("eval_demo", "{'eval_config':{'num_examples':10,'rollouts_per_example':4096}}");

        assertJson(
                422,
                "{'errors':[{'param':'eval_config.rollouts_per_example',"
                        + "'details':'must be less than or equal to 2048'}]}",
                reply);
    }

    @Test
    void hostedEvalConfigWithoutNumExamplesIsRefused() throws Exception {
        Http.Reply reply = put("eval_demo", "{'eval_config':{'rollouts_per_example':2}}");

        assertJson(422, "{'errors':[{'param':'eval_config.num_examples','details':'field required'}]}", reply);
    }

    @Test
    void wrongTypesAreAllReported() throws Exception {
        Http.Reply reply = put(
                "eval_demo",
                "{'name':5,'is_public':'yes','eval_config':{'num_examples':1,'rollouts_per_example':1,"
                        + "'timeout_minutes':60,'custom_secrets':{'K':1}}}");

        assertJson(
                422,
                "{'errors':["
                        + "{'param':'name','details':'expected string or null, got integer'},"
                        + "{'param':'is_public','details':'expected boolean or null, got string'},"
                        + "{'param':'eval_config.timeout_minutes','details':'must be greater than or equal to 120'},"
                        + "{'param':'eval_config.custom_secrets.K','details':'expected string, got integer'}]}",
                reply);
        assertEquals(
                "gsm8k-demo", json(sandbox.evaluation("eval_demo")).get("name").asText());
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWith422() throws Exception {
        Http.Reply reply = bearer("PUT", url + "eval_demo", sandbox.apiKey(), "name=x");

        assertEquals(422, reply.status);
        assertEquals("body", reply.json().get("errors").get(0).get("param").asText());
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() throws Exception {
        assertJson(422, "{'errors':[{'param':'body','details':'expected object, got array'}]}", put("eval_demo", "[]"));
    }

    @Test
    void unknownIdIs404AndOtherMethodsAre405() throws Exception {
        assertJson(404, "{'detail':'Evaluation not found'}", put("nope", "{}"));
        assertJson(
                404,
                "{'detail':'Not Found'}",
                bearer("PUT", sandbox.baseUrl() + "/api/v1/other", sandbox.apiKey(), "{}"));
        Http.Reply delete = bearer("DELETE", url + "eval_demo", sandbox.apiKey(), null);
        assertJson(405, "{'detail':'Method Not Allowed'}", delete);
        assertEquals("GET, PUT", delete.header("Allow"));
    }

    @Test
    void encodedIdIsDecodedBeforeLookup() throws Exception {
        sandbox.putEvaluation("a/b c", "{'name':'slashed','status':'RUNNING'}".replace('\'', '"'));

        Http.Reply reply = put("a%2Fb%20c", "{'tags':[]}");

        assertEquals(200, reply.status, reply.body);
        JsonNode body = reply.json();
        take(body, "updated_at");
        assertEquals(json(q("{'evaluation_id':'a/b c','name':'slashed','status':'RUNNING'}")), body);
        assertEquals("/api/v1/evaluations/a%2Fb%20c", sandbox.requests().get(0).path());
    }

    @Test
    void seedingRejectsNonObjects() {
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> sandbox.putEvaluation("x", "[1]"));
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> sandbox.putEvaluation("x", "{oops"));
        assertEquals(null, sandbox.evaluation("x"));
    }
}
