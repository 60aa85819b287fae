package dev.evalwire.fireworks;

import static dev.evalwire.fireworks.internal.wire.Status.JSON_PROPERTY_CODE;
import static dev.evalwire.fireworks.internal.wire.Status.JSON_PROPERTY_MESSAGE;

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
 * The outcome of an evaluator's latest build, modelled on {@code google.rpc.Status}: a {@link StatusCode} and a
 * message for developers. Fields a newer server adds are kept in {@link #additionalProperties()}.
 */
public final class BuildStatus extends ApiObject {

    private static final Set<String> KNOWN =
            Collections.unmodifiableSet(new HashSet<>(Arrays.asList(JSON_PROPERTY_CODE, JSON_PROPERTY_MESSAGE)));

    private final StatusCode code;

    @Nullable
    private final String message;

    private BuildStatus(ObjectNode json) {
        super(json, KNOWN, Collections.<String>emptySet());
        this.code = readCode(json);
        this.message = JsonFields.string(json, JSON_PROPERTY_MESSAGE);
    }

    private static StatusCode readCode(ObjectNode json) {
        JsonNode code = json.get(JSON_PROPERTY_CODE);
        if (code != null && code.isIntegralNumber() && code.canConvertToLong()) {
            return StatusCode.ofNumber(code.longValue());
        }
        String name = JsonFields.string(json, JSON_PROPERTY_CODE);
        return name == null ? StatusCode.OK : StatusCode.of(name);
    }

    /**
     * Reads a build status object.
     *
     * @param json the parsed object
     * @return the status
     * @throws IllegalArgumentException when not an object or a field has the wrong type
     */
    public static BuildStatus fromJson(JsonNode json) {
        return new BuildStatus(JsonFields.object(json, "status"));
    }

    /**
     * @return the code; {@link StatusCode#OK} when the server left it out (protobuf JSON omits the default); a
     *     numeric code is read as its name
     */
    public StatusCode code() {
        return code;
    }

    /** @return the message for developers, or null when not sent */
    @Nullable
    public String message() {
        return message;
    }
}
