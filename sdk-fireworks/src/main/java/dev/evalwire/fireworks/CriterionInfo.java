package dev.evalwire.fireworks;

import static dev.evalwire.fireworks.internal.wire.Criterion.JSON_PROPERTY_CODE_SNIPPETS;
import static dev.evalwire.fireworks.internal.wire.Criterion.JSON_PROPERTY_DESCRIPTION;
import static dev.evalwire.fireworks.internal.wire.Criterion.JSON_PROPERTY_NAME;
import static dev.evalwire.fireworks.internal.wire.Criterion.JSON_PROPERTY_TYPE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.ApiObject;
import dev.evalwire.core.internal.JsonFields;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * One scored metric of an evaluator, as returned by the server (the request form is {@link Criterion}). Fields
 * a newer server adds are kept in {@link #additionalProperties()}.
 */
public final class CriterionInfo extends ApiObject {

    private static final Set<String> KNOWN = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
            JSON_PROPERTY_TYPE, JSON_PROPERTY_NAME, JSON_PROPERTY_DESCRIPTION, JSON_PROPERTY_CODE_SNIPPETS)));

    private final CriterionType type;
    private final boolean typeSent;

    @Nullable
    private final String name;

    @Nullable
    private final String description;

    @Nullable
    private final CodeSnippetsInfo codeSnippets;

    private CriterionInfo(ObjectNode json) {
        super(json, KNOWN, Collections.<String>emptySet());
        this.type =
                JsonFields.enumOrDefault(json, JSON_PROPERTY_TYPE, CriterionType::of, CriterionType.TYPE_UNSPECIFIED);
        this.typeSent = JsonFields.string(json, JSON_PROPERTY_TYPE) != null;
        this.name = JsonFields.string(json, JSON_PROPERTY_NAME);
        this.description = JsonFields.string(json, JSON_PROPERTY_DESCRIPTION);
        ObjectNode snippets = JsonFields.nested(json, JSON_PROPERTY_CODE_SNIPPETS);
        this.codeSnippets = snippets == null ? null : CodeSnippetsInfo.fromJson(snippets);
    }

    /**
     * Reads a criterion object.
     *
     * @param json the parsed object
     * @return the criterion
     * @throws IllegalArgumentException when not an object or a field has the wrong type
     */
    public static CriterionInfo fromJson(JsonNode json) {
        return new CriterionInfo(JsonFields.object(json, "criterion"));
    }

    /** @return the kind of criterion; {@code TYPE_UNSPECIFIED} when the server left it out */
    public CriterionType type() {
        return type;
    }

    /** @return the metric name, or null when not sent */
    @Nullable
    public String name() {
        return name;
    }

    /** @return the description, or null when not sent */
    @Nullable
    public String description() {
        return description;
    }

    /** @return the code that computes the criterion, or null when not sent */
    @Nullable
    public CodeSnippetsInfo codeSnippets() {
        return codeSnippets;
    }

    /**
     * Converts to the request form, so that criteria read from the server can be changed and sent back (the
     * update replaces the whole list). Only fields the server sent are set, {@code type} included; fields
     * unknown to this SDK are not carried over.
     *
     * @return the request form
     */
    public Criterion toCriterion() {
        Criterion.Builder builder = Criterion.builder();
        if (typeSent) {
            builder.type(type);
        }
        if (name != null) {
            builder.name(name);
        }
        if (description != null) {
            builder.description(description);
        }
        if (codeSnippets != null) {
            builder.codeSnippets(codeSnippets.toCodeSnippets());
        }
        return builder.build();
    }
}
