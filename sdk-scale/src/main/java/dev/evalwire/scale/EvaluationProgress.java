package dev.evalwire.scale;

import static dev.evalwire.scale.internal.wire.EvaluationTasksProgressSchema.JSON_PROPERTY_ITEMS;
import static dev.evalwire.scale.internal.wire.EvaluationTasksProgressSchema.JSON_PROPERTY_WORKFLOWS;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.ApiObject;
import dev.evalwire.core.internal.JsonFields;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.Nullable;

/** How far an evaluation's background job has got: item counts and workflow counts, each optional. */
public final class EvaluationProgress extends ApiObject {

    private static final Set<String> KNOWN =
            Collections.unmodifiableSet(new HashSet<>(Arrays.asList(JSON_PROPERTY_ITEMS, JSON_PROPERTY_WORKFLOWS)));

    @Nullable
    private final ItemsProgress items;

    @Nullable
    private final WorkflowsProgress workflows;

    EvaluationProgress(ObjectNode json) {
        super(json, KNOWN, Collections.<String>emptySet());
        ObjectNode itemsJson = JsonFields.nested(json, JSON_PROPERTY_ITEMS);
        this.items = itemsJson == null ? null : new ItemsProgress(itemsJson);
        ObjectNode workflowsJson = JsonFields.nested(json, JSON_PROPERTY_WORKFLOWS);
        this.workflows = workflowsJson == null ? null : new WorkflowsProgress(workflowsJson);
    }

    /** @return item counts, or null when not sent */
    @Nullable
    public ItemsProgress items() {
        return items;
    }

    /** @return workflow counts, or null when not sent */
    @Nullable
    public WorkflowsProgress workflows() {
        return workflows;
    }
}
