package dev.evalwire.scale;

import static dev.evalwire.scale.internal.wire.Evaluation.JSON_PROPERTY_ARCHIVED_AT;
import static dev.evalwire.scale.internal.wire.Evaluation.JSON_PROPERTY_CREATED_AT;
import static dev.evalwire.scale.internal.wire.Evaluation.JSON_PROPERTY_CREATED_BY;
import static dev.evalwire.scale.internal.wire.Evaluation.JSON_PROPERTY_DATASETS;
import static dev.evalwire.scale.internal.wire.Evaluation.JSON_PROPERTY_DESCRIPTION;
import static dev.evalwire.scale.internal.wire.Evaluation.JSON_PROPERTY_ERROR_COUNT;
import static dev.evalwire.scale.internal.wire.Evaluation.JSON_PROPERTY_ID;
import static dev.evalwire.scale.internal.wire.Evaluation.JSON_PROPERTY_METADATA;
import static dev.evalwire.scale.internal.wire.Evaluation.JSON_PROPERTY_NAME;
import static dev.evalwire.scale.internal.wire.Evaluation.JSON_PROPERTY_OBJECT;
import static dev.evalwire.scale.internal.wire.Evaluation.JSON_PROPERTY_PROGRESS;
import static dev.evalwire.scale.internal.wire.Evaluation.JSON_PROPERTY_STATUS;
import static dev.evalwire.scale.internal.wire.Evaluation.JSON_PROPERTY_STATUS_REASON;
import static dev.evalwire.scale.internal.wire.Evaluation.JSON_PROPERTY_TAGS;
import static dev.evalwire.scale.internal.wire.Evaluation.JSON_PROPERTY_TASKS;

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
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * A Scale evaluation, as returned after one of its task configurations was replaced. Fields a newer server adds
 * are kept in {@link #additionalProperties()}; {@link #tasks()} keeps tasks of types this SDK does not know as
 * {@link UnknownEvaluationTask}.
 */
public final class Evaluation extends ApiObject {

    private static final Set<String> KNOWN = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
            JSON_PROPERTY_ID,
            JSON_PROPERTY_NAME,
            JSON_PROPERTY_CREATED_AT,
            JSON_PROPERTY_CREATED_BY,
            JSON_PROPERTY_TAGS,
            JSON_PROPERTY_DATASETS,
            JSON_PROPERTY_STATUS,
            JSON_PROPERTY_OBJECT,
            JSON_PROPERTY_DESCRIPTION,
            JSON_PROPERTY_ARCHIVED_AT,
            JSON_PROPERTY_STATUS_REASON,
            JSON_PROPERTY_PROGRESS,
            JSON_PROPERTY_TASKS,
            JSON_PROPERTY_METADATA,
            JSON_PROPERTY_ERROR_COUNT)));

    private final String id;
    private final String name;
    private final OffsetDateTime createdAt;
    private final Identity createdBy;
    private final List<String> tags;
    private final List<Dataset> datasets;
    private final EvaluationStatus status;

    @Nullable
    private final String object;

    @Nullable
    private final String description;

    @Nullable
    private final OffsetDateTime archivedAt;

    @Nullable
    private final String statusReason;

    @Nullable
    private final EvaluationProgress progress;

    private final List<EvaluationTask> tasks;
    private final Map<String, JsonNode> metadata;

    @Nullable
    private final Long errorCount;

    private Evaluation(ObjectNode json) {
        super(json, KNOWN, Collections.<String>emptySet());
        this.id = JsonFields.requiredString(json, JSON_PROPERTY_ID);
        this.name = JsonFields.requiredString(json, JSON_PROPERTY_NAME);
        this.createdAt = JsonFields.requiredDateTime(json, JSON_PROPERTY_CREATED_AT);
        this.createdBy = new Identity(JsonFields.requiredObject(json, JSON_PROPERTY_CREATED_BY));
        this.tags = JsonFields.strings(json, JSON_PROPERTY_TAGS);
        List<Dataset> datasetList = new ArrayList<>();
        for (ObjectNode dataset : JsonFields.objects(json, JSON_PROPERTY_DATASETS)) {
            datasetList.add(new Dataset(dataset));
        }
        this.datasets = Collections.unmodifiableList(datasetList);
        this.status = EvaluationStatus.of(JsonFields.requiredString(json, JSON_PROPERTY_STATUS));
        this.object = JsonFields.string(json, JSON_PROPERTY_OBJECT);
        this.description = JsonFields.string(json, JSON_PROPERTY_DESCRIPTION);
        this.archivedAt = JsonFields.dateTime(json, JSON_PROPERTY_ARCHIVED_AT);
        this.statusReason = JsonFields.string(json, JSON_PROPERTY_STATUS_REASON);
        ObjectNode progressJson = JsonFields.nested(json, JSON_PROPERTY_PROGRESS);
        this.progress = progressJson == null ? null : new EvaluationProgress(progressJson);
        List<EvaluationTask> taskList = new ArrayList<>();
        for (ObjectNode task : JsonFields.objects(json, JSON_PROPERTY_TASKS)) {
            taskList.add(EvaluationTask.fromJson(task));
        }
        this.tasks = Collections.unmodifiableList(taskList);
        this.metadata = JsonFields.members(json, JSON_PROPERTY_METADATA);
        this.errorCount = JsonFields.longValue(json, JSON_PROPERTY_ERROR_COUNT);
    }

    /**
     * Reads a response body.
     *
     * @param json the parsed body
     * @return the evaluation
     * @throws IllegalArgumentException when a required field is missing or a field has the wrong type (a task
     *     of an unknown type, or a known task with a malformed configuration, is not an error)
     */
    public static Evaluation fromJson(JsonNode json) {
        return new Evaluation(JsonFields.object(json, "evaluation"));
    }

    /** @return the evaluation's id */
    public String id() {
        return id;
    }

    /** @return the evaluation's name */
    public String name() {
        return name;
    }

    /** @return when the evaluation was created, with the offset the server sent */
    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /** @return who created the evaluation */
    public Identity createdBy() {
        return createdBy;
    }

    /** @return the evaluation's tags; empty when missing or null */
    public List<String> tags() {
        return tags;
    }

    /** @return the datasets the evaluation runs over; empty when missing or null */
    public List<Dataset> datasets() {
        return datasets;
    }

    /** @return the evaluation's status; may be a value newer than this SDK */
    public EvaluationStatus status() {
        return status;
    }

    /** @return the resource kind marker ({@code evaluation}), or null when not sent */
    @Nullable
    public String object() {
        return object;
    }

    /** @return the description, or null */
    @Nullable
    public String description() {
        return description;
    }

    /** @return when the evaluation was archived, or null when it is not */
    @Nullable
    public OffsetDateTime archivedAt() {
        return archivedAt;
    }

    /** @return the explanation attached to the status, or null */
    @Nullable
    public String statusReason() {
        return statusReason;
    }

    /** @return the background job's progress, or null when not sent */
    @Nullable
    public EvaluationProgress progress() {
        return progress;
    }

    /** @return the evaluation's tasks in server order; empty when not sent */
    public List<EvaluationTask> tasks() {
        return tasks;
    }

    /** @return copies of the metadata entries; empty when missing or null */
    public Map<String, JsonNode> metadata() {
        return metadata;
    }

    /** @return the number of task errors over all items, or null when not sent */
    @Nullable
    public Long errorCount() {
        return errorCount;
    }
}
