package dev.evalwire.fireworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.InvalidResponseException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Decoding the evaluator the server answers with, through the client and directly. */
class EvaluatorTest {

    static final String FULL = "{\"name\":\"accounts/acme/evaluators/exact-match\",\"displayName\":\"Exact match\","
            + "\"description\":\"d\",\"createTime\":\"2025-01-02T03:04:05Z\",\"createdBy\":\"user@acme.dev\","
            + "\"updateTime\":\"2025-01-02T03:10:00.123+02:00\",\"state\":\"BUILDING\","
            + "\"criteria\":[{\"type\":\"CODE_SNIPPETS\",\"name\":\"accuracy\",\"description\":\"exact\","
            + "\"codeSnippets\":{\"language\":\"python\",\"fileContents\":{\"main.py\":\"print(1)\",\"b.py\":\"\"},"
            + "\"entryFile\":\"main.py\",\"entryFunc\":\"evaluate\"}}],"
            + "\"requirements\":\"numpy\\n\",\"entryPoint\":\"main.py::evaluate\","
            + "\"status\":{\"code\":\"FAILED_PRECONDITION\",\"message\":\"build queued\"},\"commitHash\":\"4f2a9c1\","
            + "\"source\":{\"type\":\"TYPE_GITHUB\",\"githubRepositoryName\":\"acme/evaluators\"},"
            + "\"defaultDataset\":\"accounts/acme/datasets/qa\"}";

    @RegisterExtension
    final FireworksServer server = new FireworksServer();

    private final FireworksClient client = server.client();

    private Evaluator answer(String json) {
        server.enqueue(200, json);
        return client.updateEvaluator(
                "exact-match", UpdateEvaluatorParams.builder().build());
    }

    @Test
    void readsEveryTypedField() {
        Evaluator evaluator = answer(FULL);

        assertEquals("accounts/acme/evaluators/exact-match", evaluator.name());
        assertEquals("Exact match", evaluator.displayName());
        assertEquals("d", evaluator.description());
        assertEquals(OffsetDateTime.of(2025, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC), evaluator.createTime());
        assertEquals("user@acme.dev", evaluator.createdBy());
        assertEquals(
                OffsetDateTime.of(2025, 1, 2, 3, 10, 0, 123_000_000, ZoneOffset.ofHours(2)), evaluator.updateTime());
        assertEquals(EvaluatorState.BUILDING, evaluator.state());
        assertEquals(EvaluatorState.Known.BUILDING, evaluator.state().known());
        assertEquals(1, evaluator.criteria().size());
        CriterionInfo criterion = evaluator.criteria().get(0);
        assertEquals(CriterionType.CODE_SNIPPETS, criterion.type());
        assertEquals("accuracy", criterion.name());
        assertEquals("exact", criterion.description());
        assertEquals("python", criterion.codeSnippets().language());
        Map<String, String> files = new LinkedHashMap<>();
        files.put("main.py", "print(1)");
        files.put("b.py", "");
        assertEquals(files, criterion.codeSnippets().fileContents());
        assertEquals(
                Arrays.asList("main.py", "b.py"),
                Arrays.asList(criterion.codeSnippets().fileContents().keySet().toArray()));
        assertEquals("main.py", criterion.codeSnippets().entryFile());
        assertEquals("evaluate", criterion.codeSnippets().entryFunc());
        assertEquals("numpy\n", evaluator.requirements());
        assertEquals("main.py::evaluate", evaluator.entryPoint());
        assertEquals(StatusCode.FAILED_PRECONDITION, evaluator.status().code());
        assertEquals("build queued", evaluator.status().message());
        assertEquals("4f2a9c1", evaluator.commitHash());
        assertEquals(EvaluatorSourceType.TYPE_GITHUB, evaluator.source().type());
        assertEquals("acme/evaluators", evaluator.source().githubRepositoryName());
        assertEquals("accounts/acme/datasets/qa", evaluator.defaultDataset());
        assertTrue(evaluator.additionalProperties().isEmpty());
    }

