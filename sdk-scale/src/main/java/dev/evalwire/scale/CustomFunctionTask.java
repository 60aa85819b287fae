package dev.evalwire.scale;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.internal.JsonFields;
import javax.annotation.Nullable;

/**
 * A {@code custom_function} task: user-supplied Python code run on each item.
 */
public final class CustomFunctionTask extends EvaluationTask {

    /** The {@code task_type} of this kind of task. */
    public static final String TASK_TYPE = "custom_function";

    @Nullable
    private final String functionSource;

    CustomFunctionTask(ObjectNode json) {
        super(json);
        this.functionSource = read(c -> JsonFields.requiredString(c, "function_source"));
    }

    /**
     * @return the Python source of the function;
     *     null when the configuration is malformed (see {@link #configurationProblems()})
     */
    @Nullable
    public String functionSource() {
        return functionSource;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitCustomFunction(this);
    }
}
