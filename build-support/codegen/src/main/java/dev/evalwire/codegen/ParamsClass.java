package dev.evalwire.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Set;

/**
 * The request type of an operation without a body whose query parameters the caller sets
 * ({@code x-evalwire-params-class: GetEvaluationParams} on the operation, {@code x-evalwire-params: true} on each
 * parameter): the class is generated like a body's, with the parameters as its only fields ({@link QueryField}), and
 * the call sends no body.
 */
final class ParamsClass {
    static final String HINT = "x-evalwire-params-class";
    /** Marks the generated schema, so that the template says it holds query parameters only. */
    static final String QUERY_ONLY = "x-evalwire-query-only";

    private ParamsClass() {}

    /** @return the class an operation's hint names, or null */
    static String name(Operation operation) {
        Object name = operation.getExtensions() == null
                ? null
                : operation.getExtensions().get(HINT);
        return name == null || operation.getRequestBody() != null ? null : (String) name;
    }

    /**
     * Adds a component schema, named after the class, for each hinted operation, so that a model is generated; its
     * properties are the hinted parameters' schemas (the generator skips objects without properties), which the
     * class carries as query fields, not body fields.
     */
    static void addSchemas(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().values()) {
            for (Operation operation : path.readOperations()) {
                String name = name(operation);
                if (name != null) {
                    Schema<?> schema = new ObjectSchema();
                    schema.setTypes(Set.of("object"));
                    schema.setDescription("Options of `" + operation.getOperationId()
                            + "`, each sent as a query parameter, and only when set.");
                    schema.addExtension(QUERY_ONLY, true);
                    for (Parameter parameter : operation.getParameters()) {
                        if (parameter.getExtensions() != null
                                && parameter.getExtensions().containsKey(QueryField.HINT)) {
                            schema.addProperty(parameter.getName(), parameter.getSchema());
                        }
                    }
                    openAPI.getComponents().addSchemas(name, schema);
                }
            }
        }
    }
}
