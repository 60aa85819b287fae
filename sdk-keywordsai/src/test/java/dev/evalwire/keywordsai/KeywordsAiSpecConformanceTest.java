package dev.evalwire.keywordsai;

import static dev.evalwire.core.testing.SpecConformance.clearersCoverEveryNullableProperty;
import static dev.evalwire.core.testing.SpecConformance.rangesAreEnforced;
import static dev.evalwire.core.testing.SpecConformance.readOnlyPropertiesAreNeverSent;
import static dev.evalwire.core.testing.SpecConformance.responsePropertiesAreReadable;
import static dev.evalwire.core.testing.SpecConformance.settersCoverEveryWritableProperty;
import static dev.evalwire.keywordsai.Fixtures.FULL_EVALUATOR;
import static dev.evalwire.keywordsai.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.evalwire.core.PatchBody;
import dev.evalwire.core.internal.PatchFields;
import dev.evalwire.core.testing.SpecModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the Keywords AI builders and response against {@code specs/keywordsai.yaml}, property by property. A
 * property added to the spec without a matching setter, clearer, range check or accessor fails here.
 */
class KeywordsAiSpecConformanceTest {

    private static final String PATH = "/api/evaluators/{evaluator_id}/";

    private static SpecModel spec;

    @BeforeAll
    static void load() throws Exception {
        spec = SpecModel.load("keywordsai.yaml");
    }

    private static final Map<String, UnaryOperator<UpdateEvaluatorParams.Builder>> SETTERS = new LinkedHashMap<>();
    private static final Map<String, UnaryOperator<UpdateEvaluatorParams.Builder>> CLEARERS = new LinkedHashMap<>();

    static {
        SETTERS.put("name", b -> b.name("n"));
        SETTERS.put("description", b -> b.description("d"));
        SETTERS.put(
                "score_config",
                b -> b.scoreConfig(ScoreConfig.builder().minScore(0).build()));
        SETTERS.put(
                "passing_conditions",
                b -> b.passingConditions(
                        PassingConditions.builder().primaryScore("gte", 3).build()));
        SETTERS.put(
                "llm_config", b -> b.llmConfig(LlmConfig.builder().model("m").build()));
        SETTERS.put("code_config", b -> b.codeConfig(CodeConfig.of("def main(eval_inputs): return 1")));
        SETTERS.put(
                "configurations",
                b -> b.configurations(ConfigurationsPatch.builder().put("k", 1).build()));
        SETTERS.put("categorical_choices", b -> b.categoricalChoices(ScoreChoice.of("Good", 3)));
        SETTERS.put("custom_required_fields", b -> b.customRequiredFields("reference"));
        SETTERS.put("starred", b -> b.starred(true));
        SETTERS.put("tags", b -> b.tags("t"));

        CLEARERS.put("description", UpdateEvaluatorParams.Builder::clearDescription);
        CLEARERS.put("passing_conditions", UpdateEvaluatorParams.Builder::clearPassingConditions);
        CLEARERS.put("llm_config", UpdateEvaluatorParams.Builder::clearLlmConfig);
        CLEARERS.put("code_config", UpdateEvaluatorParams.Builder::clearCodeConfig);
        CLEARERS.put("categorical_choices", UpdateEvaluatorParams.Builder::clearCategoricalChoices);
    }

    private static Map<String, Supplier<? extends PatchBody>> params(
            Map<String, UnaryOperator<UpdateEvaluatorParams.Builder>> table) {
        Map<String, Supplier<? extends PatchBody>> out = new LinkedHashMap<>();
        table.forEach((name, op) ->
                out.put(name, () -> op.apply(UpdateEvaluatorParams.builder()).build()));
        return out;
    }

    /** One entry per property, each viewing {@code body} through that property only. */
    private static Map<String, Supplier<? extends PatchBody>> each(PatchBody body, String... names) {
        Map<String, Supplier<? extends PatchBody>> out = new LinkedHashMap<>();
        for (String name : names) {
            out.put(name, () -> new OnlyField(body, name));
        }
        return out;
    }

    @Test
    void everyWritableUpdatePropertyReachesTheWire() {
        settersCoverEveryWritableProperty(spec.requestBody(PATH, "patch"), params(SETTERS));
    }

    @Test
    void everyNullableUpdatePropertyCanBeCleared() {
        clearersCoverEveryNullableProperty(spec.requestBody(PATH, "patch"), params(CLEARERS));
    }

    @Test
    void updateSendsNoReadOnlyProperty() {
        UpdateEvaluatorParams.Builder all = UpdateEvaluatorParams.builder();
        SETTERS.values().forEach(op -> op.apply(all));
        readOnlyPropertiesAreNeverSent(spec.requestBody(PATH, "patch"), all.build());
    }

