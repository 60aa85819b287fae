package dev.evalwire.scale;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.internal.JsonFields;
import java.util.Collections;
import java.util.List;
import javax.annotation.Nullable;

/**
 * An {@code auto_evaluation.guided_decoding} task: a model judge produces constrained output for each item. Its
 * configuration takes one of three forms with no tag: a JSON schema ({@code response_format}), a list of
 * {@code choices}, or an agent task ({@code definition}, {@code name}, {@code output_rules}); the accessors
 * below return null (or an empty list) for fields the form at hand does not have.
 */
public final class AutoEvaluationGuidedDecodingTask extends EvaluationTask {

    /** The {@code task_type} of this kind of task. */
    public static final String TASK_TYPE = "auto_evaluation.guided_decoding";

    @Nullable
    private final String model;

    @Nullable
    private final String prompt;

    private final List<String> choices;

    @Nullable
    private final ObjectNode responseFormat;

    AutoEvaluationGuidedDecodingTask(ObjectNode json) {
        super(json);
        this.model = read(c -> JsonFields.string(c, "model"));
        this.prompt = read(c -> JsonFields.string(c, "prompt"));
        List<String> choicesRead = read(c -> JsonFields.strings(c, "choices"));
        this.choices = choicesRead == null ? Collections.<String>emptyList() : choicesRead;
        this.responseFormat = read(c -> copyOf(JsonFields.nested(c, "response_format")));
    }

    /** @return the judge model, or null (agent form) */
    @Nullable
    public String model() {
        return model;
    }

    /** @return the prompt given to the judge, or null (agent form) */
    @Nullable
    public String prompt() {
        return prompt;
    }

    /** @return the allowed answers; empty unless this is the choices form */
    public List<String> choices() {
        return choices;
    }

    /** @return a copy of the JSON schema the answer must match, or null unless this is the structured-output form */
    @Nullable
    public ObjectNode responseFormat() {
        return responseFormat == null ? null : responseFormat.deepCopy();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAutoEvaluationGuidedDecoding(this);
    }

    @Nullable
    private static ObjectNode copyOf(@Nullable ObjectNode node) {
        return node == null ? null : node.deepCopy();
    }
}
