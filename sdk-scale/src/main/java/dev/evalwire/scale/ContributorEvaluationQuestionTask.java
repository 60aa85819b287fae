package dev.evalwire.scale;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.internal.JsonFields;
import javax.annotation.Nullable;

/**
 * A {@code contributor_evaluation.question} task: human contributors answer a question about each item.
 */
public final class ContributorEvaluationQuestionTask extends EvaluationTask {

    /** The {@code task_type} of this kind of task. */
    public static final String TASK_TYPE = "contributor_evaluation.question";

    @Nullable
    private final ObjectNode layout;

    @Nullable
    private final String questionId;

    ContributorEvaluationQuestionTask(ObjectNode json) {
        super(json);
        this.layout = read(c -> JsonFields.requiredObject(c, "layout").deepCopy());
        this.questionId = read(c -> JsonFields.requiredString(c, "question_id"));
    }

    /**
     * @return a copy of how the question is laid out for contributors (free-form);
     *     null when the configuration is malformed (see {@link #configurationProblems()})
     */
    @Nullable
    public ObjectNode layout() {
        return layout == null ? null : layout.deepCopy();
    }

    /**
     * @return the id of the question asked;
     *     null when the configuration is malformed (see {@link #configurationProblems()})
     */
    @Nullable
    public String questionId() {
        return questionId;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitContributorEvaluationQuestion(this);
    }
}