    @Test
    void everyScoreConfigPropertyReachesTheWire() {
        Map<String, Supplier<? extends PatchBody>> bodies = new LinkedHashMap<>();
        bodies.put("min_score", () -> ScoreConfig.builder().minScore(1).build());
        bodies.put("max_score", () -> ScoreConfig.builder().maxScore(5).build());
        bodies.put(
                "choices",
                () -> ScoreConfig.builder().choices(ScoreChoice.of("a", 1)).build());
        settersCoverEveryWritableProperty(spec.component("ScoreConfig"), bodies);
    }

    @Test
    void everyScoreChoicePropertyReachesTheWire() {
        settersCoverEveryWritableProperty(spec.component("ScoreChoice"), each(ScoreChoice.of("a", 1), "name", "value"));
    }

    @Test
    void everyPassingConditionsPropertyReachesTheWire() {
        Map<String, Supplier<? extends PatchBody>> bodies = new LinkedHashMap<>();
        bodies.put(
                "primary_score",
                () -> PassingConditions.builder().primaryScore("gte", 3).build());
        settersCoverEveryWritableProperty(spec.component("PassingConditions"), bodies);
        settersCoverEveryWritableProperty(
                spec.component("PassingCondition"), each(PassingCondition.of("gte", 3), "operator", "value"));
    }

    @Test
    void everyLlmConfigPropertyReachesTheWire() {
        Map<String, Supplier<? extends PatchBody>> bodies = new LinkedHashMap<>();
        bodies.put("model", () -> LlmConfig.builder().model("m").build());
        bodies.put(
                "evaluator_definition",
                () -> LlmConfig.builder().evaluatorDefinition("{{output}}").build());
        bodies.put(
                "scoring_rubric", () -> LlmConfig.builder().scoringRubric("1-5").build());
        bodies.put("temperature", () -> LlmConfig.builder().temperature(0.1).build());
        bodies.put("max_tokens", () -> LlmConfig.builder().maxTokens(200).build());
        settersCoverEveryWritableProperty(spec.component("LlmConfig"), bodies);
    }

    @Test
    void everyCodeConfigPropertyReachesTheWire() {
        Map<String, Supplier<? extends PatchBody>> bodies = new LinkedHashMap<>();
        bodies.put("eval_code_snippet", () -> CodeConfig.of("def main(eval_inputs): return 1"));
        settersCoverEveryWritableProperty(spec.component("CodeConfig"), bodies);
    }

    @Test
    void nestedObjectsHaveNoNullableProperty() {
        for (String name : new String[] {
            "ScoreConfig", "ScoreChoice", "PassingConditions", "PassingCondition", "LlmConfig", "CodeConfig"
        }) {
            clearersCoverEveryNullableProperty(
                    spec.component(name), Collections.<String, Supplier<? extends PatchBody>>emptyMap());
        }
    }

    @Test
    void requestRangesMatchTheSpec() {
        Map<String, LongFunction<?>> none = Collections.emptyMap();
        rangesAreEnforced(spec.requestBody(PATH, "patch"), none);
        for (String name : new String[] {"ScoreConfig", "ScoreChoice", "PassingCondition", "LlmConfig", "CodeConfig"}) {
            rangesAreEnforced(spec.component(name), none);
        }
    }

    @Test
    void everyResponsePropertyIsReadable() {
        Evaluator sample = Evaluator.fromJson(json(FULL_EVALUATOR));
        Map<String, Function<Evaluator, ?>> accessors = new LinkedHashMap<>();
        accessors.put("id", Evaluator::id);
        accessors.put("name", Evaluator::name);
        accessors.put("evaluator_slug", Evaluator::evaluatorSlug);
        accessors.put("type", Evaluator::type);
        accessors.put("score_value_type", Evaluator::scoreValueType);
        accessors.put("eval_class", Evaluator::evalClass);
        accessors.put("description", Evaluator::description);
        accessors.put("score_config", Evaluator::scoreConfig);
        accessors.put("passing_conditions", Evaluator::passingConditions);
        accessors.put("llm_config", Evaluator::llmConfig);
        accessors.put("code_config", Evaluator::codeConfig);
        accessors.put("configurations", Evaluator::configurations);
        accessors.put("categorical_choices", Evaluator::categoricalChoices);
        accessors.put("custom_required_fields", Evaluator::customRequiredFields);
        accessors.put("starred", Evaluator::starred);
        accessors.put("tags", Evaluator::tags);
        accessors.put("organization", Evaluator::organization);
        accessors.put("created_by", Evaluator::createdBy);
        accessors.put("updated_by", Evaluator::updatedBy);
        accessors.put("created_at", Evaluator::createdAt);
        accessors.put("updated_at", Evaluator::updatedAt);
        accessors.put("version_id", Evaluator::versionId);
        accessors.put("version", Evaluator::version);
        accessors.put("is_read_only", Evaluator::isReadOnly);
        accessors.put("version_description", Evaluator::versionDescription);
        responsePropertiesAreReadable(spec.response(PATH, "patch", "200"), sample, accessors);
        assertTrue(sample.additionalProperties().containsKey("future_field"));
    }

