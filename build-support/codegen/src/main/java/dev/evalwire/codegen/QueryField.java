package dev.evalwire.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A query parameter an operation marks with {@code x-evalwire-params: true}: it becomes a field of the operation's
 * request type (a setter on its builder, an accessor, part of {@code equals}, {@code hashCode} and
 * {@code toString}), which the call adds to its URL, never to the body. The request type is the body's class, or,
 * for an operation without a body, the class its {@code x-evalwire-params-class} names ({@link ParamsClass}).
 */
public final class QueryField {
    static final String HINT = "x-evalwire-params";

    public final String name;
    public final String method;
    public final String type;
    public final String boxed;
    public final List<String> doc;
    /** The item type of an array parameter, for its varargs setter; null for a single value. */
    public final String item;

    private QueryField(Parameter parameter) {
        this.name = parameter.getName();
        this.method = parameter.getExtensions().containsKey("x-evalwire-setter")
                ? (String) parameter.getExtensions().get("x-evalwire-setter")
                : name;
        Schema<?> schema = parameter.getSchema();
        String schemaType = schema == null ? "string" : schema.getType();
        this.item = "array".equals(schemaType) ? itemType(schema.getItems()) : null;
        if (item != null) {
            this.type = "List<" + item + ">";
            this.boxed = type;
        } else if ("boolean".equals(schemaType)) {
            this.type = "boolean";
            this.boxed = "Boolean";
        } else if ("integer".equals(schemaType)) {
            this.type = "long";
            this.boxed = "Long";
        } else {
            this.type = "String";
            this.boxed = "String";
        }
        this.doc =
                Javadocs.lines(Javadocs.text(parameter.getDescription(), "The {@code " + name + "} query parameter."));
    }

    /** @return the class of a referenced item schema (an enum of the spec), else {@code String} */
    private static String itemType(Schema<?> items) {
        String ref = items == null ? null : items.get$ref();
        return ref == null ? "String" : ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** @return request type schema name to the hinted query parameters of the operations that send it */
    static Map<String, List<QueryField>> of(OpenAPI openAPI) {
        Map<String, List<QueryField>> out = new HashMap<>();
        if (openAPI.getPaths() == null) {
            return out;
        }
        for (PathItem path : openAPI.getPaths().values()) {
            for (Operation operation : path.readOperations()) {
                String body = bodySchema(operation);
                body = body != null ? body : ParamsClass.name(operation);
                if (body == null || operation.getParameters() == null) {
                    continue;
                }
                for (Parameter parameter : operation.getParameters()) {
                    if ("query".equals(parameter.getIn())
                            && parameter.getExtensions() != null
                            && Boolean.TRUE.equals(parameter.getExtensions().get(HINT))) {
                        out.computeIfAbsent(body, name -> new ArrayList<>()).add(new QueryField(parameter));
                    }
                }
            }
        }
        return out;
    }

    private static String bodySchema(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        for (MediaType media : operation.getRequestBody().getContent().values()) {
            Schema<?> schema = media.getSchema();
            if (schema != null && schema.get$ref() != null) {
                return schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            }
        }
        return null;
    }
}
