package dev.evalwire.fireworks;

import static dev.evalwire.core.testing.SpecConformance.clearersCoverEveryNullableProperty;
import static dev.evalwire.core.testing.SpecConformance.rangesAreEnforced;
import static dev.evalwire.core.testing.SpecConformance.readOnlyPropertiesAreNeverSent;
import static dev.evalwire.core.testing.SpecConformance.requiredPropertiesAreEnforced;
import static dev.evalwire.core.testing.SpecConformance.responsePropertiesAreReadable;
import static dev.evalwire.core.testing.SpecConformance.settersCoverEveryWritableProperty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.evalwire.core.PatchBody;
import dev.evalwire.core.testing.SpecModel;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the Fireworks builders and response types against {@code specs/fireworks.yaml}, property by property.
 * A property added to the spec without a matching setter, clearer, check or accessor fails here.
 */
class FireworksSpecConformanceTest {

    private static final String PATH = "/v1/accounts/{account_id}/evaluators/{evaluator_id}";

    private static SpecModel spec;
    private static Evaluator sample;

    @BeforeAll
    static void load() throws Exception {
        spec = SpecModel.load("fireworks.yaml");
        sample = Evaluator.fromJson(new ObjectMapper().readTree(EvaluatorTest.FULL));
    }

    private static final Map<String, Supplier<UpdateEvaluatorParams.Builder>> SETTERS = new LinkedHashMap<>();
    private static final Map<String, Supplier<Criterion.Builder>> CRITERION_SETTERS = new LinkedHashMap<>();
    private static final Map<String, Supplier<CodeSnippets.Builder>> SNIPPET_SETTERS = new LinkedHashMap<>();
    private static final Map<String, Supplier<EvaluatorSource.Builder>> SOURCE_SETTERS = new LinkedHashMap<>();

    static {
        SETTERS.put("displayName", () -> UpdateEvaluatorParams.builder().displayName("d"));
        SETTERS.put("description", () -> UpdateEvaluatorParams.builder().description("d"));
        SETTERS.put(
                "criteria",
                () -> UpdateEvaluatorParams.builder()
                        .criteria(Criterion.builder().name("c").build()));
        SETTERS.put("requirements", () -> UpdateEvaluatorParams.builder().requirements("numpy\n"));
        SETTERS.put("entryPoint", () -> UpdateEvaluatorParams.builder().entryPoint("main.py::run"));
        SETTERS.put("commitHash", () -> UpdateEvaluatorParams.builder().commitHash("abc"));
        SETTERS.put(
                "source",
                () -> UpdateEvaluatorParams.builder()
                        .source(EvaluatorSource.builder()
                                .type(EvaluatorSourceType.TYPE_UPLOAD)
                                .build()));
        SETTERS.put("defaultDataset", () -> UpdateEvaluatorParams.builder().defaultDataset("ds"));

        CRITERION_SETTERS.put("type", () -> Criterion.builder().type(CriterionType.CODE_SNIPPETS));
        CRITERION_SETTERS.put("name", () -> Criterion.builder().name("n"));
        CRITERION_SETTERS.put("description", () -> Criterion.builder().description("d"));
        CRITERION_SETTERS.put(
                "codeSnippets",
                () -> Criterion.builder()
                        .codeSnippets(CodeSnippets.builder().language("python").build()));

        SNIPPET_SETTERS.put("language", () -> CodeSnippets.builder().language("python"));
        SNIPPET_SETTERS.put("fileContents", () -> CodeSnippets.builder().putFile("main.py", "x"));
        SNIPPET_SETTERS.put("entryFile", () -> CodeSnippets.builder().entryFile("main.py"));
        SNIPPET_SETTERS.put("entryFunc", () -> CodeSnippets.builder().entryFunc("run"));

        SOURCE_SETTERS.put("type", () -> EvaluatorSource.builder().type(EvaluatorSourceType.TYPE_GITHUB));
        SOURCE_SETTERS.put(
                "githubRepositoryName", () -> EvaluatorSource.builder().githubRepositoryName("a/b"));
    }

