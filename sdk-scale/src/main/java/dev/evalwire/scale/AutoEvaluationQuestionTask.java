package dev.evalwire.scale;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.internal.JsonFields;
import javax.annotation.Nullable;

/**
 * An {@code auto_evaluation.question} task: a model judge answers a stored question about each item.
 */
public final class AutoEvaluationQuestionTask extends EvaluationTask {

    /** The {@code task_type} of this kind of task. */
    public static final String TASK_TYPE = "auto_evaluation.question";

    @Nullable
    private final String model;

    @Nullable
    private final String prompt;

    @Nullable
    private final String questionId;

    AutoEvaluationQuestionTask(ObjectNode json) {
        super(json);
        this.model = read(c -> JsonFields.requiredString(c, "model"));
        this.prompt = read(c -> JsonFields.requiredString(c, "prompt"));
        this.questionId = read(c -> JsonFields.requiredString(c, "question_id"));
    }

    /**
     * @return the judge model;
     *     null when the configuration is malformed (see {@link #configurationProblems()})
     */
    @Nullable
    public String model() {
        return model;
    }

    /**
     * @return the prompt given to the judge;
     *     null when the configuration is malformed (see {@link #configurationProblems()})
     */
    @Nullable
    public String prompt() {
        return prompt;
    }

    /**
     * @return the id of the question answered;
     *     null when the configuration is malformed (see {@link #configurationProblems()})
     */
    @Nullable
    public String questionId() {
        return questionId;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAutoEvaluationQuestion(this);
    }
}
