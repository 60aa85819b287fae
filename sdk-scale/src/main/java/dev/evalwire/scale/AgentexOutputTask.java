package dev.evalwire.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.internal.JsonFields;
import javax.annotation.Nullable;

/**
 * An {@code agentex_output} task: the output of an Agentex agent collected for each item.
 */
public final class AgentexOutputTask extends EvaluationTask {

    /** The {@code task_type} of this kind of task. */
    public static final String TASK_TYPE = "agentex_output";

    @Nullable
    private final String agentexAgentId;

    @Nullable
    private final JsonNode inputColumn;

    AgentexOutputTask(ObjectNode json) {
        super(json);
        this.agentexAgentId = read(c -> JsonFields.requiredString(c, "agentex_agent_id"));
        this.inputColumn = read(c -> JsonFields.requiredValue(c, "input_column"));
    }

    /**
     * @return the id of the Agentex agent;
     *     null when the configuration is malformed (see {@link #configurationProblems()})
     */
    @Nullable
    public String agentexAgentId() {
        return agentexAgentId;
    }

    /**
     * @return a copy of what is sent to the agent: a string, object or array;
     *     null when the configuration is malformed (see {@link #configurationProblems()})
     */
    @Nullable
    public JsonNode inputColumn() {
        return inputColumn == null ? null : inputColumn.deepCopy();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAgentexOutput(this);
    }
}
