package dev.evalwire.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * Gives a schema that is both sent and read ({@code x-evalwire-response-class}) a second, response-side copy: the
 * copy is added under the hinted name and every reference reached from a 2xx response body points to it, so the
 * request side gets a builder and the response side a separate lazily read type ({@code Criterion} and
 * {@code CriterionInfo}).
 */
final class ResponseCopies {

    static final String HINT = "x-evalwire-response-class";

    private final Map<String, Schema> schemas;
    private final Set<String> visited = new HashSet<>();
    /** Original schema name to the name of its response copy. */
    private final Map<String, String> copies = new LinkedHashMap<>();

    private ResponseCopies(Map<String, Schema> schemas) {
        this.schemas = schemas;
    }

    /**
     * Adds the copies to {@code openAPI}'s components and points the response side to them.
     *
     * @return original schema name to the name of its response copy
     */
    static Map<String, String> apply(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getComponents() == null) {
            return Map.of();
        }
        ResponseCopies walk = new ResponseCopies(openAPI.getComponents().getSchemas());
        for (PathItem path : openAPI.getPaths().values()) {
            for (Operation operation : path.readOperations()) {
                if (operation.getResponses() == null) {
                    continue;
                }
                for (Map.Entry<String, ApiResponse> response :
                        operation.getResponses().entrySet()) {
                    if (response.getKey().startsWith("2") && response.getValue().getContent() != null) {
                        for (MediaType media : response.getValue().getContent().values()) {
                            walk.visit(media.getSchema(), openAPI);
                        }
                    }
                }
            }
        }
        return walk.copies;
    }

    private void visit(Schema<?> schema, OpenAPI openAPI) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            Schema<?> target = schemas.get(name);
            Object copy = target == null || target.getExtensions() == null
                    ? null
                    : target.getExtensions().get(HINT);
            if (copy == null) {
                if (target != null && visited.add(name)) {
                    children(target, openAPI);
                }
                return;
            }
            schema.set$ref("#/components/schemas/" + copy);
            if (copies.putIfAbsent(name, (String) copy) == null) {
                Schema<?> clone = ModelUtils.cloneSchema(
                        target,
                        openAPI.getOpenapi() != null && openAPI.getOpenapi().startsWith("3.1"));
                clone.getExtensions().remove(HINT);
                clone.getExtensions().remove("x-evalwire-class");
                schemas.put((String) copy, clone);
                children(clone, openAPI);
            }
            return;
        }
        children(schema, openAPI);
    }

    private void children(Schema<?> schema, OpenAPI openAPI) {
        visitAll(schema.getAnyOf(), openAPI);
        visitAll(schema.getOneOf(), openAPI);
        visitAll(schema.getAllOf(), openAPI);
        visit(schema.getItems(), openAPI);
        if (schema.getAdditionalProperties() instanceof Schema) {
            visit((Schema<?>) schema.getAdditionalProperties(), openAPI);
        }
        if (schema.getProperties() != null) {
            for (Schema<?> property : schema.getProperties().values()) {
                visit(property, openAPI);
            }
        }
    }

    private void visitAll(List<Schema> list, OpenAPI openAPI) {
        if (list != null) {
            for (Schema<?> schema : list) {
                visit(schema, openAPI);
            }
        }
    }
}
