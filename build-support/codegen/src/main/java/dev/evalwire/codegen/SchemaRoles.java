package dev.evalwire.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which component schemas an operation sends (request bodies and everything they reference) and which it
 * reads (2xx response bodies and everything they reference). Only those become classes: error bodies and other
 * components no call uses are not generated.
 */
final class SchemaRoles {

    enum Role {
        REQUEST,
        RESPONSE
    }

    private final OpenAPI openAPI;
    private final Map<String, Role> roles = new HashMap<>();

    private SchemaRoles(OpenAPI openAPI) {
        this.openAPI = openAPI;
    }

    static Map<String, Role> of(OpenAPI openAPI) {
        SchemaRoles walk = new SchemaRoles(openAPI);
        if (openAPI.getPaths() != null) {
            for (PathItem path : openAPI.getPaths().values()) {
                for (Operation operation : path.readOperations()) {
                    walk.operation(operation);
                }
            }
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            for (Map.Entry<String, Schema> schema :
                    openAPI.getComponents().getSchemas().entrySet()) {
                if (SentAlone.is(schema.getValue()) && walk.roles.putIfAbsent(schema.getKey(), Role.REQUEST) == null) {
                    walk.mark(schema.getValue(), Role.REQUEST);
                }
            }
        }
        return walk.roles;
    }

    private void operation(Operation operation) {
        String params = ParamsClass.name(operation);
        if (params != null) {
            mark(new Schema<>().$ref("#/components/schemas/" + params), Role.REQUEST);
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            for (MediaType media : operation.getRequestBody().getContent().values()) {
                mark(media.getSchema(), Role.REQUEST);
            }
        }
        if (operation.getResponses() == null) {
            return;
        }
        for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
            if (response.getKey().startsWith("2") && response.getValue().getContent() != null) {
                for (MediaType media : response.getValue().getContent().values()) {
                    mark(media.getSchema(), Role.RESPONSE);
                }
            }
        }
    }

    private void mark(Schema<?> schema, Role role) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            Schema<?> target = openAPI.getComponents().getSchemas().get(name);
            if (HandWritten.is(target)) {
                return;
            }
            if (target != null && target.getProperties() == null && target.getAnyOf() != null) {
                mark(target, role); // an untagged union: its branches are generated, not the union itself
                return;
            }
            if (roles.putIfAbsent(name, role) == null) {
                mark(openAPI.getComponents().getSchemas().get(name), role);
            }
            return;
        }
        markAll(schema.getAnyOf(), role);
        markAll(schema.getOneOf(), role);
        markAll(schema.getAllOf(), role);
        mark(schema.getItems(), role);
        if (schema.getAdditionalProperties() instanceof Schema) {
            mark((Schema<?>) schema.getAdditionalProperties(), role);
        }
        if (schema.getProperties() != null) {
            for (Schema<?> property : schema.getProperties().values()) {
                if (role == Role.REQUEST && Boolean.TRUE.equals(property.getReadOnly())) {
                    continue; // set by the server, never sent: no request class
                }
                mark(property, role);
            }
        }
    }

    private void markAll(List<Schema> schemas, Role role) {
        if (schemas != null) {
            for (Schema<?> schema : schemas) {
                mark(schema, role);
            }
        }
    }
}
