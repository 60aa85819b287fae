package dev.evalwire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.testing.RecordedRequest;
import java.util.Arrays;
import java.util.Map;

/**
 * The flow every vendor fake shares: a read ({@code GET}) and an update route checked against
 * {@code specs/<vendor>.yaml}, both on one {@link JsonStore} of resources that starts with {@code
 * seeds/<vendor>.json}. A read answers the stored resource after applying the next step of its
 * {@link ReadScripts script}, if it has one; subclasses apply a valid update in {@link #update}
 * and may shape reads in {@link #read}. A {@link BadParameterException} thrown while answering
 * becomes the vendor's bad-parameter answer.
 *
 * @param <K> the store key
 */
public abstract class ResourceApi<K> implements VendorApi {

    private final Authenticator authenticator;
    private final ErrorShapes errors;
    private final OpenApiDocument spec;
    private final JsonStore<K> store = new JsonStore<>();
    private final ReadScripts<K> scripts = new ReadScripts<>();
    private final UpdateRoute updateRoute;
    private final Router router;

    /**
     * @param authenticator the vendor's auth check
     * @param errors the vendor's error wording
     * @param vendor names the spec {@code specs/<vendor>.yaml} and the seed {@code
     *     seeds/<vendor>.json}
     * @param seedKey the key the seed resource is stored under
     * @param readPath the read call's path template, as in the spec
     * @param updateMethod the update call's HTTP method
     * @param updatePath the update call's path template, as in the spec
     */
    protected ResourceApi(
            Authenticator authenticator,
            ErrorShapes errors,
            String vendor,
            K seedKey,
            String readPath,
            String updateMethod,
            String updatePath) {
        this.authenticator = authenticator;
        this.errors = errors;
        this.spec = OpenApiDocument.load("specs/" + vendor + ".yaml");
        this.updateRoute = new UpdateRoute(updateMethod, updatePath, spec, errors, this::update);
        this.router = new Router(errors, Arrays.<Route>asList(new ReadRoute(readPath, spec, this::read), updateRoute));
        store.put(seedKey, Seeds.load(vendor));
    }

    /** The stored resources. */
    public final JsonStore<K> store() {
        return store;
    }

    /**
     * Stores (or replaces) a resource from JSON text and cancels its read script, for the
     * sandboxes' public seeding methods.
     *
     * @throws NullPointerException if {@code key} or {@code json} is {@code null}
     * @throws IllegalArgumentException if {@code json} is not a JSON object
     */
    public final void put(K key, String json) {
        store.putJson(key, json);
        scripts.cancel(key);
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
        try {
            return router.dispatch(request);
        } catch (BadParameterException e) {
            return errors.badParameter(e.name(), e.problem());
        }
    }

    /** The vendor's spec. */
    protected final OpenApiDocument spec() {
        return spec;
    }

    /** The changes scheduled for later reads, per resource. */
    protected final ReadScripts<K> readScripts() {
        return scripts;
    }

    /** The store key of the resource the path variables name. */
    protected abstract K key(Map<String, String> variables);

    /** The message of the vendor's 404 for the resource the path variables name. */
    protected abstract String notFoundMessage(Map<String, String> variables);

    /** The vendor's 404 for the resource the path variables name. */
    protected final SandboxResponse notFound(Map<String, String> variables) {
        return errors.notFound(notFoundMessage(variables));
    }

    /**
     * Answers a read: by default the stored resource, as {@link #readStored} leaves it, whole with
     * 200, or the vendor's 404.
     *
     * @param variables decoded path variables by name
     * @param request the request as received
     */
    protected SandboxResponse read(Map<String, String> variables, RecordedRequest request) {
        ObjectNode resource = readStored(variables);
        return resource == null ? notFound(variables) : SandboxResponse.json(200, resource);
    }

    /**
     * Atomically applies the next step of the resource's read script, if any, and returns a copy
     * of the result; {@code null} (with no step taken) when there is no such resource.
     */
    protected final ObjectNode readStored(Map<String, String> variables) {
        final K key = key(variables);
        return store.update(key, current -> scripts.advance(key, current));
    }

    /** Applies an update whose body is already valid; see {@link UpdateRoute.Handler}. */
    protected abstract SandboxResponse update(Map<String, String> variables, RecordedRequest request, ObjectNode body);

    /**
     * Writes each writable field present in {@code body} (null included) onto {@code current}, as
     * {@link #merge} combines it with the stored value.
     */
    protected final void applyPresentFields(ObjectNode current, ObjectNode body) {
        for (String field : updateRoute.writableProperties()) {
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