    private static <B> Map<String, Supplier<? extends PatchBody>> bodies(
            Map<String, Supplier<B>> table, Function<B, ? extends PatchBody> build) {
        Map<String, Supplier<? extends PatchBody>> out = new LinkedHashMap<>();
        table.forEach((name, builder) -> out.put(name, () -> build.apply(builder.get())));
        return out;
    }

    @Test
    void everyWritableUpdatePropertyReachesTheWire() {
        settersCoverEveryWritableProperty(
                spec.requestBody(PATH, "patch"), bodies(SETTERS, UpdateEvaluatorParams.Builder::build));
    }

    @Test
    void updateSendsNoReadOnlyProperty() {
        UpdateEvaluatorParams.Builder all = UpdateEvaluatorParams.builder()
                .displayName("d")
                .description("d")
                .criteria(Criterion.builder().name("c").build())
                .requirements("r")
                .entryPoint("m::f")
                .commitHash("c")
                .source(EvaluatorSource.builder().githubRepositoryName("a/b").build())
                .defaultDataset("ds");
        readOnlyPropertiesAreNeverSent(spec.requestBody(PATH, "patch"), all.build());
        assertEquals(
                new TreeSet<>(Arrays.asList("createTime", "createdBy", "updateTime", "state", "status")),
                new TreeSet<>(spec.requestBody(PATH, "patch").readOnly()));
    }

    @Test
    void noUpdatePropertyIsNullableInTheSpec() {
        Map<String, Supplier<? extends PatchBody>> none = Collections.emptyMap();
        clearersCoverEveryNullableProperty(spec.requestBody(PATH, "patch"), none);
        clearersCoverEveryNullableProperty(spec.component("Criterion"), none);
        clearersCoverEveryNullableProperty(spec.component("CodeSnippets"), none);
        clearersCoverEveryNullableProperty(spec.component("EvaluatorSource"), none);
    }

    @Test
    void noPropertyIsBoundedOrRequiredInTheSpec() {
        Map<String, LongFunction<?>> noRanges = Collections.emptyMap();
        Map<String, Runnable> noRequired = Collections.emptyMap();
        for (SpecModel.Schema schema : new SpecModel.Schema[] {
            spec.requestBody(PATH, "patch"),
            spec.component("Criterion"),
            spec.component("CodeSnippets"),
            spec.component("EvaluatorSource")
        }) {
            rangesAreEnforced(schema, noRanges);
            requiredPropertiesAreEnforced(schema, noRequired);
        }
    }

    @Test
    void everyWritableCriterionPropertyReachesTheWire() {
        settersCoverEveryWritableProperty(
                spec.component("Criterion"), bodies(CRITERION_SETTERS, Criterion.Builder::build));
    }

    @Test
    void everyWritableCodeSnippetsPropertyReachesTheWire() {
        settersCoverEveryWritableProperty(
                spec.component("CodeSnippets"), bodies(SNIPPET_SETTERS, CodeSnippets.Builder::build));
    }

    @Test
    void everyWritableEvaluatorSourcePropertyReachesTheWire() {
        settersCoverEveryWritableProperty(
                spec.component("EvaluatorSource"), bodies(SOURCE_SETTERS, EvaluatorSource.Builder::build));
    }

    @Test
    void everyParameterIsCovered() {
        Map<String, String> where = new TreeMap<>();
        for (Map.Entry<String, JsonNode> parameter :
                spec.parameters(PATH, "patch").entrySet()) {
            where.put(parameter.getKey(), parameter.getValue().path("in").asText());
        }
        Map<String, String> expected = new TreeMap<>();
        expected.put("account_id", "path");
        expected.put("evaluator_id", "path");
        expected.put("prepareCodeUpload", "query");
        assertEquals(expected, where, "FireworksClient sends exactly these parameters; see FireworksClientTest");
    }

