package dev.evalwire.testing.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.testing.RecordedRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The update call of a vendor: parses the JSON body and checks it against the request schema from
 * the vendor's spec, then hands a valid body to its {@link Handler}. Every refusal is worded by
 * the vendor's {@link ErrorShapes}.
 */
public final class UpdateRoute implements Route {

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
    private final Handler handler;

    /**
     * @param method the HTTP method, e.g. {@code PATCH}
     * @param template the path template, as in the spec
     * @param spec the vendor's spec, where {@code method template} must be an operation
     * @param errors the vendor's error wording
     * @param handler what applies a valid update
     * @throws IllegalStateException when the spec lacks the operation
     */
    public UpdateRoute(String method, String template, OpenApiDocument spec, ErrorShapes errors, Handler handler) {
        this.method = method.toUpperCase(Locale.ROOT);
        this.pattern = PathPattern.of(template);
        this.schema = spec.requestSchema(template, method);
        this.writable = spec.writableProperties(schema);
        this.validator = new SchemaValidator(spec);
        this.errors = errors;
        this.handler = handler;
    }

    /** Names of the body properties the spec lets a client write, in spec order. */
    public List<String> writableProperties() {
        return writable;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public Map<String, String> match(String rawPath) {
        return pattern.match(rawPath);
    }

    /** Parses and validates the body and, if all is well, calls the handler. */
    @Override
    public SandboxResponse answer(Map<String, String> variables, RecordedRequest request) {
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
