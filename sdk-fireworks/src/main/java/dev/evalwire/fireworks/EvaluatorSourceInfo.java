package dev.evalwire.fireworks;

import static dev.evalwire.fireworks.internal.wire.EvaluatorSource.JSON_PROPERTY_GITHUB_REPOSITORY_NAME;
import static dev.evalwire.fireworks.internal.wire.EvaluatorSource.JSON_PROPERTY_TYPE;

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
 * Where an evaluator's code comes from, as returned by the server (the request form is {@link EvaluatorSource}).
 * Fields a newer server adds are kept in {@link #additionalProperties()}.
 */
public final class EvaluatorSourceInfo extends ApiObject {

    private static final Set<String> KNOWN = Collections.unmodifiableSet(
            new HashSet<>(Arrays.asList(JSON_PROPERTY_TYPE, JSON_PROPERTY_GITHUB_REPOSITORY_NAME)));

    private final EvaluatorSourceType type;

    @Nullable
    private final String githubRepositoryName;

    private EvaluatorSourceInfo(ObjectNode json) {
        super(json, KNOWN, Collections.<String>emptySet());
        this.type = JsonFields.enumOrDefault(
                json, JSON_PROPERTY_TYPE, EvaluatorSourceType::of, EvaluatorSourceType.TYPE_UNSPECIFIED);
        this.githubRepositoryName = JsonFields.string(json, JSON_PROPERTY_GITHUB_REPOSITORY_NAME);
    }

    /**
     * Reads a source object.
     *
     * @param json the parsed object
     * @return the source
     * @throws IllegalArgumentException when not an object or a field has the wrong type
     */
    public static EvaluatorSourceInfo fromJson(JsonNode json) {
        return new EvaluatorSourceInfo(JsonFields.object(json, "source"));
    }

    /** @return how the code is supplied; {@code TYPE_UNSPECIFIED} when the server left it out */
    public EvaluatorSourceType type() {
        return type;
    }

    /** @return the GitHub repository ({@code owner/repository}), or null for other sources */
    @Nullable
    public String githubRepositoryName() {
        return githubRepositoryName;
    }
}
