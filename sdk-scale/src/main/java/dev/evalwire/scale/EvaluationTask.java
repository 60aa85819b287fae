package dev.evalwire.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.ApiObject;
import dev.evalwire.core.internal.JsonFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * One task of an evaluation, told apart by its {@code task_type}. Each known type has its own subclass with
 * typed accessors for its required configuration fields; a task whose type is missing or newer than this SDK
 * becomes an {@link UnknownEvaluationTask}, so a response never fails because of a task type. No other
 * subclasses can be made. Dispatch with {@link #accept(Visitor)} or {@code instanceof}.
 *
 * <p>If the configuration of a known type does not have the promised shape (a required field missing or of the
 * wrong type), the task still decodes to its known class: the accessors for the affected fields return null,
 * {@link #configurationProblems()} says what was wrong, and {@link #configuration()} keeps the JSON as sent. One
 * odd task therefore never hides the rest of the evaluation.
 */
public abstract class EvaluationTask extends ApiObject {

    private static final Set<String> KNOWN =
            Collections.unmodifiableSet(new HashSet<>(Arrays.asList("task_type", "alias", "configuration")));

    @Nullable
    private final String taskType;

    @Nullable
    private final String alias;

    @Nullable
    private final ObjectNode configurationObject;

    private final List<String> problems = new ArrayList<>();

    EvaluationTask(ObjectNode json) {
        super(json, KNOWN, Collections.<String>emptySet());
        this.taskType = text(json.get("task_type"));
        this.alias = text(json.get("alias"));
        JsonNode configuration = json.get("configuration");
        this.configurationObject = configuration instanceof ObjectNode ? (ObjectNode) configuration : null;
    }

    /**
     * Decodes one task; never fails because of its type or configuration.
     *
     * @param json the task object
     * @return the subclass for its {@code task_type}, or {@link UnknownEvaluationTask}
     * @throws IllegalArgumentException when the task is not a JSON object
     */
    public static EvaluationTask fromJson(JsonNode json) {
        ObjectNode task = JsonFields.object(json, "evaluation task");
        String type = text(task.get("task_type"));
        if (type == null) {
            return new UnknownEvaluationTask(task);
        }
        switch (type) {
            case ChatCompletionTask.TASK_TYPE:
                return new ChatCompletionTask(task);
            case InferenceTask.TASK_TYPE:
                return new InferenceTask(task);
            case ApplicationVariantTask.TASK_TYPE:
                return new ApplicationVariantTask(task);
            case AgentexOutputTask.TASK_TYPE:
                return new AgentexOutputTask(task);
            case MetricTask.TASK_TYPE:
                return new MetricTask(task);
            case AutoEvaluationQuestionTask.TASK_TYPE:
                return new AutoEvaluationQuestionTask(task);
            case AutoEvaluationGuidedDecodingTask.TASK_TYPE:
                return new AutoEvaluationGuidedDecodingTask(task);
            case AutoEvaluationAgentTask.TASK_TYPE:
                return new AutoEvaluationAgentTask(task);
            case ContributorEvaluationQuestionTask.TASK_TYPE:
                return new ContributorEvaluationQuestionTask(task);
            case CustomFunctionTask.TASK_TYPE:
                return new CustomFunctionTask(task);
            default:
                return new UnknownEvaluationTask(task);
        }
    }

    @Nullable
    private static String text(@Nullable JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    /** @return the {@code task_type} as sent, or null when it is missing or not a string */
    @Nullable
    public final String taskType() {
        return taskType;
    }

    /** @return the task's alias (the name its output is stored under), or null when not sent */
    @Nullable
    public final String alias() {
        return alias;
    }

    /** @return a copy of the configuration as sent (any JSON type), or null when missing */
    @Nullable
    public final JsonNode configuration() {
        JsonNode configuration = rawField("configuration");
        return configuration == null || configuration.isNull() ? null : configuration;
    }

    /**
     * @return what was wrong with a known type's configuration, one message per unreadable field; empty when it
     *     was read completely (always empty for {@link UnknownEvaluationTask})
     */
    public final List<String> configurationProblems() {
        return Collections.unmodifiableList(new ArrayList<>(problems));
    }

    /**
     * Reads one typed configuration field; a failure is recorded, not thrown.
     *
     * @param reader reads the field from the configuration object
     * @param <T> the field's type
     * @return the value, or null when the configuration is missing or the field unreadable
     */
    @Nullable
    final <T> T read(ConfigurationReader<T> reader) {
        if (configurationObject == null) {
            if (problems.isEmpty()) {
                problems.add("'" + "configuration" + "' is missing or not a JSON object");
            }
            return null;
        }
        try {
            return reader.read(configurationObject);
        } catch (IllegalArgumentException malformed) {
            problems.add(malformed.getMessage());
            return null;
        }
    }

    /**
     * Calls the visitor method for this task's kind.
     *
     * @param visitor the visitor
     * @param <R> the visitor's result type
     * @return the visitor's result
     */
    public abstract <R> R accept(Visitor<R> visitor);

    /** Reads one field of a configuration object. */
    interface ConfigurationReader<T> {
        T read(ObjectNode configuration);
    }

    /**
     * One method per task kind, for exhaustive handling of {@link Evaluation#tasks()}.
     *
     * @param <R> the result type
     */
    public interface Visitor<R> {
        /**
         * @param task a {@code chat_completion} task
         * @return the result
         */
        R visitChatCompletion(ChatCompletionTask task);

        /**
         * @param task an {@code inference} task
         * @return the result
         */
        R visitInference(InferenceTask task);

        /**
         * @param task an {@code application_variant} task
         * @return the result
         */
        R visitApplicationVariant(ApplicationVariantTask task);

        /**
         * @param task an {@code agentex_output} task
         * @return the result
         */
        R visitAgentexOutput(AgentexOutputTask task);

        /**
         * @param task a {@code metric} task
         * @return the result
         */
        R visitMetric(MetricTask task);

        /**
         * @param task an {@code auto_evaluation.question} task
         * @return the result
         */
        R visitAutoEvaluationQuestion(AutoEvaluationQuestionTask task);

        /**
         * @param task an {@code auto_evaluation.guided_decoding} task
         * @return the result
         */
        R visitAutoEvaluationGuidedDecoding(AutoEvaluationGuidedDecodingTask task);

        /**
         * @param task an {@code auto_evaluation.agent} task
         * @return the result
         */
        R visitAutoEvaluationAgent(AutoEvaluationAgentTask task);

        /**
         * @param task a {@code contributor_evaluation.question} task
         * @return the result
         */
        R visitContributorEvaluationQuestion(ContributorEvaluationQuestionTask task);

        /**
         * @param task a {@code custom_function} task
         * @return the result
         */
        R visitCustomFunction(CustomFunctionTask task);

        /**
         * @param task a task whose type is missing or newer than this SDK
         * @return the result
         */
        R visitUnknown(UnknownEvaluationTask task);
    }
}
