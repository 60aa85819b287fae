package dev.evalwire.scale;

import static dev.evalwire.scale.internal.wire.Identity.JSON_PROPERTY_ID;
import static dev.evalwire.scale.internal.wire.Identity.JSON_PROPERTY_OBJECT;
import static dev.evalwire.scale.internal.wire.Identity.JSON_PROPERTY_TYPE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.ApiObject;
import dev.evalwire.core.internal.JsonFields;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.Nullable;

/** The principal (user or service account) that created an evaluation or dataset. */
public final class Identity extends ApiObject {

    private static final Set<String> KNOWN = Collections.unmodifiableSet(
            new HashSet<>(Arrays.asList(JSON_PROPERTY_ID, JSON_PROPERTY_TYPE, JSON_PROPERTY_OBJECT)));

    private final String id;
    private final IdentityType type;

    @Nullable
    private final String object;

    Identity(ObjectNode json) {
        super(json, KNOWN, Collections.<String>emptySet());
        this.id = JsonFields.requiredString(json, JSON_PROPERTY_ID);
        this.type = IdentityType.of(JsonFields.requiredString(json, JSON_PROPERTY_TYPE));
        this.object = JsonFields.string(json, JSON_PROPERTY_OBJECT);
    }

    /** @return the principal's id */
    public String id() {
        return id;
    }

    /** @return the kind of principal; may be a value newer than this SDK */
    public IdentityType type() {
        return type;
    }

    /** @return the resource kind marker ({@code identity}), or null when not sent */
    @Nullable
    public String object() {
        return object;
    }
}
