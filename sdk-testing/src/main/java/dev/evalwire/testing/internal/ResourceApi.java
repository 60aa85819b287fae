package dev.evalwire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.testing.RecordedRequest;
import java.util.Map;

/**
 * The flow every vendor fake shares: one {@link UpdateRoute} checked against {@code
 * specs/<vendor>.yaml}, and one {@link JsonStore} of resources that starts with {@code
 * seeds/<vendor>.json}. Subclasses apply a valid update to the store in {@link #update}.
 *
 * @param <K> the store key
 */
public abstract class ResourceApi<K> implements VendorApi {

    private final Authenticator authenticator;
    private final ErrorShapes errors;
    private final JsonStore<K> store = new JsonStore<>();
    private final UpdateRoute route;

    /**
     * @param authenticator the vendor's auth check
     * @param errors the vendor's error wording
     * @param method the update call's HTTP method
     * @param path the update call's path template, as in the spec
     * @param vendor names the spec {@code specs/<vendor>.yaml} and the seed {@code
     *     seeds/<vendor>.json}
     * @param seedKey the key the seed resource is stored under
     */
    protected ResourceApi(
            Authenticator authenticator, ErrorShapes errors, String method, String path, String vendor, K seedKey) {
        this.authenticator = authenticator;
        this.errors = errors;
        this.route = new UpdateRoute(method, path, OpenApiDocument.load("specs/" + vendor + ".yaml"), errors);
        store.put(seedKey, Seeds.load(vendor));
    }

    /** The stored resources. */
    public final JsonStore<K> store() {
        return store;
    }

    @Override
    public final Authenticator authenticator() {
        return authenticator;
    }

    @Override
    public final ErrorShapes errors() {
        return errors;
    }

    @Override
    public final SandboxResponse handle(RecordedRequest request) {
        return route.dispatch(request, this::update);
    }

    /** Applies an update whose body is already valid; see {@link UpdateRoute.Handler}. */
    protected abstract SandboxResponse update(Map<String, String> variables, RecordedRequest request, ObjectNode body);

    /**
     * Writes each writable field present in {@code body} (null included) onto {@code current}, as
     * {@link #merge} combines it with the stored value.
     */
    protected final void applyPresentFields(ObjectNode current, ObjectNode body) {
        for (String field : route.writableProperties()) {
            JsonNode sent = body.get(field);
            if (sent != null) {
                current.set(field, merge(field, current.get(field), sent));
            }
        }
    }

    /**
     * The new value of a field present in the body; by default the sent value replaces the stored
     * one.
     *
     * @param field the field
     * @param stored the stored value, or {@code null} when there is none
     * @param sent the sent value, possibly JSON null
     */
    protected JsonNode merge(String field, JsonNode stored, JsonNode sent) {
        return sent;
    }
}