    @Test
    void everyResponsePropertyIsReadable() {
        Map<String, Function<Evaluator, ?>> accessors = new LinkedHashMap<>();
        accessors.put("name", Evaluator::name);
        accessors.put("displayName", Evaluator::displayName);
        accessors.put("description", Evaluator::description);
        accessors.put("createTime", Evaluator::createTime);
        accessors.put("createdBy", Evaluator::createdBy);
        accessors.put("updateTime", Evaluator::updateTime);
        accessors.put("state", Evaluator::state);
        accessors.put("criteria", e -> e.criteria().isEmpty() ? null : e.criteria());
        accessors.put("requirements", Evaluator::requirements);
        accessors.put("entryPoint", Evaluator::entryPoint);
        accessors.put("status", Evaluator::status);
        accessors.put("commitHash", Evaluator::commitHash);
        accessors.put("source", Evaluator::source);
        accessors.put("defaultDataset", Evaluator::defaultDataset);
        responsePropertiesAreReadable(spec.response(PATH, "patch", "200"), sample, accessors);
    }

    @Test
    void everyNestedResponsePropertyIsReadable() {
        Map<String, Function<CriterionInfo, ?>> criterion = new LinkedHashMap<>();
        criterion.put("type", CriterionInfo::type);
        criterion.put("name", CriterionInfo::name);
        criterion.put("description", CriterionInfo::description);
        criterion.put("codeSnippets", CriterionInfo::codeSnippets);
        responsePropertiesAreReadable(
                spec.component("Criterion"), sample.criteria().get(0), criterion);

        Map<String, Function<CodeSnippetsInfo, ?>> snippets = new LinkedHashMap<>();
        snippets.put("language", CodeSnippetsInfo::language);
        snippets.put("fileContents", s -> s.fileContents().isEmpty() ? null : s.fileContents());
        snippets.put("entryFile", CodeSnippetsInfo::entryFile);
        snippets.put("entryFunc", CodeSnippetsInfo::entryFunc);
        responsePropertiesAreReadable(
                spec.component("CodeSnippets"), sample.criteria().get(0).codeSnippets(), snippets);

        Map<String, Function<EvaluatorSourceInfo, ?>> source = new LinkedHashMap<>();
        source.put("type", EvaluatorSourceInfo::type);
        source.put("githubRepositoryName", EvaluatorSourceInfo::githubRepositoryName);
        responsePropertiesAreReadable(spec.component("EvaluatorSource"), sample.source(), source);

        Map<String, Function<BuildStatus, ?>> status = new LinkedHashMap<>();
        status.put("code", BuildStatus::code);
        status.put("message", BuildStatus::message);
        responsePropertiesAreReadable(spec.component("Status"), sample.status(), status);
    }

    @Test
    void everySpecEnumValueIsAKnownConstant() {
        assertKnown("EvaluatorState", v -> EvaluatorState.of(v).known() != EvaluatorState.Known._UNKNOWN);
        assertKnown("CriterionType", v -> CriterionType.of(v).known() != CriterionType.Known._UNKNOWN);
        assertKnown(
                "EvaluatorSourceType", v -> EvaluatorSourceType.of(v).known() != EvaluatorSourceType.Known._UNKNOWN);
        assertKnown("StatusCode", v -> StatusCode.of(v).known() != StatusCode.Known._UNKNOWN);
    }

    private static void assertKnown(String schema, Predicate<String> known) {
        JsonNode values = enumValues(schema);
        assertTrue(values.size() > 0, schema + " has enum values in the spec");
        for (JsonNode value : values) {
            assertTrue(known.test(value.asText()), schema + " " + value.asText() + " must be a known constant");
        }
    }

    private static JsonNode enumValues(String schema) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory())
                    .readTree(FireworksSpecConformanceTest.class.getResourceAsStream("/specs/fireworks.yaml"));
            return root.path("components").path("schemas").path(schema).path("enum");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
