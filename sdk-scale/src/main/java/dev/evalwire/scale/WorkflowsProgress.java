package dev.evalwire.scale;

import static dev.evalwire.scale.internal.wire.EvaluationWorkflowsProgress.JSON_PROPERTY_COMPLETED;
import static dev.evalwire.scale.internal.wire.EvaluationWorkflowsProgress.JSON_PROPERTY_FAILED;
import static dev.evalwire.scale.internal.wire.EvaluationWorkflowsProgress.JSON_PROPERTY_PENDING;
import static dev.evalwire.scale.internal.wire.EvaluationWorkflowsProgress.JSON_PROPERTY_TOTAL;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.ApiObject;
import dev.evalwire.core.internal.JsonFields;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** Counts of an evaluation's background workflows by state. */
public final class WorkflowsProgress extends ApiObject {

    private static final Set<String> KNOWN = Collections.unmodifiableSet(new HashSet<>(
            Arrays.asList(JSON_PROPERTY_TOTAL, JSON_PROPERTY_COMPLETED, JSON_PROPERTY_FAILED, JSON_PROPERTY_PENDING)));

    private final long total;
    private final long completed;
    private final long failed;
    private final long pending;

    WorkflowsProgress(ObjectNode json) {
        super(json, KNOWN, Collections.<String>emptySet());
        this.total = JsonFields.requiredLong(json, JSON_PROPERTY_TOTAL);
        this.completed = JsonFields.requiredLong(json, JSON_PROPERTY_COMPLETED);
        this.failed = JsonFields.requiredLong(json, JSON_PROPERTY_FAILED);
        this.pending = JsonFields.requiredLong(json, JSON_PROPERTY_PENDING);
    }

    /** @return workflows started for the evaluation */
    public long total() {
        return total;
    }

    /** @return workflows that finished */
    public long completed() {
        return completed;
    }

    /** @return workflows that ended in error */
    public long failed() {
        return failed;
    }

    /** @return workflows still waiting or running */
    public long pending() {
        return pending;
    }
}
