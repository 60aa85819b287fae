package dev.evalwire.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * A task as {@link ScaleClient#modifyTaskConfiguration} read it, from which the change computes the configuration
 * to send. The call replaces the whole configuration, so a change usually starts from the stored one: {@link
 * #overlay(TaskConfiguration)} keeps every stored key and replaces those a typed (or raw) configuration sets, and
 * {@link #configuration()} gives a copy to edit as JSON. A typed change is built with {@code buildChanges()}, which
 * leaves out the required-field check: the stored configuration supplies those fields.
 *
 * <pre>{@code
 * client.modifyTaskConfiguration("eval_123", "chat_completion", current ->
 *     current.overlay(ChatCompletionConfiguration.builder().temperature(0.2).buildChanges()));
 * }</pre>
 */
public final class CurrentTask {

    private final EvaluationTask task;

    CurrentTask(EvaluationTask task) {
        this.task = task;
    }

    /**
     * @return the task, typed by its {@code task_type} ({@link ChatCompletionTask}, {@link MetricTask}, ...;
     *     {@link UnknownEvaluationTask} for a type newer than this SDK)
     */
    public EvaluationTask task() {
        return task;
    }

    /** @return a copy of the stored configuration, free to change and send as {@link RawTaskConfiguration#of} */
    public ObjectNode configuration() {
        JsonNode stored = task.configuration();
        return stored instanceof ObjectNode ? ((ObjectNode) stored).deepCopy() : JsonNodeFactory.instance.objectNode();
    }

    /**
     * @param changes the keys to replace or add, typed ({@link ChatCompletionConfiguration}, for a
     *     {@code chat_completion} task, usually built with {@code buildChanges()}) or raw
     * @return the stored configuration with those keys replaced
     * @throws NullPointerException for null
     * @throws IllegalArgumentException when a typed configuration does not fit the task's type
     */
    public RawTaskConfiguration overlay(TaskConfiguration changes) {
        if (changes instanceof ChatCompletionConfiguration && !(task instanceof ChatCompletionTask)) {
            throw new IllegalArgumentException("a ChatCompletionConfiguration fits chat_completion tasks only; task '"
                    + task.alias() + "' is a " + task.taskType() + " task: change it with a RawTaskConfiguration");
        }
        ObjectNode merged = configuration();
        Iterator<Map.Entry<String, JsonNode>> keys = changes.toJson().fields();
        while (keys.hasNext()) {
            Map.Entry<String, JsonNode> key = keys.next();
            merged.set(key.getKey(), key.getValue());
        }
        return RawTaskConfiguration.of(merged);
    }
}
