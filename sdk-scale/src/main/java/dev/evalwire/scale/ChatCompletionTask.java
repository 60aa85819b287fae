package dev.evalwire.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.internal.JsonFields;
import javax.annotation.Nullable;

/**
 * A {@code chat_completion} task: a chat completion request sent to a model for each item.
 */
public final class ChatCompletionTask extends EvaluationTask {

    /** The {@code task_type} of this kind of task. */
    public static final String TASK_TYPE = "chat_completion";

    @Nullable
    private final String model;

    @Nullable
    private final JsonNode messages;

    ChatCompletionTask(ObjectNode json) {
        super(json);
        this.model = read(c -> JsonFields.requiredString(c, "model"));
        this.messages = read(c -> JsonFields.requiredValue(c, "messages"));
    }

    /**
     * @return the model, written as {@code vendor/model};
     *     null when the configuration is malformed (see {@link #configurationProblems()})
     */
    @Nullable
    public String model() {
        return model;
    }

    /**
     * @return a copy of the messages: a JSON array of objects, or an item locator string;
     *     null when the configuration is malformed (see {@link #configurationProblems()})
     */
    @Nullable
    public JsonNode messages() {
        return messages == null ? null : messages.deepCopy();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitChatCompletion(this);
    }
}
