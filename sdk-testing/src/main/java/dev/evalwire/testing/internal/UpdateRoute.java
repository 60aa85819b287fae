package dev.evalwire.testing.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.testing.RecordedRequest;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The one update call of a vendor: matches path and method, parses the JSON body and checks it
 * against the request schema from the vendor's spec, then hands a valid body to the vendor's
 * {@link Handler}. Every refusal is worded by the vendor's {@link ErrorShapes}.
 */
public final class UpdateRoute {

    /** Applies a valid update. */
    public interface Handler {
        /**
         * @param pathVariables decoded path variables by name
         * @param request the request as received
         * @param body the body, already valid against the request schema
         */
        SandboxResponse update(Map<String, String> pathVariables, RecordedRequest request, ObjectNode body);
    }

    private final String method;
    private final PathPattern pattern;
    private final JsonNode schema;
    private final List<String> writable;
    private final SchemaValidator validator;
    private final ErrorShapes errors;

    /**
     * @param spec the vendor's spec, where {@code method template} must be an operation
     * @throws IllegalStateException when the spec lacks the operation
     */
    public UpdateRoute(String method, String template, OpenApiDocument spec, ErrorShapes errors) {
        this.method = method;
        this.pattern = PathPattern.of(template);
        this.schema = spec.requestSchema(template, method);
        this.writable = spec.writableProperties(schema);
        this.validator = new SchemaValidator(spec);
        this.errors = errors;
    }

    /** Names of the body properties the spec lets a client write, in spec order. */
    public List<String> writableProperties() {
        return writable;
    }

    /** Routes, parses, validates and, if all is well, calls {@code handler}. */
    public SandboxResponse dispatch(RecordedRequest request, Handler handler) {
        Map<String, String> variables = pattern.match(request.path());
        if (variables == null) {
            return errors.noRoute();
        }
        if (!method.equalsIgnoreCase(request.method())) {
            return errors.methodNotAllowed(request.method(), method);
        }
        JsonNode body;
        try {
            body = Json.parse(request.body());
        } catch (JsonProcessingException e) {
            return errors.malformedJson(e.getOriginalMessage());
        }
        List<Violation> violations = validator.validate(schema, body);
        if (violations.isEmpty() && !body.isObject()) {
            violations = Collections.singletonList(new Violation(
                    Collections.<Object>emptyList(), "expected object, got " + SchemaValidator.typeOf(body)));
        }
        if (!violations.isEmpty()) {
            return errors.invalid(violations);
        }
        return handler.update(variables, request, (ObjectNode) body);
    }
}
