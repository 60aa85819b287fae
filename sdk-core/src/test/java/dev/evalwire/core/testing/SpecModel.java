package dev.evalwire.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A test-side reading of one vendor spec ({@code specs/<vendor>.yaml} on the classpath): object schemas with
 * their properties resolved through local {@code $ref}s and {@code anyOf [T, null]} wrappers.
 */
public final class SpecModel {

    private final JsonNode root;

    private SpecModel(JsonNode root) {
        this.root = root;
    }

    /**
     * @param file the spec's file name, for example {@code primeintellect.yaml}
     * @return the model
     * @throws IOException when the spec cannot be read
     */
    public static SpecModel load(String file) throws IOException {
        try (InputStream in = SpecModel.class.getResourceAsStream("/specs/" + file)) {
            if (in == null) {
                throw new IOException("specs/" + file + " is not on the test classpath (evalwire-specs)");
            }
            return new SpecModel(new ObjectMapper(new YAMLFactory()).readTree(in));
        }
    }

    /**
     * @param name a component schema name
     * @return that schema
     * @throws IllegalArgumentException when it does not exist
     */
    public Schema component(String name) {
        JsonNode schema = root.path("components").path("schemas").path(name);
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException("no component schema " + name);
        }
        return new Schema(name, schema);
    }

    /**
     * @param path the path as written in the spec
     * @param method the method, lower case
     * @return the JSON request body schema of that operation
     */
    public Schema requestBody(String path, String method) {
        JsonNode schema = operation(path, method)
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
        return new Schema(path + " request", resolve(schema));
    }

    /**
     * @param path the path as written in the spec
     * @param method the method, lower case
     * @param status the response status, for example {@code 200}
     * @return the JSON response schema
     */
    public Schema response(String path, String method, String status) {
        JsonNode schema = operation(path, method)
                .path("responses")
                .path(status)
                .path("content")
                .path("application/json")
                .path("schema");
        return new Schema(path + " " + status, resolve(schema));
    }

    /**
     * @param path the path as written in the spec
     * @param method the method, lower case
     * @return the operation's parameters by name, each the parameter object
     */
    public Map<String, JsonNode> parameters(String path, String method) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode parameter : operation(path, method).path("parameters")) {
            JsonNode resolved = resolve(parameter);
            out.put(resolved.path("name").asText(), resolved);
        }
        return out;
    }

    private JsonNode operation(String path, String method) {
        JsonNode operation = root.path("paths").path(path).path(method);
        if (operation.isMissingNode()) {
            throw new IllegalArgumentException("no operation " + method + " " + path);
        }
        return operation;
    }

    /** @return the whole spec as a JSON tree */
    JsonNode root() {
        return root;
    }

    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("only local refs are supported: " + ref);
            }
            JsonNode target = root;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }

    /** An object schema. */
    public final class Schema {
        private final String name;
        private final JsonNode node;

        Schema(String name, JsonNode node) {
            this.name = name;
            this.node = node;
        }

        /** @return the schema's name, for messages */
        public String name() {
            return name;
        }

        /** @return the properties, in spec order */
        public Map<String, Property> properties() {
            Map<String, Property> out = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields =
                    node.path("properties").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.put(field.getKey(), new Property(field.getKey(), field.getValue()));
            }
            return Collections.unmodifiableMap(out);
        }

        /** @return the names of properties that a client may send (not read-only) */
        public Set<String> writable() {
            Set<String> out = new LinkedHashSet<>();
            for (Property property : properties().values()) {
                if (!property.readOnly()) {
                    out.add(property.name());
                }
            }
            return out;
        }

        /** @return the names of read-only properties */
        public Set<String> readOnly() {
            Set<String> out = new LinkedHashSet<>(properties().keySet());
            out.removeAll(writable());
            return out;
        }

        /** @return the names in {@code required} */
        public Set<String> required() {
            Set<String> out = new LinkedHashSet<>();
            for (JsonNode item : node.path("required")) {
                out.add(item.asText());
            }
            return out;
        }
    }

    /** One property of an object schema. */
    public final class Property {
        private final String name;
        private final JsonNode node;

        Property(String name, JsonNode node) {
            this.name = name;
            this.node = node;
        }

        /** @return the JSON name */
        public String name() {
            return name;
        }

        /** @return true when marked {@code readOnly} on the property or its target */
        public boolean readOnly() {
            return node.path("readOnly").asBoolean(false)
                    || resolve(node).path("readOnly").asBoolean(false);
        }

        /** @return true when JSON null is allowed (anyOf/oneOf with type null, or a type list with null) */
        public boolean nullable() {
            for (JsonNode branch : branches()) {
                JsonNode type = branch.path("type");
                if ("null".equals(type.asText())) {
                    return true;
                }
                if (type.isArray()) {
                    for (JsonNode t : type) {
                        if ("null".equals(t.asText())) {
                            return true;
                        }
                    }
                }
            }
            return node.path("nullable").asBoolean(false);
        }

        /** @return the {@code minimum} on the property or a branch, or null */
        public Long minimum() {
            return bound("minimum");
        }

        /** @return the {@code maximum} on the property or a branch, or null */
        public Long maximum() {
            return bound("maximum");
        }

        private Long bound(String key) {
            for (JsonNode branch : branches()) {
                if (branch.has(key)) {
                    return branch.get(key).asLong();
                }
            }
            return null;
        }

        /** @return the object schema behind the property (through $ref or an anyOf-with-null), or null */
        public Schema object() {
            for (JsonNode branch : branches()) {
                if (branch.has("properties")) {
                    return new Schema(name, branch);
                }
            }
            return null;
        }

        private Iterable<JsonNode> branches() {
            java.util.List<JsonNode> out = new java.util.ArrayList<>();
            JsonNode resolved = resolve(node);
            out.add(resolved);
            for (String combiner : new String[] {"anyOf", "oneOf"}) {
                for (JsonNode branch : resolved.path(combiner)) {
                    out.add(resolve(branch));
                }
            }
            return out;
        }
    }
}
