package dev.evalwire.keywordsai;

import static dev.evalwire.keywordsai.internal.wire.ScoreChoice.JSON_PROPERTY_NAME;
import static dev.evalwire.keywordsai.internal.wire.ScoreChoice.JSON_PROPERTY_VALUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.PatchBody;
import dev.evalwire.core.internal.Checks;
import dev.evalwire.core.internal.JsonFields;
import dev.evalwire.core.internal.PatchFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.Nullable;

/**
 * A labelled option of a select-type score ({@code score_config.choices}) or of a legacy categorical evaluator
 * ({@code categorical_choices}): a name shown to users and the value recorded, a number or a string.
 *
 * <pre>{@code
 * ScoreChoice.of("Excellent", 10);
 * ScoreChoice.of("Pass", "pass");
 * }</pre>
 *
 * <p>Immutable. Choices read from a response keep whatever the server sent.
 */
public final class ScoreChoice extends PatchBody {

    private ScoreChoice(PatchFields fields) {
        super(fields);
    }

    /**
     * @param name the label
     * @param value the numeric value
     * @return the choice
     * @throws NullPointerException for a null name
     */
    public static ScoreChoice of(String name, long value) {
        return create(name, JsonNodeFactory.instance.numberNode(value));
    }

    /**
     * @param name the label
     * @param value the numeric value; finite
     * @return the choice
     * @throws NullPointerException for a null name
     * @throws IllegalArgumentException for NaN or infinity
     */
    public static ScoreChoice of(String name, double value) {
        return create(name, JsonNodeFactory.instance.numberNode(Checks.finite("choice value", value)));
    }

    /**
     * @param name the label
     * @param value the text value
     * @return the choice
     * @throws NullPointerException for a null name or value
     */
    public static ScoreChoice of(String name, String value) {
        if (value == null) {
            throw new NullPointerException("choice value must not be null");
        }
        return create(name, JsonNodeFactory.instance.textNode(value));
    }

    private static ScoreChoice create(String name, JsonNode value) {
        if (name == null) {
            throw new NullPointerException("choice name must not be null");
        }
        PatchFields fields = new PatchFields();
        fields.setNotClearable(JSON_PROPERTY_NAME, name);
        fields.setNotClearable(JSON_PROPERTY_VALUE, value);
        return new ScoreChoice(fields);
    }

    /** @return the label, or null when a response choice had none */
    @Nullable
    public String name() {
        return this.<String>field(JSON_PROPERTY_NAME).orElse(null);
    }

    /** @return a copy of the value (a number or a string), or null when a response choice had none */
    @Nullable
    public JsonNode value() {
        JsonNode value = this.<JsonNode>field(JSON_PROPERTY_VALUE).orElse(null);
        return value == null ? null : value.deepCopy();
    }

    /**
     * Reads the choices of a response array, leniently: missing names or values stay missing.
     *
     * @param object the object holding the array
     * @param name the array's field
     * @return the choices, empty when the field is missing or null
     * @throws IllegalArgumentException when the field is not an array of objects or a name is not a string
     */
    static List<ScoreChoice> listFromJson(ObjectNode object, String name) {
        List<ScoreChoice> out = new ArrayList<>();
        for (ObjectNode item : JsonFields.objects(object, name)) {
            PatchFields fields = new PatchFields();
            String label = JsonFields.string(item, JSON_PROPERTY_NAME);
            if (label != null) {
                fields.setNotClearable(JSON_PROPERTY_NAME, label);
            }
            JsonNode value = item.get(JSON_PROPERTY_VALUE);
            if (value != null && !value.isNull()) {
                fields.setNotClearable(JSON_PROPERTY_VALUE, value.deepCopy());
            }
            out.add(new ScoreChoice(fields));
        }
        return Collections.unmodifiableList(out);
    }
}