    @Test
    void everyNestedResponsePropertyIsReadable() {
        Evaluator sample = Evaluator.fromJson(json(FULL_EVALUATOR));

        Map<String, Function<UserRef, ?>> user = new LinkedHashMap<>();
        user.put("first_name", UserRef::firstName);
        user.put("last_name", UserRef::lastName);
        user.put("email", UserRef::email);
        responsePropertiesAreReadable(spec.component("UserRef"), sample.createdBy(), user);

        Map<String, Function<ScoreConfig, ?>> score = new LinkedHashMap<>();
        score.put("min_score", c -> c.minScore().get());
        score.put("max_score", c -> c.maxScore().get());
        score.put("choices", c -> c.choices().get());
        responsePropertiesAreReadable(spec.component("ScoreConfig"), sample.scoreConfig(), score);

        Map<String, Function<ScoreChoice, ?>> choice = new LinkedHashMap<>();
        choice.put("name", ScoreChoice::name);
        choice.put("value", ScoreChoice::value);
        responsePropertiesAreReadable(
                spec.component("ScoreChoice"),
                sample.scoreConfig().choices().get().get(0),
                choice);

        Map<String, Function<PassingConditions, ?>> passing = new LinkedHashMap<>();
        passing.put("primary_score", c -> c.primaryScore().get());
        responsePropertiesAreReadable(spec.component("PassingConditions"), sample.passingConditions(), passing);

        Map<String, Function<PassingCondition, ?>> condition = new LinkedHashMap<>();
        condition.put("operator", PassingCondition::operator);
        condition.put("value", PassingCondition::value);
        responsePropertiesAreReadable(
                spec.component("PassingCondition"),
                sample.passingConditions().primaryScore().get(),
                condition);

        Map<String, Function<LlmConfig, ?>> llm = new LinkedHashMap<>();
        llm.put("model", c -> c.model().get());
        llm.put("evaluator_definition", c -> c.evaluatorDefinition().get());
        llm.put("scoring_rubric", c -> c.scoringRubric().get());
        llm.put("temperature", c -> c.temperature().get());
        llm.put("max_tokens", c -> c.maxTokens().get());
        responsePropertiesAreReadable(spec.component("LlmConfig"), sample.llmConfig(), llm);

        Map<String, Function<CodeConfig, ?>> code = new LinkedHashMap<>();
        code.put("eval_code_snippet", c -> c.evalCodeSnippet().get());
        responsePropertiesAreReadable(spec.component("CodeConfig"), sample.codeConfig(), code);
    }

    @Test
    void responseEnumsCoverTheSpec() throws IOException {
        JsonNode schemas;
        try (InputStream in = getClass().getResourceAsStream("/specs/keywordsai.yaml")) {
            schemas = new ObjectMapper(new YAMLFactory())
                    .readTree(in)
                    .path("components")
                    .path("schemas");
        }
        Set<String> types = new LinkedHashSet<>();
        schemas.path("EvaluatorType").path("enum").forEach(value -> types.add(value.asText()));
        Set<String> knownTypes = new LinkedHashSet<>();
        for (String value : types) {
            knownTypes.add(EvaluatorType.of(value).known().name());
        }
        assertEquals(names(EvaluatorType.Known.values()), knownTypes);
        Set<String> kinds = new LinkedHashSet<>();
        schemas.path("ScoreValueType")
                .path("enum")
                .forEach(value ->
                        kinds.add(ScoreValueType.of(value.asText()).known().name()));
        assertEquals(names(ScoreValueType.Known.values()), kinds);
    }

    private static Set<String> names(Enum<?>[] constants) {
        Set<String> out = new LinkedHashSet<>();
        for (Enum<?> constant : constants) {
            if (!constant.name().equals("_UNKNOWN")) {
                out.add(constant.name());
            }
        }
        return out;
    }

    /** Views a body through one field only, so each table entry is checked on its own. */
    private static final class OnlyField extends PatchBody {
        OnlyField(PatchBody body, String name) {
            super(only(body, name));
        }

        private static PatchFields only(PatchBody body, String name) {
            PatchFields fields = new PatchFields(body.fields(), java.util.Collections.<String>emptySet());
            for (String other : body.fields().keySet()) {
                if (!other.equals(name)) {
                    fields.unset(other);
                }
            }
            return fields;
        }
    }
}
