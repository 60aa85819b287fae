package dev.evalwire.fireworks;

import static dev.evalwire.fireworks.internal.wire.Evaluator.JSON_PROPERTY_COMMIT_HASH;
import static dev.evalwire.fireworks.internal.wire.Evaluator.JSON_PROPERTY_CREATED_BY;
import static dev.evalwire.fireworks.internal.wire.Evaluator.JSON_PROPERTY_CREATE_TIME;
import static dev.evalwire.fireworks.internal.wire.Evaluator.JSON_PROPERTY_CRITERIA;
import static dev.evalwire.fireworks.internal.wire.Evaluator.JSON_PROPERTY_DEFAULT_DATASET;
import static dev.evalwire.fireworks.internal.wire.Evaluator.JSON_PROPERTY_DESCRIPTION;
import static dev.evalwire.fireworks.internal.wire.Evaluator.JSON_PROPERTY_DISPLAY_NAME;
import static dev.evalwire.fireworks.internal.wire.Evaluator.JSON_PROPERTY_ENTRY_POINT;
import static dev.evalwire.fireworks.internal.wire.Evaluator.JSON_PROPERTY_NAME;
import static dev.evalwire.fireworks.internal.wire.Evaluator.JSON_PROPERTY_REQUIREMENTS;
import static dev.evalwire.fireworks.internal.wire.Evaluator.JSON_PROPERTY_SOURCE;
import static dev.evalwire.fireworks.internal.wire.Evaluator.JSON_PROPERTY_STATE;
import static dev.evalwire.fireworks.internal.wire.Evaluator.JSON_PROPERTY_STATUS;
import static dev.evalwire.fireworks.internal.wire.Evaluator.JSON_PROPERTY_UPDATE_TIME;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.ApiObject;
import dev.evalwire.core.internal.JsonFields;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * A Fireworks evaluator as the server returns it after an update. No field is guaranteed: string and date
 * accessors return null for a field the server left out, {@link #criteria()} an empty list, and the enums
 * their schema default. Fields a newer server adds are kept in {@link #additionalProperties()}.
 */
public final class Evaluator extends ApiObject {

    private static final Set<String> KNOWN = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
            JSON_PROPERTY_NAME,
            JSON_PROPERTY_DISPLAY_NAME,
            JSON_PROPERTY_DESCRIPTION,
            JSON_PROPERTY_CREATE_TIME,
            JSON_PROPERTY_CREATED_BY,
            JSON_PROPERTY_UPDATE_TIME,
            JSON_PROPERTY_STATE,
            JSON_PROPERTY_CRITERIA,
            JSON_PROPERTY_REQUIREMENTS,
            JSON_PROPERTY_ENTRY_POINT,
            JSON_PROPERTY_STATUS,
            JSON_PROPERTY_COMMIT_HASH,
            JSON_PROPERTY_SOURCE,
            JSON_PROPERTY_DEFAULT_DATASET)));

    private final ResourceName resourceName;

    @Nullable
    private final String name;

    @Nullable
    private final String displayName;

    @Nullable
    private final String description;

    @Nullable
    private final OffsetDateTime createTime;

    @Nullable
    private final String createdBy;

    @Nullable
    private final OffsetDateTime updateTime;

    private final EvaluatorState state;
    private final List<CriterionInfo> criteria;

    @Nullable
    private final String requirements;

    @Nullable
    private final String entryPoint;

    @Nullable
    private final BuildStatus status;

    @Nullable
    private final String commitHash;

    @Nullable
    private final EvaluatorSourceInfo source;

    @Nullable
    private final String defaultDataset;

    private Evaluator(ObjectNode json) {
        super(json, KNOWN, Collections.<String>emptySet());
        this.name = JsonFields.string(json, JSON_PROPERTY_NAME);
        this.resourceName = ResourceName.parse(name);
        this.displayName = JsonFields.string(json, JSON_PROPERTY_DISPLAY_NAME);
        this.description = JsonFields.string(json, JSON_PROPERTY_DESCRIPTION);
        this.createTime = JsonFields.dateTime(json, JSON_PROPERTY_CREATE_TIME);
        this.createdBy = JsonFields.string(json, JSON_PROPERTY_CREATED_BY);
        this.updateTime = JsonFields.dateTime(json, JSON_PROPERTY_UPDATE_TIME);
        this.state = JsonFields.enumOrDefault(
                json, JSON_PROPERTY_STATE, EvaluatorState::of, EvaluatorState.STATE_UNSPECIFIED);
        List<CriterionInfo> list = new ArrayList<>();
        for (ObjectNode item : JsonFields.objects(json, JSON_PROPERTY_CRITERIA)) {
            list.add(CriterionInfo.fromJson(item));
        }
        this.criteria = Collections.unmodifiableList(list);
        this.requirements = JsonFields.string(json, JSON_PROPERTY_REQUIREMENTS);
        this.entryPoint = JsonFields.string(json, JSON_PROPERTY_ENTRY_POINT);
        ObjectNode statusJson = JsonFields.nested(json, JSON_PROPERTY_STATUS);
        this.status = statusJson == null ? null : BuildStatus.fromJson(statusJson);
        this.commitHash = JsonFields.string(json, JSON_PROPERTY_COMMIT_HASH);
        ObjectNode sourceJson = JsonFields.nested(json, JSON_PROPERTY_SOURCE);
        this.source = sourceJson == null ? null : EvaluatorSourceInfo.fromJson(sourceJson);
        this.defaultDataset = JsonFields.string(json, JSON_PROPERTY_DEFAULT_DATASET);
    }

    /**
     * Reads a response body.
     *
     * @param json the parsed body
     * @return the evaluator
     * @throws IllegalArgumentException when not an object or a field has the wrong type
     */
    public static Evaluator fromJson(JsonNode json) {
        return new Evaluator(JsonFields.object(json, "evaluator"));
    }

    /** @return the full resource name, {@code accounts/{account_id}/evaluators/{evaluator_id}}, or null */
    @Nullable
    public String name() {
        return name;
    }

    /** @return the account id taken from {@link #name()}, or null when the name does not have that form */
    @Nullable
    public String accountId() {
        return resourceName.accountId;
    }

    /** @return the evaluator id taken from {@link #name()}, or null when the name does not have that form */
    @Nullable
    public String evaluatorId() {
        return resourceName.evaluatorId;
    }

    /** @return the display name, or null */
    @Nullable
    public String displayName() {
        return displayName;
    }

    /** @return the description, or null */
    @Nullable
    public String description() {
        return description;
    }

    /** @return when the evaluator was created, with the offset the server sent, or null */
    @Nullable
    public OffsetDateTime createTime() {
        return createTime;
    }

    /** @return who created the evaluator, or null */
    @Nullable
    public String createdBy() {
        return createdBy;
    }

    /** @return when the evaluator last changed, with the offset the server sent, or null */
    @Nullable
    public OffsetDateTime updateTime() {
        return updateTime;
    }

    /**
     * @return the build state ({@code BUILDING} after a change of requirements or entry point, or after
     *     {@code prepareCodeUpload=true}); {@code STATE_UNSPECIFIED} when the server left it out; may be a
     *     value newer than this SDK
     */
    public EvaluatorState state() {
        return state;
    }

    /** @return the criteria, empty when none were sent */
    public List<CriterionInfo> criteria() {
        return criteria;
    }

    /** @return the requirements.txt text, or null */
    @Nullable
    public String requirements() {
        return requirements;
    }

    /** @return the entry point, {@code module::function} or {@code path::function}, or null */
    @Nullable
    public String entryPoint() {
        return entryPoint;
    }

    /** @return the outcome of the latest build, or null */
    @Nullable
    public BuildStatus status() {
        return status;
    }

    /** @return the commit of the user's code base the evaluator was taken from, or null */
    @Nullable
    public String commitHash() {
        return commitHash;
    }

    /** @return where the code comes from, or null */
    @Nullable
    public EvaluatorSourceInfo source() {
        return source;
    }

    /** @return the default dataset, or null */
    @Nullable
    public String defaultDataset() {
        return defaultDataset;
    }

    /** The two ids in {@code accounts/{account_id}/evaluators/{evaluator_id}}. */
    private static final class ResourceName {
        private static final ResourceName NONE = new ResourceName(null, null);

        @Nullable
        private final String accountId;

        @Nullable
        private final String evaluatorId;

        private ResourceName(@Nullable String accountId, @Nullable String evaluatorId) {
            this.accountId = accountId;
            this.evaluatorId = evaluatorId;
        }

        static ResourceName parse(@Nullable String name) {
            if (name == null) {
                return NONE;
            }
            String[] parts = name.split("/", -1);
            if (parts.length != 4
                    || !parts[0].equals("accounts")
                    || !parts[2].equals("evaluators")
                    || parts[1].isEmpty()
                    || parts[3].isEmpty()) {
                return NONE;
            }
            return new ResourceName(parts[1], parts[3]);
        }
    }
}
