package dev.evalwire.scale;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.internal.JsonFields;
import java.util.List;
import javax.annotation.Nullable;

/**
 * An {@code auto_evaluation.agent} task: a judging agent scores each item.
 */
public final class AutoEvaluationAgentTask extends EvaluationTask {

    /** The {@code task_type} of this kind of task. */
    public static final String TASK_TYPE = "auto_evaluation.agent";

    @Nullable
    private final String definition;

    @Nullable
    private final String name;

    @Nullable
    private final List<String> outputRules;

    AutoEvaluationAgentTask(ObjectNode json) {
        super(json);
        this.definition = read(c -> JsonFields.requiredString(c, "definition"));
        this.name = read(c -> JsonFields.requiredString(c, "name"));
        this.outputRules = read(c -> JsonFields.requiredStrings(c, "output_rules"));
    }

    /**
     * @return what the agent has to judge;
     *     null when the configuration is malformed (see {@link #configurationProblems()})
     */
    @Nullable
    public String definition() {
        return definition;
    }

    /**
     * @return the name of the judgement;
     *     null when the configuration is malformed (see {@link #configurationProblems()})
     */
    @Nullable
    public String name() {
        return name;
    }

    /**
     * @return the rules the agent's answer must follow;
     *     null when the configuration is malformed (see {@link #configurationProblems()})
     */
    @Nullable
    public List<String> outputRules() {
        return outputRules;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAutoEvaluationAgent(this);
    }
}
