package dev.evalwire.keywordsai;

import static dev.evalwire.keywordsai.internal.wire.UserRef.JSON_PROPERTY_EMAIL;
import static dev.evalwire.keywordsai.internal.wire.UserRef.JSON_PROPERTY_FIRST_NAME;
import static dev.evalwire.keywordsai.internal.wire.UserRef.JSON_PROPERTY_LAST_NAME;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.ApiObject;
import dev.evalwire.core.internal.JsonFields;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.Nullable;

/** A short description of a user, as in an evaluator's {@code created_by} and {@code updated_by}. */
public final class UserRef extends ApiObject {

    private static final Set<String> KNOWN = Collections.unmodifiableSet(
            new HashSet<>(Arrays.asList(JSON_PROPERTY_FIRST_NAME, JSON_PROPERTY_LAST_NAME, JSON_PROPERTY_EMAIL)));

    @Nullable
    private final String firstName;

    @Nullable
    private final String lastName;

    @Nullable
    private final String email;

    private UserRef(ObjectNode json) {
        super(json, KNOWN, Collections.<String>emptySet());
        this.firstName = JsonFields.string(json, JSON_PROPERTY_FIRST_NAME);
        this.lastName = JsonFields.string(json, JSON_PROPERTY_LAST_NAME);
        this.email = JsonFields.string(json, JSON_PROPERTY_EMAIL);
    }

    /**
     * @param json the user object; kept, so pass a copy
     * @return the user
     * @throws IllegalArgumentException when a field has the wrong type
     */
    static UserRef fromJson(ObjectNode json) {
        return new UserRef(json);
    }

    /** @return the given name, or null when not sent */
    @Nullable
    public String firstName() {
        return firstName;
    }

    /** @return the family name, or null when not sent */
    @Nullable
    public String lastName() {
        return lastName;
    }

    /** @return the e-mail address, or null when not sent */
    @Nullable
    public String email() {
        return email;
    }
}
