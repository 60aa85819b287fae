package dev.evalwire.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.internal.JsonFields;
import javax.annotation.Nullable;

/**
 * An {@code application_variant} task: a deployed application variant called for each item.
 */
public final class ApplicationVariantTask extends EvaluationTask {

    /** The {@code task_type} of this kind of task. */
    public static final String TASK_TYPE = "application_variant";

    @Nullable
    private final String applicationVariantId;

    @Nullable
    private final JsonNode inputs;

    ApplicationVariantTask(ObjectNode json) {
        super(json);
        this.applicationVariantId = read(c -> JsonFields.requiredString(c, "application_variant_id"));
        this.inputs = read(c -> JsonFields.requiredValue(c, "inputs"));
    }

    /**
     * @return the id of the application variant called;
     *     null when the configuration is malformed (see {@link #configurationProblems()})
     */
    @Nullable
    public String applicationVariantId() {
        return applicationVariantId;
    }

    /**
     * @return a copy of the inputs: a JSON object, or an item locator string;
     *     null when the configuration is malformed (see {@link #configurationProblems()})
     */
    @Nullable
    public JsonNode inputs() {
        return inputs == null ? null : inputs.deepCopy();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitApplicationVariant(this);
    }
}
