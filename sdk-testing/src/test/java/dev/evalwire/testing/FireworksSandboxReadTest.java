package dev.evalwire.testing;

import static dev.evalwire.testing.Http.assertJson;
import static dev.evalwire.testing.Http.assertKeyRequired;
import static dev.evalwire.testing.Http.bearer;
import static dev.evalwire.testing.Http.json;
import static dev.evalwire.testing.Http.okJson;
import static dev.evalwire.testing.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/accounts/{account_id}/evaluators/{evaluator_id}} and the build model. */
class FireworksSandboxReadTest {

    private FireworksSandbox sandbox;
    private String url;
    private JsonNode seed;

    @BeforeEach
    void start() {
        sandbox = FireworksSandbox.start();
        url = sandbox.baseUrl() + "/v1/accounts/acme/evaluators/exact-match";
        seed = json(sandbox.evaluator("acme", "exact-match"));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Http.Reply get() throws Exception {
        return bearer("GET", url, sandbox.apiKey(), null);
    }

    private JsonNode read() throws Exception {
        Http.Reply reply = get();
        assertEquals(200, reply.status, reply.body);
        return reply.json();
    }

    /** Starts a build with prepareCodeUpload=true and returns the update's answer. */
    private JsonNode startBuild() throws Exception {
        Http.Reply reply = bearer("PATCH", url + "?prepareCodeUpload=true", sandbox.apiKey(), "{}");
        assertEquals(200, reply.status, reply.body);
        assertEquals("BUILDING", reply.json().get("state").asText());
        return reply.json();
    }

    private static ObjectNode ended(JsonNode building, String state, String code, String message) {
        ObjectNode expected = building.deepCopy();
        expected.put("state", state);
        expected.set("status", json(q("{'code':'" + code + "','message':'" + message + "'}")));
        return expected;
    }

    @Test
    void answersTheStoredEvaluatorAndChangesNothing() throws Exception {
        assertEquals(seed, okJson(get()));
        assertEquals(seed, read(), "an ACTIVE evaluator stays ACTIVE");
        assertEquals(seed, json(sandbox.evaluator("acme", "exact-match")));
    }

    @Test
    void readMaskIsAcceptedAndIgnored() throws Exception {
        Http.Reply reply = bearer("GET", url + "?readMask=displayName", sandbox.apiKey(), null);

        assertEquals(seed, reply.json());
        assertEquals("readMask=displayName", sandbox.requests().get(0).query());
    }

    @Test
    void aReadAfterAnUpdateSeesTheUpdate() throws Exception {
        Http.Reply patch = bearer("PATCH", url, sandbox.apiKey(), q("{'displayName':'Strict','description':'d'}"));

        ObjectNode expected = seed.deepCopy();
        expected.put("displayName", "Strict").put("description", "d");
        expected.put("updateTime", patch.json().get("updateTime").asText());
        assertEquals(expected, patch.json());
        assertEquals(expected, read());
    }

    @Test
    void unknownEvaluatorOrAccountIs404() throws Exception {
        String message = "{'code':5,'message':'evaluator not found','details':[]}";
        assertJson(
                404,
                message,
                bearer("GET", sandbox.baseUrl() + "/v1/accounts/acme/evaluators/x", sandbox.apiKey(), null));
        assertJson(
                404,
                message,
                bearer("GET", sandbox.baseUrl() + "/v1/accounts/zeta/evaluators/exact-match", sandbox.apiKey(), null));
    }

    @Test
    void aWrongOrMissingKeyIs401() throws Exception {
        assertKeyRequired(
                "GET", url, null, "{'code':16,'message':'unauthenticated: invalid or missing API key','details':[]}");
    }

    @Test
    void otherMethodsAre405AllowingGetAndPatch() throws Exception {
        for (String method : new String[] {"POST", "PUT", "DELETE"}) {
            Http.Reply reply = bearer(method, url, sandbox.apiKey(), method.equals("DELETE") ? null : "{}");
            assertJson(405, "{'code':12,'message':'Method Not Allowed','details':[]}", reply);
            assertEquals("GET, PATCH", reply.header("Allow"));
        }
        assertEquals(seed, json(sandbox.evaluator("acme", "exact-match")));
    }

    @Test
    void aBuildIsSeenForTwoReadsThenActive() throws Exception {
        JsonNode building = startBuild();

        assertEquals(building, read());
        assertEquals(building, read());
        ObjectNode active = ended(building, "ACTIVE", "OK", "build succeeded");
        assertEquals(active, read());
        assertEquals(active, read());
        assertEquals(active, json(sandbox.evaluator("acme", "exact-match")));
    }

    @Test
    void buildPollsSetsHowManyReadsSeeBuilding() throws Exception {
        sandbox.buildPolls(3);
        JsonNode building = startBuild();
        for (int i = 0; i < 3; i++) {
            assertEquals("BUILDING", read().get("state").asText(), "read " + i);
        }
        assertEquals(ended(building, "ACTIVE", "OK", "build succeeded"), read());

        sandbox.buildPolls(0);
        building = startBuild();
        assertEquals(ended(building, "ACTIVE", "OK", "build succeeded"), read());
    }

    @Test
    void buildPollsAppliesToBuildsStartedLater() throws Exception {
        startBuild();
        sandbox.buildPolls(0);

        assertEquals("BUILDING", read().get("state").asText());
        assertEquals("BUILDING", read().get("state").asText());
        assertEquals("ACTIVE", read().get("state").asText());
    }

    @Test
    void failNextBuildEndsTheNextBuildInBuildFailedOnce() throws Exception {
        sandbox.buildPolls(1);
        sandbox.failNextBuild("requirements: no matching distribution for numpy==9");
        JsonNode building = startBuild();

        assertEquals(building, read());
        assertEquals(
                ended(
                        building,
                        "BUILD_FAILED",
                        "FAILED_PRECONDITION",
                        "requirements: no matching distribution for numpy==9"),
                read());

        building = startBuild();
        assertEquals(json(q("{'code':'OK','message':''}")), building.get("status"), "a new build clears the failure");
        read();
        assertEquals(ended(building, "ACTIVE", "OK", "build succeeded"), read());
    }

    @Test
    void failNextBuildTakesACode() throws Exception {
        sandbox.buildPolls(0);
        sandbox.failNextBuild("FAILED_PRECONDITION", "first");
        sandbox.failNextBuild("INTERNAL", "template build crashed");
        JsonNode building = startBuild();

        assertEquals(ended(building, "BUILD_FAILED", "INTERNAL", "template build crashed"), read());
    }

    @Test
    void changedRequirementsStartABuildAndAMetadataEditLeavesItRunning() throws Exception {
        sandbox.buildPolls(2);
        bearer("PATCH", url, sandbox.apiKey(), q("{'requirements':'numpy\\npandas\\n'}"));
        assertEquals("BUILDING", read().get("state").asText());

        Http.Reply edit = bearer("PATCH", url, sandbox.apiKey(), q("{'description':'still building'}"));
        assertEquals("BUILDING", edit.json().get("state").asText());
        assertEquals("BUILDING", read().get("state").asText());
        JsonNode end = read();
        assertEquals(ended(edit.json(), "ACTIVE", "OK", "build succeeded"), end);
    }

    @Test
    void aNewBuildRestartsTheCount() throws Exception {
        startBuild();
        read();
        read();
        startBuild();

        assertEquals("BUILDING", read().get("state").asText());
        assertEquals("BUILDING", read().get("state").asText());
        assertEquals("ACTIVE", read().get("state").asText());
    }

    @Test
    void readsThatMeetAFaultOrAreRefusedDoNotMoveABuildOn() throws Exception {
        sandbox.buildPolls(1);
        JsonNode building = startBuild();
        sandbox.enqueueFault(Fault.status(503));

        assertJson(503, "{'code':14,'message':'Service Unavailable','details':[]}", get());
        assertEquals(401, bearer("GET", url, "wrong", null).status);
        assertEquals(building, read());
        assertEquals("ACTIVE", read().get("state").asText());
    }

    @Test
    void aBuildBelongsToItsEvaluatorAndPutEvaluatorCancelsIt() throws Exception {
        sandbox.putEvaluator("acme", "other", q("{'name':'accounts/acme/evaluators/other','state':'BUILDING'}"));
        sandbox.buildPolls(0);
        startBuild();

        JsonNode other = json(
                bearer("GET", sandbox.baseUrl() + "/v1/accounts/acme/evaluators/other", sandbox.apiKey(), null).body);
        assertEquals(json(q("{'name':'accounts/acme/evaluators/other','state':'BUILDING'}")), other);
        sandbox.putEvaluator("acme", "exact-match", q("{'state':'BUILDING'}"));
        assertEquals(json(q("{'state':'BUILDING'}")), read());
        assertEquals(json(q("{'state':'BUILDING'}")), read());
    }

    @Test
    void argumentsAreChecked() {
        assertEquals(
                "polls must not be negative, got -1",
                assertThrows(IllegalArgumentException.class, () -> sandbox.buildPolls(-1))
                        .getMessage());
        assertEquals(
                "message must not be null",
                assertThrows(NullPointerException.class, () -> sandbox.failNextBuild(null))
                        .getMessage());
        assertEquals(
                "code must not be null",
                assertThrows(NullPointerException.class, () -> sandbox.failNextBuild(null, "m"))
                        .getMessage());
        assertEquals(
                "message must not be null",
                assertThrows(NullPointerException.class, () -> sandbox.failNextBuild("INTERNAL", null))
                        .getMessage());
        assertEquals(
                "code must be a StatusCode other than OK (CANCELLED, UNKNOWN, INVALID_ARGUMENT, DEADLINE_EXCEEDED, "
                        + "NOT_FOUND, ALREADY_EXISTS, PERMISSION_DENIED, UNAUTHENTICATED, RESOURCE_EXHAUSTED, "
                        + "FAILED_PRECONDITION, ABORTED, OUT_OF_RANGE, UNIMPLEMENTED, INTERNAL, UNAVAILABLE, "
                        + "DATA_LOSS), got OK",
                assertThrows(IllegalArgumentException.class, () -> sandbox.failNextBuild("OK", "m"))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> sandbox.failNextBuild("internal", "m"));
    }

    @Test
    void aRefusedFailureRequestLeavesTheNextBuildSucceeding() throws Exception {
        sandbox.buildPolls(0);
        assertThrows(IllegalArgumentException.class, () -> sandbox.failNextBuild("BROKEN", "m"));
        JsonNode building = startBuild();

        assertEquals(ended(building, "ACTIVE", "OK", "build succeeded"), read());
    }
}
