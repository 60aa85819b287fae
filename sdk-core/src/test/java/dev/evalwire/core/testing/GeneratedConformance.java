package dev.evalwire.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.ApiObject;
import dev.evalwire.core.InvalidResponseException;
import dev.evalwire.core.OpenEnum;
import dev.evalwire.core.PatchBody;
import dev.evalwire.core.internal.json.JsonMapperFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a vendor's generated typed layer against its spec with no hand-kept table: it walks every operation's
 * request body and 2xx response (and every object schema they reference) and, property by property, drives the
 * Java classes by reflection, using the same naming rules and {@code x-evalwire-*} hints as the generator.
 *
 * <ul>
 *   <li>Request schemas: each property has a setter that puts exactly that property on the wire with the value
 *       given; {@code clearX()} exists exactly where the request schema allows null and sends null; minimum and
 *       maximum are accepted and one past them is refused; each required property is required by
 *       {@code build()}.</li>
 *   <li>Response schemas: each property is readable through a typed accessor; a required property that is
 *       missing fails only its accessor and {@code validate()}, with an {@link InvalidResponseException} naming it,
 *       while the JSON stays readable; an unknown field is kept.</li>
 * </ul>
 */
public final class GeneratedConformance {

    private static final ObjectMapper MAPPER = JsonMapperFactory.shared();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SpecModel spec;
    private final String javaPackage;
    private final Map<String, String> requests = new LinkedHashMap<>();
    private final Map<String, String> responses = new LinkedHashMap<>();

    private GeneratedConformance(SpecModel spec, String javaPackage) {
        this.spec = spec;
        this.javaPackage = javaPackage;
        Iterator<JsonNode> paths = spec.root().path("paths").elements();
        while (paths.hasNext()) {
            Iterator<JsonNode> operations = paths.next().elements();
            while (operations.hasNext()) {
                JsonNode operation = operations.next();
                collect(
                        operation
                                .path("requestBody")
                                .path("content")
                                .path("application/json")
                                .path("schema"),
                        requests);
                Iterator<Map.Entry<String, JsonNode>> answers =
                        operation.path("responses").fields();
                while (answers.hasNext()) {
                    Map.Entry<String, JsonNode> answer = answers.next();
                    if (answer.getKey().startsWith("2")) {
                        collect(
                                answer.getValue()
                                        .path("content")
                                        .path("application/json")
                                        .path("schema"),
                                responses);
                    }
                }
            }
        }
    }

    /** Adds the schemas marked {@code x-evalwire-request}, sent inside a free-form property no call can type. */
    private void collectSentAlone() {
        Iterator<Map.Entry<String, JsonNode>> schemas =
                spec.root().path("components").path("schemas").fields();
        while (schemas.hasNext()) {
            Map.Entry<String, JsonNode> schema = schemas.next();
            if (schema.getValue().path("x-evalwire-request").asBoolean(false)) {
                collect(NODES.objectNode().put("$ref", "#/components/schemas/" + schema.getKey()), requests);
            }
        }
    }

    /**
     * Runs every check for every request and response schema of the spec.
     *
     * @param specFile the spec's file name, for example {@code primeintellect.yaml}
     * @param javaPackage the package the typed layer is generated into
     * @return the names of the schemas checked, request ones first
     * @throws Exception when the spec cannot be read
     */
    public static List<String> check(String specFile, String javaPackage) throws Exception {
        GeneratedConformance conformance = new GeneratedConformance(SpecModel.load(specFile), javaPackage);
        conformance.collectSentAlone();
        List<String> checked = new ArrayList<>();
        for (String schema : conformance.requests.keySet()) {
            conformance.checkRequest(schema);
            checked.add(schema);
        }
        conformance.checkParamsQuery();
        for (String schema : conformance.responses.keySet()) {
            conformance.checkResponse(schema);
            checked.add(schema);
        }
        return checked;
    }

