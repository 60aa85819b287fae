package dev.evalwire.scale;

import static dev.evalwire.scale.internal.wire.Dataset.JSON_PROPERTY_ARCHIVED_AT;
import static dev.evalwire.scale.internal.wire.Dataset.JSON_PROPERTY_CREATED_AT;
import static dev.evalwire.scale.internal.wire.Dataset.JSON_PROPERTY_CREATED_BY;
import static dev.evalwire.scale.internal.wire.Dataset.JSON_PROPERTY_CURRENT_VERSION_NUM;
import static dev.evalwire.scale.internal.wire.Dataset.JSON_PROPERTY_DESCRIPTION;
import static dev.evalwire.scale.internal.wire.Dataset.JSON_PROPERTY_ID;
import static dev.evalwire.scale.internal.wire.Dataset.JSON_PROPERTY_NAME;
import static dev.evalwire.scale.internal.wire.Dataset.JSON_PROPERTY_OBJECT;
import static dev.evalwire.scale.internal.wire.Dataset.JSON_PROPERTY_TAGS;

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
 * A dataset an evaluation runs over. {@code id} and {@code name} are always present; the other fields read as
 * null when missing, because older server releases sent {@code created_by_user_id} (kept in
 * {@link #additionalProperties()}) instead of {@code created_by}.
 */
public final class Dataset extends ApiObject {

    private static final Set<String> KNOWN = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
            JSON_PROPERTY_ID,
            JSON_PROPERTY_CREATED_AT,
            JSON_PROPERTY_CREATED_BY,
            JSON_PROPERTY_CURRENT_VERSION_NUM,
            JSON_PROPERTY_NAME,
            JSON_PROPERTY_TAGS,
            JSON_PROPERTY_ARCHIVED_AT,
            JSON_PROPERTY_DESCRIPTION,
            JSON_PROPERTY_OBJECT)));

    private final String id;

    @Nullable
    private final OffsetDateTime createdAt;

    @Nullable
    private final Identity createdBy;

    @Nullable
    private final Long currentVersionNum;

    private final String name;
    private final List<String> tags;

    @Nullable
    private final OffsetDateTime archivedAt;

    @Nullable
    private final String description;

    @Nullable
    private final String object;

    Dataset(ObjectNode json) {
        super(json, KNOWN, Collections.<String>emptySet());
        this.id = JsonFields.requiredString(json, JSON_PROPERTY_ID);
        this.createdAt = JsonFields.dateTime(json, JSON_PROPERTY_CREATED_AT);
        ObjectNode creator = JsonFields.nested(json, JSON_PROPERTY_CREATED_BY);
        this.createdBy = creator == null ? null : new Identity(creator);
        this.currentVersionNum = JsonFields.longValue(json, JSON_PROPERTY_CURRENT_VERSION_NUM);
        this.name = JsonFields.requiredString(json, JSON_PROPERTY_NAME);
        this.tags = JsonFields.strings(json, JSON_PROPERTY_TAGS);
        this.archivedAt = JsonFields.dateTime(json, JSON_PROPERTY_ARCHIVED_AT);
        this.description = JsonFields.string(json, JSON_PROPERTY_DESCRIPTION);
        this.object = JsonFields.string(json, JSON_PROPERTY_OBJECT);
    }

    /** @return the dataset's id */
    public String id() {
        return id;
    }

    /** @return when the dataset was created, or null when not sent */
    @Nullable
    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /** @return who created the dataset, or null when not sent */
    @Nullable
    public Identity createdBy() {
        return createdBy;
    }

    /** @return the number of the dataset's latest version, or null when not sent */
    @Nullable
    public Long currentVersionNum() {
        return currentVersionNum;
    }

    /** @return the dataset's name */
    public String name() {
        return name;
    }

    /** @return the dataset's tags; empty when missing or null */
    public List<String> tags() {
        return tags;
    }

    /** @return when the dataset was archived, or null when it is not */
    @Nullable
    public OffsetDateTime archivedAt() {
        return archivedAt;
    }

    /** @return the description, or null */
    @Nullable
    public String description() {
        return description;
    }

    /** @return the resource kind marker ({@code dataset}), or null when not sent */
    @Nullable
    public String object() {
        return object;
    }
}
