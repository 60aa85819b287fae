package dev.evalwire.scale;

import static dev.evalwire.scale.internal.wire.EvaluationItemsProgress.JSON_PROPERTY_FAILED;
import static dev.evalwire.scale.internal.wire.EvaluationItemsProgress.JSON_PROPERTY_FAILED_ITEMS;
import static dev.evalwire.scale.internal.wire.EvaluationItemsProgress.JSON_PROPERTY_PENDING;
import static dev.evalwire.scale.internal.wire.EvaluationItemsProgress.JSON_PROPERTY_SUCCESSFUL;
import static dev.evalwire.scale.internal.wire.EvaluationItemsProgress.JSON_PROPERTY_TOTAL;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.ApiObject;
import dev.evalwire.core.internal.JsonFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Counts of an evaluation's dataset items by outcome, with details on the failed ones. */
public final class ItemsProgress extends ApiObject {

    private static final Set<String> KNOWN = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
            JSON_PROPERTY_TOTAL,
            JSON_PROPERTY_SUCCESSFUL,
            JSON_PROPERTY_FAILED,
            JSON_PROPERTY_PENDING,
            JSON_PROPERTY_FAILED_ITEMS)));

    private final long total;
    private final long successful;
    private final long failed;
    private final long pending;
    private final List<FailedItem> failedItems;

    ItemsProgress(ObjectNode json) {
        super(json, KNOWN, Collections.<String>emptySet());
        this.total = JsonFields.requiredLong(json, JSON_PROPERTY_TOTAL);
        this.successful = JsonFields.requiredLong(json, JSON_PROPERTY_SUCCESSFUL);
        this.failed = JsonFields.requiredLong(json, JSON_PROPERTY_FAILED);
        this.pending = JsonFields.requiredLong(json, JSON_PROPERTY_PENDING);
        List<FailedItem> items = new ArrayList<>();
        for (ObjectNode item : JsonFields.objects(json, JSON_PROPERTY_FAILED_ITEMS)) {
            items.add(new FailedItem(item));
        }
        this.failedItems = Collections.unmodifiableList(items);
    }

    /** @return the number of items to process */
    public long total() {
        return total;
    }

    /** @return items processed without error */
    public long successful() {
        return successful;
    }

    /** @return items whose processing failed */
    public long failed() {
        return failed;
    }

    /** @return items not processed yet */
    public long pending() {
        return pending;
    }

    /** @return details on the failed items; empty when none were sent */
    public List<FailedItem> failedItems() {
        return failedItems;
    }
}