    /**
     * Records the object schemas reachable from {@code schema} (through $ref, anyOf, oneOf and items; on the
     * request side not through readOnly properties). A schema with {@code x-evalwire-response-class} is read
     * through that class.
     */
    private void collect(JsonNode schema, Map<String, String> into) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref")
                    .asText()
                    .substring(schema.get("$ref").asText().lastIndexOf('/') + 1);
            JsonNode target = spec.resolve(schema);
            if (handWritten(target)) {
                return;
            }
            String javaName = into == responses && target.has("x-evalwire-response-class")
                    ? target.get("x-evalwire-response-class").asText()
                    : className(name, target);
            if (target.has("properties") && into.put(name, javaName) == null) {
                for (JsonNode property : target.path("properties")) {
                    if (into == responses || !property.path("readOnly").asBoolean(false)) {
                        collect(property, into);
                    }
                }
            }
            return;
        }
        for (String combiner : new String[] {"anyOf", "oneOf", "allOf"}) {
            for (JsonNode branch : schema.path(combiner)) {
                collect(branch, into);
            }
        }
        if (schema.has("items")) {
            collect(schema.get("items"), into);
        }
    }

    /** A schema marked {@code x-evalwire-handwritten}: its class is the vendor module's own, checked by its tests. */
    private static boolean handWritten(JsonNode schema) {
        return schema.path("x-evalwire-handwritten").asBoolean(false);
    }

    private static String className(String schemaName, JsonNode schema) {
        return schema.has("x-evalwire-class") ? schema.get("x-evalwire-class").asText() : schemaName;
    }

    private Class<?> type(String simpleName) {
        try {
            return Class.forName(javaPackage + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no generated class " + javaPackage + "." + simpleName, e);
        }
    }

    private JsonNode component(String name) {
        return spec.root().path("components").path("schemas").path(name);
    }

    // ---- requests -------------------------------------------------------------------------------------------

    private void checkRequest(String schemaName) throws Exception {
        JsonNode schema = component(schemaName);
        Class<?> body = type(requests.get(schemaName));
        Set<String> required = names(schema.path("required"));
        Iterator<Map.Entry<String, JsonNode>> properties =
                schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> entry = properties.next();
            String json = entry.getKey();
            JsonNode property = entry.getValue();
            if (property.path("readOnly").asBoolean(false)) {
                continue;
            }
            String where = schemaName + "." + json;
            Object builder = requiredOnly(body, schema, json);
            Method setter = setter(builder.getClass(), property, json, where);
            Object value = sample(setter.getParameterTypes()[0], property);
            setter.invoke(builder, value);
            JsonNode sent = wire(build(builder));
            Set<String> expectedNames = new LinkedHashSet<>(required);
            expectedNames.add(json);
            assertEquals(expectedNames, names(sent), where + ": the setter must put exactly this property on the wire");
            assertEquals(
                    expectedJson(value).toString(),
                    String.valueOf(sent.get(json)),
                    where + ": the setter must send the value given");

            String clearName = "clear" + capitalize(setterName(property, json));
            Method clear = method(builder.getClass(), clearName);
            boolean nullable = nullable(property) && !required.contains(json);
            assertEquals(
                    nullable,
                    clear != null,
                    where + ": " + clearName + "() must exist exactly when the request" + " schema allows null");
            if (clear != null) {
                Object clearing = requiredOnly(body, schema, json);
                clear.invoke(clearing);
                assertTrue(wire(build(clearing)).get(json).isNull(), where + ": " + clearName + "() must send null");
            }
            checkRange(body, schema, json, property, setter, where);
            checkNullRefused(
                    builder.getClass(),
                    setterName(property, json),
                    clear == null ? "cannot clear" : "call " + clearName + "()",
                    where);
            if (required.contains(json)) {
                Object without = requiredOnly(body, schema, json);
                Throwable thrown = thrown(() -> build(without));
                assertTrue(
                        thrown instanceof IllegalStateException
                                && thrown.getMessage().contains(json),
                        where + ": build() must refuse a body without this required property, naming it: " + thrown);
            }
        }
    }

    /**
     * Each query parameter marked {@code x-evalwire-params} has a setter and an accessor on the request body's
     * class (or, for an operation without a body, on the class {@code x-evalwire-params-class} names), and reaches
     * {@code queryParameters()} (the URL), never the body.
     */
    private void checkParamsQuery() throws Exception {
        Iterator<JsonNode> paths = spec.root().path("paths").elements();
        while (paths.hasNext()) {
            for (JsonNode operation : paths.next()) {
                String ref = operation
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText();
                for (JsonNode parameter : operation.path("parameters")) {
                    if (!parameter.path("x-evalwire-params").asBoolean(false)) {
                        continue;
                    }
                    boolean bodiless = ref.isEmpty();
                    String schemaName = bodiless
                            ? operation.path("x-evalwire-params-class").asText()
                            : ref.substring(ref.lastIndexOf('/') + 1);
                    String name = parameter.path("name").asText();
                    String where = schemaName + "?" + name;
                    Object builder = bodiless
                            ? requiredOnly(type(schemaName), NODES.objectNode(), null)
                            : requiredOnly(type(requests.get(schemaName)), component(schemaName), null);
                    Method setter = setter(builder.getClass(), parameter, name, where);
                    Object value = sample(setter.getParameterTypes()[0], parameter.path("schema"));
                    setter.invoke(builder, value);
                    PatchBody body = (PatchBody) build(builder);
                    assertEquals(
                            Collections.singletonMap(name, queryText(value)),
                            body.queryParameters(),
                            where + ": the setter must put the parameter in the query");
                    assertFalse(wire(body).has(name), where + ": a query parameter must not reach the body");
                    assertEquals(
                            value,
                            getter(body.getClass(), parameter, name, where).invoke(body),
                            where);
                }
            }
        }
    }

    /** @return a query value as sent: a list's values joined with commas */
    private static String queryText(Object value) {
        if (value instanceof List) {
            StringBuilder joined = new StringBuilder();
            for (Object item : (List<?>) value) {
                joined.append(joined.length() == 0 ? "" : ",").append(item);
            }
            return joined.toString();
        }
        return String.valueOf(value);
    }

    private void checkRange(Class<?> body, JsonNode schema, String json, JsonNode property, Method setter, String where)
            throws Exception {
        if (setter.getParameterTypes()[0] != long.class) {
            return;
        }
        Long min = bound(property, "minimum");
        Long max = bound(property, "maximum");
        for (Long edge : new Long[] {min, max}) {
            if (edge != null) {
                setter.invoke(requiredOnly(body, schema, json), edge);
            }
        }
        if (min != null && min > Long.MIN_VALUE) {
            refused(setter, requiredOnly(body, schema, json), min - 1, json, where);
        }
        if (max != null && max < Long.MAX_VALUE) {
            refused(setter, requiredOnly(body, schema, json), max + 1, json, where);
        }
    }

    /** Every overload of the setter refuses a Java null, naming the field and its clearX() (or that there is none). */
    private static void checkNullRefused(Class<?> builderType, String name, String advice, String where)
            throws Exception {
        for (Method overload : builderType.getMethods()) {
            if (!overload.getName().equals(name)
                    || overload.getParameterCount() != 1
                    || overload.getParameterTypes()[0].isPrimitive()) {
                continue;
            }
            Object builder =
                    builderType.getDeclaringClass().getMethod("builder").invoke(null);
            Throwable thrown = thrown(() -> overload.invoke(builder, new Object[] {null}));
            assertTrue(
                    thrown instanceof NullPointerException
                            && thrown.getMessage().contains(advice)
                            && thrown.getMessage().contains(where.substring(where.indexOf('.') + 1)),
                    where + ": " + overload + " must refuse null saying '" + advice + "': " + thrown);
        }
    }

    private static void refused(Method setter, Object builder, long value, String json, String where) {
        Throwable thrown = thrown(() -> setter.invoke(builder, value));
        assertTrue(
                thrown instanceof IllegalArgumentException
                        && thrown.getMessage().contains(json),
                where + ": " + value + " is out of range and must be refused naming the field: " + thrown);
    }

    /** @return a builder of {@code body} with every required property except {@code except} set */
    private Object requiredOnly(Class<?> body, JsonNode schema, String except) throws Exception {
        Object builder = body.getMethod("builder").invoke(null);
        for (String name : names(schema.path("required"))) {
            if (!name.equals(except)) {
                JsonNode property = schema.path("properties").path(name);
                Method setter = setter(builder.getClass(), property, name, name);
                setter.invoke(builder, sample(setter.getParameterTypes()[0], property));
            }
        }
        return builder;
    }

    private static Object build(Object builder) throws Exception {
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static JsonNode wire(Object body) {
        return MAPPER.valueToTree(body);
    }

    private static JsonNode expectedJson(Object value) {
        if (value instanceof OpenEnum) {
            return NODES.textNode(((OpenEnum) value).value());
        }
        if (value instanceof OffsetDateTime) {
            return NODES.textNode(value.toString());
        }
        return MAPPER.valueToTree(value);
    }

    /** The setter for a property: the spec's {@code x-evalwire-setter} or the camel-case name, one parameter. */
    private static Method setter(Class<?> builder, JsonNode property, String json, String where) {
        String name = setterName(property, json);
        Method chosen = null;
        for (Method method : builder.getMethods()) {
            if (method.getName().equals(name)
                    && method.getParameterCount() == 1
                    && !method.isVarArgs()
                    && method.getParameterTypes()[0] != JsonNode.class) {
                chosen = method;
            }
        }
        if (chosen == null) {
            fail(where + ": no setter " + builder.getSimpleName() + "." + name + "(...)");
        }
        return chosen;
    }

    private static String setterName(JsonNode property, String json) {
        return property.has("x-evalwire-setter")
                ? property.get("x-evalwire-setter").asText()
                : camel(json);
    }

    /** A value of the setter's parameter type that the spec allows, and that the builder accepts. */
    private Object sample(Class<?> type, JsonNode property) throws Exception {
        JsonNode schema = nonNull(property);
        if (type == long.class) {
            Long min = bound(property, "minimum");
            return min != null ? Math.max(min, 1L) : 1L;
        }
        if (type == double.class) {
            Long min = bound(property, "minimum");
            return min != null ? min + 0.5 : 0.5;
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == String.class) {
            if (property.has("example")) {
                return property.get("example").asText();
            }
            return schema.has("enum") ? schema.get("enum").get(0).asText() : "sample";
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.parse("2025-01-02T03:04:05Z");
        }
        if (List.class.isAssignableFrom(type) && schema.path("items").has("$ref")) {
            String ref = schema.path("items").get("$ref").asText();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            JsonNode item = component(name);
            if (item.has("properties")) {
                return Collections.singletonList(build(requiredOnly(type(className(name, item)), item, null)));
            }
            if (item.has("enum")) {
                return Collections.singletonList(type(className(name, item))
                        .getMethod("of", String.class)
                        .invoke(null, item.get("enum").get(0).asText()));
            }
        }
        if (List.class.isAssignableFrom(type)) {
            return listsObjects(property)
                    ? Collections.singletonList(Collections.singletonMap("key", "sample"))
                    : Collections.singletonList("sample");
        }
        if (Map.class.isAssignableFrom(type)) {
            return Collections.singletonMap("key", "sample");
        }
        if (OpenEnum.class.isAssignableFrom(type)) {
            return type.getMethod("of", String.class)
                    .invoke(null, spec.resolve(schema).get("enum").get(0).asText());
        }
        if (PatchBody.class.isAssignableFrom(type)) {
            String name = schema.path("$ref")
                    .asText()
                    .substring(schema.path("$ref").asText().lastIndexOf('/') + 1);
            return build(requiredOnly(type, component(name), null));
        }
        if (type == Object.class) {
            return "sample"; // an any-value or scalar-union property: a string fits both
        }
        throw new AssertionError("no sample for setter parameter type " + type);
    }

    /** @return whether the property (or a branch of the union it refers to) is an array of JSON objects */
    private boolean listsObjects(JsonNode property) {
        JsonNode schema = spec.resolve(property);
        List<JsonNode> forms = new ArrayList<>();
        forms.add(schema);
        schema.path("anyOf").forEach(forms::add);
        for (JsonNode form : forms) {
            if ("object".equals(typeName(spec.resolve(form.path("items"))))) {
                return true;
            }
        }
        return false;
    }

    // ---- responses ------------------------------------------------------------------------------------------

    private void checkResponse(String schemaName) throws Exception {
        JsonNode schema = component(schemaName);
        Class<?> response = type(responses.get(schemaName));
        Method fromJson = response.getMethod("fromJson", JsonNode.class);
        ObjectNode complete = sampleObject(schema);
        complete.put("x_evalwire_unknown", "kept");
        ApiObject read = (ApiObject) fromJson.invoke(null, complete);
        assertEquals(
                NODES.textNode("kept"),
                read.additionalProperties().get("x_evalwire_unknown"),
                schemaName + ": an unknown field must be kept");
        assertSame(read, response.getMethod("validate").invoke(read), schemaName + ": validate() returns this");
        Iterator<Map.Entry<String, JsonNode>> properties =
                schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> entry = properties.next();
            String json = entry.getKey();
            Method getter = getter(response, entry.getValue(), json, schemaName + "." + json);
            Object value = getter.invoke(read);
            assertNotNull(value, schemaName + "." + json + " must be readable");
            assertEquals(
                    complete.get(json).toString(),
                    readBack(value).toString(),
                    schemaName + "." + json + " must read the value sent");
        }
        for (String json : names(schema.path("required"))) {
            if (listsNull(schema.path("properties").path(json))) {
                continue; // required but nullable: read like an optional field, null when missing
            }
            ObjectNode missing = complete.deepCopy();
            missing.remove(json);
            ApiObject partial = (ApiObject) fromJson.invoke(null, missing);
            Method getter = getter(response, schema.path("properties").path(json), json, json);
            Throwable thrown = thrown(() -> getter.invoke(partial));
            assertTrue(
                    thrown instanceof InvalidResponseException
                            && thrown.getMessage().contains(json),
                    schemaName + "." + json + ": a missing required field must fail its accessor, naming it: "
                            + thrown);
            Throwable strict = thrown(() -> response.getMethod("validate").invoke(partial));
            assertTrue(strict instanceof InvalidResponseException, schemaName + ": validate() must be strict");
            assertEquals(missing, partial.json(), schemaName + ": the JSON stays readable");
            assertFalse(partial.json().has(json));
        }
    }

    private ObjectNode sampleObject(JsonNode schema) {
        ObjectNode out = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> properties =
                schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> entry = properties.next();
            out.set(entry.getKey(), sampleJson(entry.getValue()));
        }
        return out;
    }

    private JsonNode sampleJson(JsonNode property) {
        JsonNode schema = spec.resolve(nonNull(property));
        if (handWritten(schema)) {
            return NODES.objectNode();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        switch (typeName(schema)) {
            case "integer":
                Long min = bound(property, "minimum");
                return NODES.numberNode(min != null ? Math.max(min, 1L) : 1L);
            case "number":
                return NODES.numberNode(0.5);
            case "boolean":
                return NODES.booleanNode(true);
            case "array":
                return NODES.arrayNode().add(sampleJson(schema.path("items")));
            case "object":
                return schema.has("properties")
                        ? sampleObject(schema)
                        : NODES.objectNode().put("key", "sample");
            default:
                if (property.has("example")) {
                    return property.get("example");
                }
                return NODES.textNode(
                        "date-time".equals(schema.path("format").asText()) ? "2025-01-02T03:04:05Z" : "sample");
        }
    }

    /** @return the schema's type, the non-null one of an OpenAPI 3.1 list such as {@code [array, 'null']} */
    private static String typeName(JsonNode schema) {
        for (JsonNode type : schema.path("type")) {
            if (!"null".equals(type.asText())) {
                return type.asText();
            }
        }
        return schema.path("type").asText();
    }

    /** @return whether the property's OpenAPI 3.1 type list names {@code null}, as in {@code [array, 'null']} */
    private static boolean listsNull(JsonNode property) {
        for (JsonNode type : property.path("type")) {
            if ("null".equals(type.asText())) {
                return true;
            }
        }
        return false;
    }

    /** The JSON a typed accessor's value stands for, to compare with what was sent. */
    private static JsonNode readBack(Object value) {
        if (value instanceof ApiObject) {
            return ((ApiObject) value).json();
        }
        if (value instanceof List) {
            ArrayNode items = NODES.arrayNode();
            for (Object item : (List<?>) value) {
                items.add(readBack(item));
            }
            return items;
        }
        return expectedJson(value);
    }

    private static Method getter(Class<?> type, JsonNode property, String json, String where) {
        String name = property.has("x-evalwire-getter")
                ? property.get("x-evalwire-getter").asText()
                : camel(json);
        Method method = method(type, name);
        if (method == null || Modifier.isStatic(method.getModifiers())) {
            fail(where + ": no accessor " + type.getSimpleName() + "." + name + "()");
        }
        return method;
    }

    // ---- shared ---------------------------------------------------------------------------------------------

    private static Method method(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** @return the property's schema without its {@code anyOf [T, null]} wrapper */
    private static JsonNode nonNull(JsonNode property) {
        for (String combiner : new String[] {"anyOf", "oneOf"}) {
            for (JsonNode branch : property.path(combiner)) {
                if (!"null".equals(branch.path("type").asText())) {
                    return branch;
                }
            }
        }
        return property;
    }

    private static boolean nullable(JsonNode property) {
        for (String combiner : new String[] {"anyOf", "oneOf"}) {
            for (JsonNode branch : property.path(combiner)) {
                if ("null".equals(branch.path("type").asText())) {
                    return true;
                }
            }
        }
        return property.path("nullable").asBoolean(false);
    }

    private static Long bound(JsonNode property, String key) {
        JsonNode schema = nonNull(property);
        return schema.has(key)
                ? Long.valueOf(schema.get(key).asLong())
                : property.has(key) ? Long.valueOf(property.get(key).asLong()) : null;
    }

    private static Set<String> names(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        if (node.isArray()) {
            node.forEach(item -> out.add(item.asText()));
        } else {
            node.fieldNames().forEachRemaining(out::add);
        }
        return out;
    }

    private static String camel(String json) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : json.toCharArray()) {
            if (c == '_' || c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private interface Action {
        Object run() throws Exception;
    }

    private static Throwable thrown(Action action) {
        try {
            action.run();
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (Exception e) {
            return e;
        }
    }
}
