package dev.evalwire.scale;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.internal.JsonFields;
import javax.annotation.Nullable;

/**
 * An {@code inference} task: a generic model inference run for each item.
 */
public final class InferenceTask extends EvaluationTask {

    /** The {@code task_type} of this kind of task. */
    public static final String TASK_TYPE = "inference";

    @Nullable
    private final String model;

    InferenceTask(ObjectNode json) {
        super(json);
        this.model = read(c -> JsonFields.requiredString(c, "model"));
    }

    /**
     * @return the model to run;
     *     null when the configuration is malformed (see {@link #configurationProblems()})
     */
    @Nullable
    public String model() {
        return model;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitInference(this);
    }
}
