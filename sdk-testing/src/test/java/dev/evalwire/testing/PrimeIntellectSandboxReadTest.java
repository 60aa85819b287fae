package dev.evalwire.testing;

import static dev.evalwire.testing.Http.assertJson;
import static dev.evalwire.testing.Http.bearer;
import static dev.evalwire.testing.Http.json;
import static dev.evalwire.testing.Http.okJson;
import static dev.evalwire.testing.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.testing.internal.OpenApiDocument;
import dev.evalwire.testing.internal.SchemaValidator;
import java.util.Collections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/evaluations/{id}} and the status controls. */
class PrimeIntellectSandboxReadTest {

    private PrimeIntellectSandbox sandbox;
    private String url;
    private JsonNode seed;

    @BeforeEach
    void start() {
        sandbox = PrimeIntellectSandbox.start();
        url = sandbox.baseUrl() + "/api/v1/evaluations/";
        seed = json(sandbox.evaluation("eval_demo"));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Http.Reply get(String id) throws Exception {
        return bearer("GET", url + id, sandbox.apiKey(), null);
    }

    private String status(String id) throws Exception {
        Http.Reply reply = get(id);
        assertEquals(200, reply.status, reply.body);
        return reply.json().get("status").asText();
    }

    private ObjectNode seedWith(String field, String value) {
        ObjectNode expected = seed.deepCopy();
        expected.put(field, value);
        return expected;
    }

    @Test
    void answersTheFullStoredRecordValidAgainstGetEvaluationResponse() throws Exception {
        JsonNode record = okJson(get("eval_demo"));

        assertEquals(seed, record);
        for (String optional : new String[] {"tags", "is_hosted", "is_public", "show_on_leaderboard", "model_name"}) {
            assertTrue(record.hasNonNull(optional), "the seed carries " + optional);
        }
        OpenApiDocument spec = OpenApiDocument.load("specs/primeintellect.yaml");
        JsonNode schema = spec.resolve(json("{\"$ref\":\"#/components/schemas/GetEvaluationResponse\"}"));
        assertEquals(Collections.emptyList(), new SchemaValidator(spec).validate(schema, record));
        assertEquals(seed, json(sandbox.evaluation("eval_demo")), "a read changes nothing");
    }

    @Test
    void aReadAfterAnUpdateSeesTheUpdate() throws Exception {
        Http.Reply put = bearer(
                "PUT", url + "eval_demo", sandbox.apiKey(), q("{'name':'renamed','description':null,'tags':['a']}"));
        assertEquals(200, put.status, put.body);

        ObjectNode expected = seedWith("name", "renamed");
        expected.putNull("description");
        expected.set("tags", json("[\"a\"]"));
        expected.put("updated_at", put.json().get("updated_at").asText());
        assertJson(200, expected.toString(), get("eval_demo"));
    }

    @Test
    void anUnknownIdIs404InThePutsWording() throws Exception {
        assertJson(404, "{'detail':'Evaluation not found'}", get("nope"));
    }

    @Test
    void aWrongOrMissingKeyIs401WithoutBody() throws Exception {
        Http.Reply wrong = bearer("GET", url + "eval_demo", "other-key", null);
        Http.Reply missing = Http.send(Http.request("GET", url + "eval_demo", null));

        assertEquals(401, wrong.status);
        assertEquals("", wrong.body);
        assertEquals("Bearer", wrong.header("WWW-Authenticate"));
        assertEquals(401, missing.status);
        assertEquals("", missing.body);
    }

    @Test
    void aBodyIsNeitherRequiredNorParsed() throws Exception {
        Http.Reply reply = Http.raw(
                sandbox.baseUrl(),
                "GET",
                "/api/v1/evaluations/eval_demo",
                "not json",
                "Authorization: Bearer " + sandbox.apiKey());

        assertEquals(200, reply.status, reply.body);
        assertEquals(seed, reply.json());
        assertEquals("not json", sandbox.requests().get(0).body());
    }

    @Test
    void theReadIsRecorded() throws Exception {
        get("eval_demo");

        RecordedRequest recorded = sandbox.requests().get(0);
        assertEquals("GET", recorded.method());
        assertEquals("/api/v1/evaluations/eval_demo", recorded.path());
        assertEquals(null, recorded.query());
        assertEquals("", recorded.body());
        assertEquals(1, sandbox.requestCount());
    }

    @Test
    void setStatusChangesOnlyTheStatus() throws Exception {
        sandbox.setStatus("eval_demo", "RUNNING");

        assertEquals(seedWith("status", "RUNNING"), json(sandbox.evaluation("eval_demo")));
        assertJson(200, seedWith("status", "RUNNING").toString(), get("eval_demo"));
        assertEquals("RUNNING", status("eval_demo"));
    }

    @Test
    void setStatusTakesValuesTheSpecDoesNotList() throws Exception {
        sandbox.setStatus("eval_demo", "ARCHIVED_SOMEHOW");

        assertEquals("ARCHIVED_SOMEHOW", status("eval_demo"));
    }

    @Test
    void aSequenceTakesOneStepPerReadAndStaysAtTheLast() throws Exception {
        sandbox.statusSequence("eval_demo", "PENDING", "RUNNING", "RUNNING", "FAILED");

        assertEquals(
                "COMPLETED", json(sandbox.evaluation("eval_demo")).get("status").asText(), "no read yet");
        assertEquals("PENDING", status("eval_demo"));
        assertEquals("RUNNING", status("eval_demo"));
        assertEquals("RUNNING", status("eval_demo"));
        assertEquals("FAILED", status("eval_demo"));
        assertEquals("FAILED", status("eval_demo"));
        assertEquals("FAILED", status("eval_demo"));
        assertEquals(seedWith("status", "FAILED"), json(sandbox.evaluation("eval_demo")), "only the status moved");
    }

    @Test
    void updatesDoNotTakeStepsButShowTheLatestStatusRead() throws Exception {
        sandbox.statusSequence("eval_demo", "RUNNING", "COMPLETED");

        Http.Reply before = bearer("PUT", url + "eval_demo", sandbox.apiKey(), "{}");
        assertEquals("COMPLETED", before.json().get("status").asText());
        assertEquals("RUNNING", status("eval_demo"));
        Http.Reply between = bearer("PUT", url + "eval_demo", sandbox.apiKey(), "{}");
        assertEquals("RUNNING", between.json().get("status").asText());
        assertEquals("COMPLETED", status("eval_demo"));
    }

    @Test
    void readsThatMeetAFaultOrAreRefusedTakeNoStep() throws Exception {
        sandbox.statusSequence("eval_demo", "RUNNING", "COMPLETED");
        sandbox.enqueueFault(Fault.status(503));

        assertJson(503, "{'detail':'Service Unavailable'}", get("eval_demo"));
        assertEquals(401, bearer("GET", url + "eval_demo", "wrong", null).status);
        assertEquals("RUNNING", status("eval_demo"));
        assertEquals("COMPLETED", status("eval_demo"));
        assertEquals(4, sandbox.requestCount());
    }

    @Test
    void aSequenceBelongsToItsEvaluation() throws Exception {
        sandbox.putEvaluation("other", q("{'evaluation_id':'other','status':'PENDING'}"));
        sandbox.statusSequence("eval_demo", "RUNNING", "COMPLETED");

        assertEquals("PENDING", status("other"));
        assertEquals("RUNNING", status("eval_demo"));
    }

    @Test
    void setStatusPutEvaluationAndANewSequenceReplaceASequence() throws Exception {
        sandbox.statusSequence("eval_demo", "RUNNING", "COMPLETED");
        sandbox.setStatus("eval_demo", "CANCELLED");
        assertEquals("CANCELLED", status("eval_demo"));
        assertEquals("CANCELLED", status("eval_demo"));

        sandbox.statusSequence("eval_demo", "RUNNING", "COMPLETED");
        sandbox.statusSequence("eval_demo", "TIMEOUT");
        assertEquals("TIMEOUT", status("eval_demo"));
        assertEquals("TIMEOUT", status("eval_demo"));

        sandbox.statusSequence("eval_demo", "RUNNING", "COMPLETED");
        sandbox.putEvaluation("eval_demo", q("{'evaluation_id':'eval_demo','status':'PENDING'}"));
        assertEquals("PENDING", status("eval_demo"));
        assertEquals("PENDING", status("eval_demo"));
    }

    @Test
    void statusArgumentsAreChecked() {
        assertEquals(
                "status must not be null",
                assertThrows(NullPointerException.class, () -> sandbox.setStatus("eval_demo", null))
                        .getMessage());
        assertEquals(
                "evaluationId must not be null",
                assertThrows(NullPointerException.class, () -> sandbox.setStatus(null, "RUNNING"))
                        .getMessage());
        assertEquals(
                "status must not be blank",
                assertThrows(IllegalArgumentException.class, () -> sandbox.setStatus("eval_demo", " "))
                        .getMessage());
        assertEquals(
                "no evaluation nope is stored",
                assertThrows(IllegalArgumentException.class, () -> sandbox.setStatus("nope", "RUNNING"))
                        .getMessage());
        assertEquals(
                "statuses must not be empty",
                assertThrows(IllegalArgumentException.class, () -> sandbox.statusSequence("eval_demo"))
                        .getMessage());
        assertEquals(
                "statuses must not be null",
                assertThrows(NullPointerException.class, () -> sandbox.statusSequence("eval_demo", (String[]) null))
                        .getMessage());
        assertEquals(
                "statuses[1] must not be null",
                assertThrows(NullPointerException.class, () -> sandbox.statusSequence("eval_demo", "RUNNING", null))
                        .getMessage());
        assertEquals(
                "statuses[0] must not be blank",
                assertThrows(IllegalArgumentException.class, () -> sandbox.statusSequence("eval_demo", ""))
                        .getMessage());
        assertEquals(
                "no evaluation nope is stored",
                assertThrows(IllegalArgumentException.class, () -> sandbox.statusSequence("nope", "RUNNING"))
                        .getMessage());
        assertEquals(seed, json(sandbox.evaluation("eval_demo")), "nothing changed");
        assertEquals(null, sandbox.evaluation("nope"));
    }

    @Test
    void theSequenceIsCopied() throws Exception {
        String[] statuses = {"RUNNING", "COMPLETED"};
        sandbox.statusSequence("eval_demo", statuses);
        statuses[0] = "FAILED";

        assertEquals("RUNNING", status("eval_demo"));
    }

    @Test
    void otherMethodsAre405AllowingGetAndPut() throws Exception {
        for (String method : new String[] {"POST", "DELETE", "PATCH"}) {
            Http.Reply reply =
                    bearer(method, url + "eval_demo", sandbox.apiKey(), method.equals("DELETE") ? null : "{}");
            assertJson(405, "{'detail':'Method Not Allowed'}", reply);
            assertEquals("GET, PUT", reply.header("Allow"));
        }
        assertEquals(seed, json(sandbox.evaluation("eval_demo")));
    }
}
