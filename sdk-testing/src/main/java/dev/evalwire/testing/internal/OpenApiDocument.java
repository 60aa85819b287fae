package dev.evalwire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenAPI document read from the classpath ({@code specs/<vendor>.yaml} from evalwire-specs),
 * with lookup of request schemas and resolution of local {@code $ref}s. Documents are cached;
 * the trees are never modified after loading.
 */
public final class OpenApiDocument {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, OpenApiDocument> CACHE = new ConcurrentHashMap<>();

    private final String name;
    private final JsonNode root;

    OpenApiDocument(String name, JsonNode root) {
        this.name = name;
        this.root = root;
    }

    /**
     * Loads (once) a document from the classpath.
     *
     * @param resource e.g. {@code specs/scale.yaml}
     * @throws IllegalStateException when the resource is missing or is not YAML
     */
    public static OpenApiDocument load(String resource) {
        OpenApiDocument doc = CACHE.get(resource);
        if (doc == null) {
            doc = read(resource);
            CACHE.putIfAbsent(resource, doc);
        }
        return doc;
    }

    /** Parses a document from YAML (or JSON) text, for tests. */
    public static OpenApiDocument parse(String name, String yaml) {
        try {
            return new OpenApiDocument(name, YAML.readTree(yaml));
        } catch (IOException e) {
            throw new IllegalStateException("cannot parse " + name + ": " + e.getMessage(), e);
        }
    }

    private static OpenApiDocument read(String resource) {
        ClassLoader loader = OpenApiDocument.class.getClassLoader();
        InputStream in = loader == null ? null : loader.getResourceAsStream(resource);
        if (in == null) {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            in = context == null ? null : context.getResourceAsStream(resource);
        }
        if (in == null) {
            throw new IllegalStateException(
                    resource + " is not on the classpath; is dev.evalwire:evalwire-specs a dependency?");
        }
        try (InputStream stream = in) {
            return new OpenApiDocument(resource, YAML.readTree(stream));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * The JSON request body schema of an operation (resolved).
     *
     * @throws IllegalStateException when the document has no such operation or body
     */
    public JsonNode requestSchema(String pathTemplate, String method) {
        JsonNode op = operation(pathTemplate, method);
        JsonNode body = resolve(op.path("requestBody"));
        JsonNode schema = body.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            throw new IllegalStateException(name + ": " + method + " " + pathTemplate + " has no JSON body");
        }
        return resolve(schema);
    }

    /**
     * The operation {@code method pathTemplate}.
     *
     * @throws IllegalStateException when the document has no such operation
     */
    public JsonNode operation(String pathTemplate, String method) {
        JsonNode op = root.path("paths").path(pathTemplate).path(method.toLowerCase(Locale.ROOT));
        if (op.isMissingNode()) {
            throw new IllegalStateException(name + " has no operation " + method + " " + pathTemplate);
        }
        return op;
    }

    /**
     * The values of the enum schema {@code components/schemas/<schemaName>}, in document order.
     *
     * @throws IllegalStateException when there is no such schema or it has no {@code enum}
     */
    public List<String> enumValues(String schemaName) {
        JsonNode values =
                root.path("components").path("schemas").path(schemaName).path("enum");
        if (!values.isArray()) {
            throw new IllegalStateException(name + " has no enum schema " + schemaName);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode value : values) {
            names.add(value.asText());
        }
        return Collections.unmodifiableList(names);
    }

    /** Names of the properties a schema declares that are not read-only, in document order. */
    public List<String> writableProperties(JsonNode schema) {
        List<String> names = new ArrayList<>();
        JsonNode props = resolve(schema).path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!isReadOnly(e.getValue())) {
                names.add(e.getKey());
            }
        }
        return Collections.unmodifiableList(names);
    }

    /** True when the schema, or the one its {@code $ref} points to, says {@code readOnly: true}. */
    public boolean isReadOnly(JsonNode schema) {
        if (schema.path("readOnly").asBoolean(false)) {
            return true;
        }
        return schema.has("$ref") && resolve(schema).path("readOnly").asBoolean(false);
    }

    /**
     * Follows local {@code $ref}s ({@code #/...} JSON pointers) until a node without one is
     * reached. Sibling keywords of a {@code $ref} are not merged here; see {@link SchemaValidator}.
     *
     * @throws IllegalStateException for a non-local or dangling reference, or a cycle of refs
     */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref"); hops++) {
            if (hops > 64) {
                throw new IllegalStateException(
                        name + ": $ref cycle at " + node.get("$ref").asText());
            }
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#")) {
                throw new IllegalStateException(name + ": only local $refs are supported, got " + ref);
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalStateException(name + ": dangling $ref " + ref);
            }
            current = target;
        }
        return current;
    }

    @Override
    public String toString() {
        return "OpenApiDocument{" + name + "}";
    }
}
