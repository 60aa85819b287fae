package dev.evalwire.testing;

import static dev.evalwire.testing.Http.assertJson;
import static dev.evalwire.testing.Http.bearer;
import static dev.evalwire.testing.Http.json;
import static dev.evalwire.testing.Http.q;
import static dev.evalwire.testing.Http.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FireworksSandboxTest {

    private FireworksSandbox sandbox;
    private String url;

    @BeforeEach
    void start() {
        sandbox = FireworksSandbox.start();
        url = sandbox.baseUrl() + "/v1/accounts/acme/evaluators/exact-match";
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Http.Reply patch(String query, String body) throws Exception {
        return bearer("PATCH", url + query, sandbox.apiKey(), q(body));
    }

    @Test
    void aValidUpdateAnswersTheFullEvaluatorAndLaterAnswersShowIt() throws Exception {
        JsonNode before = json(sandbox.evaluator("acme", "exact-match"));

        Http.Reply first = patch("", "{'displayName':'Strict match'}");
        Http.Reply second = patch("", "{'description':'second edit'}");

        assertEquals(200, first.status, first.body);
        JsonNode body = second.json();
        Instant.parse(take(body, "updateTime"));
        ObjectNode expected = before.deepCopy();
        expected.remove("updateTime");
        expected.put("displayName", "Strict match").put("description", "second edit");
        assertEquals(expected, body);
        assertEquals("ACTIVE", body.get("state").asText(), "metadata edits do not rebuild");
    }

    @Test
    void refusesAWrongKeyWithTheRpcShape() throws Exception {
        assertJson(
                401,
                "{'code':16,'message':'unauthenticated: invalid or missing API key','details':[]}",
                bearer("PATCH", url, "nope", "{}"));
        assertEquals(401, Http.send(Http.request("PATCH", url, "{}")).status);
    }

    @Test
    void readOnlyStateIsRefusedWith400() throws Exception {
        assertJson(
                400,
                "{'code':3,'message':'state: field is read-only and must not be sent','details':[]}",
                patch("", "{'state':'ACTIVE'}"));
    }

    @Test
    void allViolationsAreJoinedIntoTheMessage() throws Exception {
        assertJson(
                400,
                "{'code':3,'message':'displayName: expected string, got integer; "
                        + "source.type: must be one of [\\'TYPE_UNSPECIFIED\\',\\'TYPE_UPLOAD\\',\\'TYPE_GITHUB\\',\\'TYPE_TEMPORARY\\']; "
                        + "criteria.0.codeSnippets.fileContents.main.py: expected string, got boolean','details':[]}",
                patch(
                        "",
                        "{'displayName':7,'source':{'type':'TYPE_FTP'},"
                                + "'criteria':[{'codeSnippets':{'fileContents':{'main.py':true}}}]}"));
    }

    @Test
    void prepareCodeUploadMovesToBuilding() throws Exception {
        Http.Reply reply = patch("?prepareCodeUpload=true", "{}");

        assertEquals(200, reply.status, reply.body);
        assertEquals("BUILDING", reply.json().get("state").asText());
        assertEquals(
                "BUILDING",
                json(sandbox.evaluator("acme", "exact-match")).get("state").asText());
    }

    @Test
    void prepareCodeUploadFalseAndAnUnchangedEntryPointDoNotRebuild() throws Exception {
        Http.Reply reply = patch("?prepareCodeUpload=false", "{'entryPoint':'test_exact.py::test_exact'}");

        assertEquals("ACTIVE", reply.json().get("state").asText());
    }

    @Test
    void changedRequirementsOrEntryPointRebuild() throws Exception {
        assertEquals(
                "BUILDING",
                patch("", "{'requirements':'numpy\\npandas\\n'}")
                        .json()
                        .get("state")
                        .asText());

        sandbox.putEvaluator("acme", "other", q("{'name':'accounts/acme/evaluators/other','state':'ACTIVE'}"));
        Http.Reply reply = bearer(
                "PATCH",
                sandbox.baseUrl() + "/v1/accounts/acme/evaluators/other",
                sandbox.apiKey(),
                q("{'entryPoint':'main.py::run'}"));
        assertEquals("BUILDING", reply.json().get("state").asText());
        assertEquals("main.py::run", reply.json().get("entryPoint").asText());
    }

    @Test
    void aBadPrepareCodeUploadValueIsRefused() throws Exception {
        assertJson(
                400,
                "{'code':3,'message':'prepareCodeUpload: invalid value \\'maybe\\', expected true or false',"
                        + "'details':[]}",
                patch("?prepareCodeUpload=maybe", "{}"));
    }

    @Test
    void unknownEvaluatorOrAccountIs404() throws Exception {
        String other = sandbox.baseUrl() + "/v1/accounts/acme/evaluators/missing";
        assertJson(
                404,
                "{'code':5,'message':'evaluator not found','details':[]}",
                bearer("PATCH", other, sandbox.apiKey(), "{}"));
        String otherAccount = sandbox.baseUrl() + "/v1/accounts/zeta/evaluators/exact-match";
        assertEquals(404, bearer("PATCH", otherAccount, sandbox.apiKey(), "{}").status);
    }

    @Test
    void otherMethodsAre405AndNonJsonIs400() throws Exception {
        assertJson(
                405,
                "{'code':12,'message':'Method Not Allowed','details':[]}",
                bearer("POST", url, sandbox.apiKey(), "{}"));
        Http.Reply reply = bearer("PATCH", url, sandbox.apiKey(), "not json");
        assertEquals(400, reply.status);
        assertEquals(3, reply.json().get("code").asInt());
    }

    @Test
    void encodedIdsAreDecoded() throws Exception {
        sandbox.putEvaluator("team/x", "a b", "{}");

        Http.Reply reply = bearer(
                "PATCH",
                sandbox.baseUrl() + "/v1/accounts/team%2Fx/evaluators/a%20b",
                sandbox.apiKey(),
                q("{'displayName':'D'}"));

        assertEquals(200, reply.status, reply.body);
        assertEquals(
                "D", json(sandbox.evaluator("team/x", "a b")).get("displayName").asText());
        assertNotNull(reply.json().get("updateTime"));
    }
}
