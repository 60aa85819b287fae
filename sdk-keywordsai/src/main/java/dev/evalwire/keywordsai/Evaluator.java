package dev.evalwire.keywordsai;

import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_CATEGORICAL_CHOICES;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_CODE_CONFIG;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_CONFIGURATIONS;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_CREATED_AT;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_CREATED_BY;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_CUSTOM_REQUIRED_FIELDS;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_DESCRIPTION;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_EVALUATOR_SLUG;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_EVAL_CLASS;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_ID;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_IS_READ_ONLY;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_LLM_CONFIG;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_NAME;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_ORGANIZATION;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_PASSING_CONDITIONS;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_SCORE_CONFIG;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_SCORE_VALUE_TYPE;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_STARRED;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_TAGS;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_TYPE;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_UPDATED_AT;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_UPDATED_BY;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_VERSION;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_VERSION_DESCRIPTION;
import static dev.evalwire.keywordsai.internal.wire.Evaluator.JSON_PROPERTY_VERSION_ID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.ApiObject;
import dev.evalwire.core.internal.JsonFields;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * An evaluator as the server returns it after an update: every current value, including the read-only ones
 * (id, organization, authors, timestamps, versioning fields). Every field may be missing from a response (older
 * and newer servers send different sets): accessors then return null, or an empty list for lists. Fields a newer
 * server adds are kept in {@link #additionalProperties()}.
 *
 * <p>The nested {@link #scoreConfig()}, {@link #passingConditions()}, {@link #llmConfig()} and
 * {@link #codeConfig()} are the request types, read as sent (unknown keys kept, no range checks), so that one can
 * be changed with {@code toBuilder()} and sent back.
 */
public final class Evaluator extends ApiObject {

    private static final Set<String> KNOWN = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
            JSON_PROPERTY_ID,
            JSON_PROPERTY_NAME,
            JSON_PROPERTY_EVALUATOR_SLUG,
            JSON_PROPERTY_TYPE,
            JSON_PROPERTY_SCORE_VALUE_TYPE,
            JSON_PROPERTY_EVAL_CLASS,
            JSON_PROPERTY_DESCRIPTION,
            JSON_PROPERTY_SCORE_CONFIG,
            JSON_PROPERTY_PASSING_CONDITIONS,
            JSON_PROPERTY_LLM_CONFIG,
            JSON_PROPERTY_CODE_CONFIG,
            JSON_PROPERTY_CONFIGURATIONS,
            JSON_PROPERTY_CATEGORICAL_CHOICES,
            JSON_PROPERTY_CUSTOM_REQUIRED_FIELDS,
            JSON_PROPERTY_STARRED,
            JSON_PROPERTY_TAGS,
            JSON_PROPERTY_ORGANIZATION,
            JSON_PROPERTY_CREATED_BY,
            JSON_PROPERTY_UPDATED_BY,
            JSON_PROPERTY_CREATED_AT,
            JSON_PROPERTY_UPDATED_AT,
            JSON_PROPERTY_VERSION_ID,
            JSON_PROPERTY_VERSION,
            JSON_PROPERTY_IS_READ_ONLY,
            JSON_PROPERTY_VERSION_DESCRIPTION)));

    @Nullable
    private final String id;

    @Nullable
    private final String name;

    @Nullable
    private final String evaluatorSlug;

    @Nullable
    private final EvaluatorType type;

    @Nullable
    private final ScoreValueType scoreValueType;

    @Nullable
    private final String evalClass;

    @Nullable
    private final String description;

    @Nullable
    private final ScoreConfig scoreConfig;

    @Nullable
    private final PassingConditions passingConditions;

    @Nullable
    private final LlmConfig llmConfig;

    @Nullable
    private final CodeConfig codeConfig;

    @Nullable
    private final ObjectNode configurations;

    @Nullable
    private final List<ScoreChoice> categoricalChoices;

    private final List<String> customRequiredFields;

    @Nullable
    private final Boolean starred;

    private final List<String> tags;

    @Nullable
    private final Long organization;

    @Nullable
    private final UserRef createdBy;

    @Nullable
    private final UserRef updatedBy;

    @Nullable
    private final OffsetDateTime createdAt;

    @Nullable
    private final OffsetDateTime updatedAt;

    @Nullable
    private final String versionId;

    @Nullable
    private final Long version;

    @Nullable
    private final Boolean isReadOnly;

    @Nullable
    private final String versionDescription;

    private Evaluator(ObjectNode json) {
        super(json, KNOWN, Collections.<String>emptySet());
        this.id = JsonFields.string(json, JSON_PROPERTY_ID);
        this.name = JsonFields.string(json, JSON_PROPERTY_NAME);
        this.evaluatorSlug = JsonFields.string(json, JSON_PROPERTY_EVALUATOR_SLUG);
        String rawType = JsonFields.string(json, JSON_PROPERTY_TYPE);
        this.type = rawType == null ? null : EvaluatorType.of(rawType);
        String rawValueType = JsonFields.string(json, JSON_PROPERTY_SCORE_VALUE_TYPE);
        this.scoreValueType = rawValueType == null ? null : ScoreValueType.of(rawValueType);
        this.evalClass = JsonFields.string(json, JSON_PROPERTY_EVAL_CLASS);
        this.description = JsonFields.string(json, JSON_PROPERTY_DESCRIPTION);
        ObjectNode score = JsonFields.nested(json, JSON_PROPERTY_SCORE_CONFIG);
        this.scoreConfig = score == null ? null : ScoreConfig.fromJson(score);
        ObjectNode passing = JsonFields.nested(json, JSON_PROPERTY_PASSING_CONDITIONS);
        this.passingConditions = passing == null ? null : PassingConditions.fromJson(passing);
        ObjectNode llm = JsonFields.nested(json, JSON_PROPERTY_LLM_CONFIG);
        this.llmConfig = llm == null ? null : LlmConfig.fromJson(llm);
        ObjectNode code = JsonFields.nested(json, JSON_PROPERTY_CODE_CONFIG);
        this.codeConfig = code == null ? null : CodeConfig.fromJson(code);
        this.configurations = JsonFields.nested(json, JSON_PROPERTY_CONFIGURATIONS);
        JsonNode choices = json.get(JSON_PROPERTY_CATEGORICAL_CHOICES);
        this.categoricalChoices = choices == null || choices.isNull()
                ? null
                : ScoreChoice.listFromJson(json, JSON_PROPERTY_CATEGORICAL_CHOICES);
        this.customRequiredFields = JsonFields.strings(json, JSON_PROPERTY_CUSTOM_REQUIRED_FIELDS);
        this.starred = JsonFields.bool(json, JSON_PROPERTY_STARRED);
        this.tags = JsonFields.strings(json, JSON_PROPERTY_TAGS);
        this.organization = JsonFields.longValue(json, JSON_PROPERTY_ORGANIZATION);
        this.createdBy = user(json, JSON_PROPERTY_CREATED_BY);
        this.updatedBy = user(json, JSON_PROPERTY_UPDATED_BY);
        this.createdAt = JsonFields.dateTime(json, JSON_PROPERTY_CREATED_AT);
        this.updatedAt = JsonFields.dateTime(json, JSON_PROPERTY_UPDATED_AT);
        this.versionId = JsonFields.string(json, JSON_PROPERTY_VERSION_ID);
        this.version = JsonFields.longValue(json, JSON_PROPERTY_VERSION);
        this.isReadOnly = JsonFields.bool(json, JSON_PROPERTY_IS_READ_ONLY);
        this.versionDescription = JsonFields.string(json, JSON_PROPERTY_VERSION_DESCRIPTION);
    }

    @Nullable
    private static UserRef user(ObjectNode json, String name) {
        ObjectNode user = JsonFields.nested(json, name);
        return user == null ? null : UserRef.fromJson(user);
    }

    /**
     * Reads a response body.
     *
     * @param json the parsed body
     * @return the evaluator
     * @throws IllegalArgumentException when the body is not an object or a field has the wrong type
     */
    public static Evaluator fromJson(JsonNode json) {
        return new Evaluator(JsonFields.object(json, "evaluator").deepCopy());
    }

    /**
     * Reads a body the caller hands over and never touches again (the client's freshly parsed response), so
     * no defensive copy is made.
     *
     * @param json the parsed body, owned by the result from now on
     * @return the evaluator
     * @throws IllegalArgumentException when the body is not an object or a field has the wrong type
     */
    static Evaluator fromOwnedJson(JsonNode json) {
        return new Evaluator(JsonFields.object(json, "evaluator"));
    }

    /** @return the identifier, unchanged across versions */
    @Nullable
    public String id() {
        return id;
    }

    /** @return the display name */
    @Nullable
    public String name() {
        return name;
    }

    /** @return the organisation-unique slug */
    @Nullable
    public String evaluatorSlug() {
        return evaluatorSlug;
    }

    /** @return the primary way scores are produced; may be a value newer than this SDK */
    @Nullable
    public EvaluatorType type() {
        return type;
    }

    /** @return the kind of value the evaluator yields; may be a value newer than this SDK */
    @Nullable
    public ScoreValueType scoreValueType() {
        return scoreValueType;
    }

    /** @return the built-in implementation class; an empty string when there is none */
    @Nullable
    public String evalClass() {
        return evalClass;
    }

    /** @return the description, or null when there is none */
    @Nullable
    public String description() {
        return description;
    }

    /** @return the score shape */
    @Nullable
    public ScoreConfig scoreConfig() {
        return scoreConfig;
    }

    /** @return the pass rule, or null when there is none */
    @Nullable
    public PassingConditions passingConditions() {
        return passingConditions;
    }

    /** @return the LLM scoring settings, or null when there are none */
    @Nullable
    public LlmConfig llmConfig() {
        return llmConfig;
    }

    /** @return the code scoring settings, or null when there are none */
    @Nullable
    public CodeConfig codeConfig() {
        return codeConfig;
    }

    /** @return a copy of the legacy configurations map as stored */
    @Nullable
    public ObjectNode configurations() {
        return configurations == null ? null : configurations.deepCopy();
    }

    /** @return the legacy categorical choices, or null when unused */
    @Nullable
    public List<ScoreChoice> categoricalChoices() {
        return categoricalChoices;
    }

    /** @return the names of extra inputs required at run time; empty when none or not sent */
    public List<String> customRequiredFields() {
        return customRequiredFields;
    }

    /** @return whether the evaluator is starred */
    @Nullable
    public Boolean starred() {
        return starred;
    }

    /** @return the tags; empty when none or not sent */
    public List<String> tags() {
        return tags;
    }

    /** @return the owning organisation's numeric id */
    @Nullable
    public Long organization() {
        return organization;
    }

    /** @return who created the evaluator */
    @Nullable
    public UserRef createdBy() {
        return createdBy;
    }

    /** @return who changed it last */
    @Nullable
    public UserRef updatedBy() {
        return updatedBy;
    }

    /** @return when it was created, with the offset the server sent */
    @Nullable
    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /** @return when it was last changed, with the offset the server sent */
    @Nullable
    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /** @return this version's identifier ({@code evlv_...}); newer servers only */
    @Nullable
    public String versionId() {
        return versionId;
    }

    /** @return the version number, 0 for the first draft; newer servers only */
    @Nullable
    public Long version() {
        return version;
    }

    /** @return true once the version is committed and can no longer be edited; newer servers only */
    @Nullable
    public Boolean isReadOnly() {
        return isReadOnly;
    }

    /** @return the commit message of this version; newer servers only */
    @Nullable
    public String versionDescription() {
        return versionDescription;
    }
}
