package dev.evalwire.keywordsai;

import static dev.evalwire.keywordsai.internal.wire.CodeConfig.JSON_PROPERTY_EVAL_CODE_SNIPPET;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.PatchBody;
import dev.evalwire.core.PatchValue;
import dev.evalwire.core.internal.JsonFields;
import dev.evalwire.core.internal.PatchFields;

/**
 * Settings for scoring with Python code ({@code code_config}).
 *
 * <pre>{@code
 * CodeConfig.of("def main(eval_inputs):\n    return len(str(eval_inputs.get('output', ''))) > 10");
 * }</pre>
 */
public final class CodeConfig extends PatchBody {

    private CodeConfig(PatchFields fields) {
        super(fields);
    }

    /**
     * @param evalCodeSnippet the scorer's Python source; the current form defines {@code main(eval_inputs)}
     * @return the config
     * @throws NullPointerException for null
     */
    public static CodeConfig of(String evalCodeSnippet) {
        PatchFields fields = new PatchFields();
        fields.setNotClearable(JSON_PROPERTY_EVAL_CODE_SNIPPET, evalCodeSnippet, "code_config.eval_code_snippet");
        return new CodeConfig(fields);
    }

    /** @return the scorer's Python source */
    public PatchValue<String> evalCodeSnippet() {
        return field(JSON_PROPERTY_EVAL_CODE_SNIPPET);
    }

    /**
     * Reads a config from a response; keys other than {@code eval_code_snippet} are kept as raw JSON.
     *
     * @param json the config object
     * @return the config
     * @throws IllegalArgumentException when {@code eval_code_snippet} is not a string
     */
    static CodeConfig fromJson(ObjectNode json) {
        return new CodeConfig(ResponseConfigs.fields(
                json,
                (object, key, value) -> key.equals(JSON_PROPERTY_EVAL_CODE_SNIPPET)
                        ? JsonFields.string(object, key)
                        : value.deepCopy()));
    }
}
