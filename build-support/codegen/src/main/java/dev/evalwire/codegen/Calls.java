package dev.evalwire.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The spec's operations as the client's methods ({@code x-evalwire-calls-class} in {@code info}): a generated
 * abstract class holding, per operation, the call, its {@code ...Async} form and both on {@code withRawResponse()},
 * each with and without {@code RequestOptions}. The hand-written client extends it and builds each request in a
 * package-private hook ({@code <method>Request(ids..., params)}), where the vendor's quirks live.
 */
final class Calls {

    private Calls() {}

    /** @return the class the spec's {@code info} names with {@code x-evalwire-calls-class}, or null */
    static String className(OpenAPI openAPI) {
        Map<String, Object> hints = openAPI.getInfo().getExtensions();
        return hints == null ? null : (String) hints.get("x-evalwire-calls-class");
    }

    /** @return the template data: the class, the client it serves, the extra throws lines and the calls */
    static Map<String, Object> of(OpenAPI openAPI, UnaryOperator<String> className) {
        Map<String, Object> hints = openAPI.getInfo().getExtensions();
        List<Call> calls = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().entrySet()) {
            for (Operation operation : path.getValue().readOperations()) {
                calls.add(new Call(openAPI, operation, pathParameters(openAPI, path, operation), className));
            }
        }
        Object throwsLines = hints.getOrDefault("x-evalwire-call-throws", List.of());
        return Map.of(
                "callsClass",
                className(openAPI),
                "client",
                hints.get("x-evalwire-client"),
                "callThrows",
                throwsLines,
                "calls",
                calls);
    }

    /** The path's parameters (declared on the path or the operation, {@code $ref}s resolved), in path order. */
    private static List<Parameter> pathParameters(
            OpenAPI openAPI, Map.Entry<String, PathItem> path, Operation operation) {
        List<Parameter> declared = new ArrayList<>();
        if (path.getValue().getParameters() != null) {
            declared.addAll(path.getValue().getParameters());
        }
        if (operation.getParameters() != null) {
            declared.addAll(operation.getParameters());
        }
        List<Parameter> inPath = new ArrayList<>();
        for (Parameter parameter : declared) {
            Parameter resolved = parameter.get$ref() == null
                    ? parameter
                    : openAPI.getComponents()
                            .getParameters()
                            .get(parameter
                                    .get$ref()
                                    .substring(parameter.get$ref().lastIndexOf('/') + 1));
            if ("path".equals(resolved.getIn())) {
                inPath.add(resolved);
            }
        }
        inPath.sort(Comparator.comparingInt(p -> path.getKey().indexOf("{" + p.getName() + "}")));
        return inPath;
    }
}
