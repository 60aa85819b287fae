package dev.evalwire.keywordsai;

import static dev.evalwire.keywordsai.internal.wire.PassingCondition.JSON_PROPERTY_OPERATOR;
import static dev.evalwire.keywordsai.internal.wire.PassingCondition.JSON_PROPERTY_VALUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.PatchBody;
import dev.evalwire.core.internal.Checks;
import dev.evalwire.core.internal.JsonFields;
import dev.evalwire.core.internal.JsonValues;
import dev.evalwire.core.internal.PatchFields;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * One comparison in the vendor's universal filter format, such as {@code {"operator":"gte","value":3}}: the
 * score passes when it compares to {@code value} by {@code operator}.
 *
 * <p>Immutable. {@link #of(String, Object)} accepts only the operators in {@link #OPERATORS}; conditions read
 * from a response keep whatever the server sent.
 */
public final class PassingCondition extends PatchBody {

    /**
     * The filter operators: {@code ""} (equal), {@code iexact}, {@code lt}, {@code lte}, {@code gt},
     * {@code gte}, {@code contains}, {@code icontains}, {@code startswith}, {@code endswith}, {@code in},
     * {@code isnull} and {@code not}.
     */
    public static final Set<String> OPERATORS = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(
            "",
            "iexact",
            "lt",
            "lte",
            "gt",
            "gte",
            "contains",
            "icontains",
            "startswith",
            "endswith",
            "in",
            "isnull",
            "not")));

    private PassingCondition(PatchFields fields) {
        super(fields);
    }

    /**
     * @param operator one of {@link #OPERATORS}, for example {@code "gte"}
     * @param value the operand: a string, number, boolean, list, map or {@link JsonNode} (evaluator examples use
     *     a number; generic filters use a list)
     * @return the condition
     * @throws NullPointerException for a null operator or value, saying that it is required
     * @throws IllegalArgumentException for an unknown operator or a NaN or infinite number
     */
    public static PassingCondition of(String operator, Object value) {
        return create("passing condition", operator, value);
    }

    static PassingCondition create(String path, String operator, Object value) {
        Checks.notNull(path + ".operator", operator, Checks.REQUIRED);
        if (!OPERATORS.contains(operator)) {
            throw new IllegalArgumentException(path + ".operator must be one of \"\", iexact, lt, lte, gt, gte,"
                    + " contains, icontains, startswith, endswith, in, isnull, not; was \"" + operator + "\"");
        }
        PatchFields fields = new PatchFields();
        fields.setNotClearable(JSON_PROPERTY_OPERATOR, operator);
        fields.setChecked(JSON_PROPERTY_VALUE, value, path + ".value", Checks.REQUIRED, JsonValues::value);
        return new PassingCondition(fields);
    }

    /** @return the operator, or null when a response condition had none */
    @Nullable
    public String operator() {
        return this.<String>field(JSON_PROPERTY_OPERATOR).orElse(null);
    }

    /** @return a copy of the operand, or null when a response condition had none */
    @Nullable
    public JsonNode value() {
        JsonNode value = this.<JsonNode>field(JSON_PROPERTY_VALUE).orElse(null);
        return value == null ? null : value.deepCopy();
    }

    /**
     * Reads a condition from a response, without checking the operator.
     *
     * @param json the condition object
     * @return the condition
     * @throws IllegalArgumentException when the operator is not a string
     */
    static PassingCondition fromJson(ObjectNode json) {
        PatchFields fields = new PatchFields();
        String operator = JsonFields.string(json, JSON_PROPERTY_OPERATOR);
        if (operator != null) {
            fields.setNotClearable(JSON_PROPERTY_OPERATOR, operator);
        }
        JsonNode value = json.get(JSON_PROPERTY_VALUE);
        if (value != null) {
            fields.setNotClearable(JSON_PROPERTY_VALUE, value.deepCopy());
        }
        return new PassingCondition(fields);
    }
}
