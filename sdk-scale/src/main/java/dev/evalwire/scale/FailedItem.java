package dev.evalwire.scale;

import static dev.evalwire.scale.internal.wire.FailedItem.JSON_PROPERTY_ERROR;
import static dev.evalwire.scale.internal.wire.FailedItem.JSON_PROPERTY_ERROR_TYPE;
import static dev.evalwire.scale.internal.wire.FailedItem.JSON_PROPERTY_ITEM_ID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.ApiObject;
import dev.evalwire.core.internal.JsonFields;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.Nullable;

/** One dataset item the evaluation could not process. */
public final class FailedItem extends ApiObject {

    private static final Set<String> KNOWN = Collections.unmodifiableSet(
            new HashSet<>(Arrays.asList(JSON_PROPERTY_ITEM_ID, JSON_PROPERTY_ERROR, JSON_PROPERTY_ERROR_TYPE)));

    private final String itemId;

    @Nullable
    private final String error;

    @Nullable
    private final String errorType;

    FailedItem(ObjectNode json) {
        super(json, KNOWN, Collections.<String>emptySet());
        this.itemId = JsonFields.requiredString(json, JSON_PROPERTY_ITEM_ID);
        this.error = JsonFields.string(json, JSON_PROPERTY_ERROR);
        this.errorType = JsonFields.string(json, JSON_PROPERTY_ERROR_TYPE);
    }

    /** @return the item's id */
    public String itemId() {
        return itemId;
    }

    /** @return the failure message, or null */
    @Nullable
    public String error() {
        return error;
    }

    /** @return the failure category, or null */
    @Nullable
    public String errorType() {
        return errorType;
    }
}