    @Test
    void missingFieldsReadAsNullEmptyOrTheSchemaDefault() {
        Evaluator evaluator = answer("{}");

        assertNull(evaluator.name());
        assertNull(evaluator.displayName());
        assertNull(evaluator.createTime());
        assertNull(evaluator.status());
        assertNull(evaluator.source());
        assertTrue(evaluator.criteria().isEmpty());
        assertEquals(EvaluatorState.STATE_UNSPECIFIED, evaluator.state());
    }

    @Test
    void nestedDefaultsFollowProtobufJson() {
        Evaluator evaluator = answer("{\"criteria\":[{}],\"status\":{},\"source\":{}}");

        assertEquals(CriterionType.TYPE_UNSPECIFIED, evaluator.criteria().get(0).type());
        assertNull(evaluator.criteria().get(0).codeSnippets());
        assertEquals(StatusCode.OK, evaluator.status().code());
        assertNull(evaluator.status().message());
        assertEquals(EvaluatorSourceType.TYPE_UNSPECIFIED, evaluator.source().type());
    }

    @Test
    void unknownFieldsAreKeptAtEveryLevel() {
        Evaluator evaluator = answer("{\"name\":\"accounts/a/evaluators/e\",\"versionId\":\"v3\","
                + "\"criteria\":[{\"name\":\"c\",\"weight\":0.5,\"codeSnippets\":{\"timeoutSeconds\":30}}],"
                + "\"status\":{\"code\":\"OK\",\"details\":[{\"@type\":\"x\"}]},"
                + "\"source\":{\"type\":\"TYPE_UPLOAD\",\"branch\":\"main\"}}");

        assertEquals("\"v3\"", evaluator.additionalProperties().get("versionId").toString());
        assertEquals(
                "0.5",
                evaluator.criteria().get(0).additionalProperties().get("weight").toString());
        assertEquals(
                "30",
                evaluator
                        .criteria()
                        .get(0)
                        .codeSnippets()
                        .additionalProperties()
                        .get("timeoutSeconds")
                        .toString());
        assertEquals(
                "[{\"@type\":\"x\"}]",
                evaluator.status().additionalProperties().get("details").toString());
        assertEquals(
                "\"main\"",
                evaluator.source().additionalProperties().get("branch").toString());
        assertEquals("v3", evaluator.rawField("versionId").asText());
    }

    @Test
    void unknownEnumValuesKeepTheirRawString() {
        Evaluator evaluator = answer("{\"state\":\"DEPRECATED\",\"criteria\":[{\"type\":\"LLM_JUDGE\"}],"
                + "\"status\":{\"code\":\"TEAPOT\"},\"source\":{\"type\":\"TYPE_S3\"}}");

        assertEquals("DEPRECATED", evaluator.state().value());
        assertEquals(EvaluatorState.Known._UNKNOWN, evaluator.state().known());
        assertEquals("LLM_JUDGE", evaluator.criteria().get(0).type().value());
        assertEquals(
                CriterionType.Known._UNKNOWN, evaluator.criteria().get(0).type().known());
        assertEquals("TEAPOT", evaluator.status().code().value());
        assertEquals(StatusCode.Known._UNKNOWN, evaluator.status().code().known());
        assertEquals("TYPE_S3", evaluator.source().type().value());
        assertEquals(
                EvaluatorSourceType.Known._UNKNOWN, evaluator.source().type().known());
    }

    @Test
    void aWronglyTypedFieldFailsOnlyItsAccessor() {
        server.enqueue(200, "{\"name\":\"e\",\"criteria\":[{\"codeSnippets\":{\"fileContents\":{\"main.py\":true}}}]}");
        Evaluator evaluator = client.updateEvaluator(
                "exact-match", UpdateEvaluatorParams.builder().build());
        assertEquals("e", evaluator.name());

        InvalidResponseException e = assertThrows(
                InvalidResponseException.class,
                () -> evaluator.criteria().get(0).codeSnippets().fileContents());
        assertTrue(
                assertThrows(InvalidResponseException.class, evaluator::validate)
                        .getMessage()
                        .contains("fileContents.main.py"),
                "validate() checks nested response objects");

        assertTrue(e.getMessage().contains("fileContents.main.py"), e.getMessage());
    }
}
