package dev.evalwire.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.internal.Redaction;
import dev.evalwire.core.internal.ResponseSecrets;
import java.time.DateTimeException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import javax.annotation.Nullable;

/**
 * An immutable object read from a response, keeping the whole JSON it came from: typed accessors read
 * the fields the specification names, {@link #additionalProperties()} returns the ones it does not (fields a
 * newer server added), and {@link #json()} returns everything as sent.
 *
 * <p>Vendor response types extend this class. Generated ones read a typed field when its accessor is called
 * ({@link #read(String, BiFunction)}): a field the server left out or sent with another type fails that accessor
 * only, with an {@link InvalidResponseException} naming the field, while the rest of the object and its JSON stay
 * readable (an update that was applied is not reported as failed). Their {@code validate()} checks every field.
 */
public abstract class ApiObject {

    private final ObjectNode json;
    private final Set<String> knownFields;
    private final Set<String> sensitiveFields;
    /** The secrets of the call this object was read from, kept out of {@link #toString()}. */
    private final Collection<String> callSecrets;

    /**
     * @param json the object as received; the subclass must not hand it out
     * @param knownFields the JSON names the specification declares for this object
     * @param sensitiveFields JSON names whose values are masked in {@link #toString()}, in addition to the fields
     *     that are secret in every vendor's bodies (such as {@code custom_secrets})
     */
    protected ApiObject(ObjectNode json, Set<String> knownFields, Set<String> sensitiveFields) {
        this.json = json;
        this.knownFields = knownFields;
        this.sensitiveFields = withSdkWideFields(sensitiveFields);
        this.callSecrets = ResponseSecrets.current();
    }

    private static Set<String> withSdkWideFields(Set<String> declared) {
        if (declared.isEmpty() || Redaction.sensitiveBodyFields().containsAll(declared)) {
            return Redaction.sensitiveBodyFields();
        }
        Set<String> all = new HashSet<>(declared);
        all.addAll(Redaction.sensitiveBodyFields());
        return Collections.unmodifiableSet(all);
    }

    /** @return a copy of the whole JSON object as the server sent it */
    public final ObjectNode json() {
        return json.deepCopy();
    }

    /**
     * Returns any field as raw JSON, known or not.
     *
     * @param name the JSON name
     * @return a copy of the field's value, or null when the server did not send it
     */
    @Nullable
    public final JsonNode rawField(String name) {
        JsonNode value = json.get(name);
        return value == null ? null : value.deepCopy();
    }

    /**
     * Reads one typed field from the JSON, for the accessors of subclasses.
     *
     * @param name the JSON name
     * @param reader reads the field from the object, throwing {@link IllegalArgumentException} (or a
     *     {@link DateTimeException}) when it is missing or has another type
     * @param <T> the field's Java type
     * @return what {@code reader} returns
     * @throws InvalidResponseException naming the class and the field when {@code reader} fails, with status 0 and
     *     no headers (the field is read after the call); the message and the raw body (this object's JSON) have
     *     the call's secrets and sensitive fields masked
     */
    protected final <T> T read(String name, BiFunction<ObjectNode, String, T> reader) {
        try {
            return reader.apply(json, name);
        } catch (IllegalArgumentException | DateTimeException wrong) {
            String message = getClass().getSimpleName() + "." + name + " cannot be read: " + wrong.getMessage();
            throw new InvalidResponseException(
                    Redaction.scrub(message, callSecrets),
                    0,
                    HttpHeaders.empty(),
                    Redaction.scrub(Redaction.redactJson(json, sensitiveFields).toString(), callSecrets),
                    null);
        }
    }

    /** @return copies of the fields the specification does not declare, by name, in the order received */
    public final Map<String, JsonNode> additionalProperties() {
        Map<String, JsonNode> extra = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = json.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!knownFields.contains(field.getKey())) {
                extra.put(field.getKey(), field.getValue().deepCopy());
            }
        }
        return Collections.unmodifiableMap(extra);
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && json.equals(((ApiObject) o).json);
    }

    @Override
    public final int hashCode() {
        return json.hashCode();
    }

    /**
     * @return the class name and the JSON, with sensitive fields masked and the API key and secret values of the
     *     call it was read from scrubbed wherever the server echoed them
     */
    @Override
    public final String toString() {
        return Redaction.scrub(getClass().getSimpleName() + Redaction.redactJson(json, sensitiveFields), callSecrets);
    }
}
