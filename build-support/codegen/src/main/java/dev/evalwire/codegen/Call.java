package dev.evalwire.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.openapitools.codegen.utils.CamelizeOption;
import org.openapitools.codegen.utils.StringUtils;

/**
 * One operation as the client's methods call it ({@link Calls}): its name, the ids it takes in path order (less the
 * path parameters the client fills in itself, {@code x-evalwire-from-client}), its parameters object (the body's
 * class, {@code x-evalwire-param-type}, or the class {@code x-evalwire-params-class} names) and its answer's type.
 */
public final class Call {

    /** One argument of the call's methods. */
    public static final class Argument {
        /** Its Java type. */
        public final String type;
        /** Its Java name. */
        public final String name;
        /** Its Javadoc text. */
        public final String doc;

        Argument(String type, String name, String doc) {
            this.type = type;
            this.name = name;
            this.doc = doc;
        }
    }

    /** The method's name ({@code x-evalwire-method}, else the operation id). */
    public final String method;
    /** The client's package-private method that builds the request. */
    public final String hook;
    /** The constant holding the answer's decoder. */
    public final String decoder;
    /** The answer's class. */
    public final String returnType;
    /** The method's Javadoc lines, from the operation's summary and description. */
    public final List<String> doc;
    /** The {@code @return} text, from the 2xx answer's description. */
    public final String returnDoc;
    /** The ids the caller gives, in path order. */
    public final List<Argument> ids = new ArrayList<>();
    /** The parameters object, or null when the call takes none. */
    public final Argument params;
    /** The parameters object to send when the caller gives none ({@code x-evalwire-params-optional}), or null. */
    public final String defaultParams;

    /** The declared arguments: ids, then the parameters object. */
    public final String arguments;
    /** The same, as names to pass on. */
    public final String names;
    /** The declared ids alone. */
    public final String idArguments;
    /** The ids alone, as names to pass on. */
    public final String idNames;

    Call(OpenAPI openAPI, Operation operation, List<Parameter> pathParameters, UnaryOperator<String> className) {
        Map<String, Object> hints = operation.getExtensions() == null ? Map.of() : operation.getExtensions();
        this.method = (String) hints.getOrDefault("x-evalwire-method", operation.getOperationId());
        this.hook = method + "Request";
        this.decoder = StringUtils.underscore(method).toUpperCase(Locale.ROOT);
        this.returnType = className.apply(answerSchema(operation));
        this.doc = Javadocs.lines(Javadocs.text(operation.getSummary() + ". " + operation.getDescription(), method));
        this.returnDoc = Javadocs.text(answer(operation).getDescription(), "the answer");
        for (Parameter parameter : pathParameters) {
            boolean fromClient = parameter.getExtensions() != null
                    && Boolean.TRUE.equals(parameter.getExtensions().get("x-evalwire-from-client"));
            if (!fromClient) {
                ids.add(new Argument(
                        "String",
                        StringUtils.camelize(parameter.getName(), CamelizeOption.LOWERCASE_FIRST_LETTER),
                        Javadocs.text(parameter.getDescription(), parameter.getName())
                                + " Any characters, sent as one path segment."));
            }
        }
        this.params = params(openAPI, operation, hints, className);
        this.defaultParams = Boolean.TRUE.equals(hints.get("x-evalwire-params-optional"))
                ? params.type + ".builder().build()"
                : null;
        List<String> idArgs = new ArrayList<>();
        List<String> idNameList = new ArrayList<>();
        for (Argument id : ids) {
            idArgs.add("String " + id.name);
            idNameList.add(id.name);
        }
        this.idArguments = String.join(", ", idArgs);
        this.idNames = String.join(", ", idNameList);
        this.arguments = params == null ? idArguments : join(idArguments, params.type + " " + params.name);
        this.names = params == null ? idNames : join(idNames, params.name);
    }

    private static Argument params(
            OpenAPI openAPI, Operation operation, Map<String, Object> hints, UnaryOperator<String> className) {
        if (hints.containsKey("x-evalwire-param-type")) {
            @SuppressWarnings("unchecked")
            Map<String, String> declared = (Map<String, String>) hints.get("x-evalwire-param-type");
            return new Argument(
                    declared.get("type"),
                    declared.get("name"),
                    Javadocs.text(declared.get("description"), declared.get("name")));
        }
        String paramsClass = ParamsClass.name(operation);
        if (paramsClass != null) {
            return new Argument(paramsClass, "params", "The query options.");
        }
        if (operation.getRequestBody() == null) {
            return null;
        }
        String body = null;
        for (MediaType media : operation.getRequestBody().getContent().values()) {
            body = media.getSchema()
                    .get$ref()
                    .substring(media.getSchema().get$ref().lastIndexOf('/') + 1);
        }
        String description = operation.getRequestBody().getDescription();
        return new Argument(className.apply(body), "params", Javadocs.text(description, "The fields to send."));
    }

    private static ApiResponse answer(Operation operation) {
        for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
            if (response.getKey().startsWith("2")) {
                return response.getValue();
            }
        }
        throw new IllegalStateException(operation.getOperationId() + " declares no 2xx answer");
    }

    private static String answerSchema(Operation operation) {
        for (MediaType media : answer(operation).getContent().values()) {
            String ref = media.getSchema().get$ref();
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        throw new IllegalStateException(operation.getOperationId() + " answers no JSON body");
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : first + ", " + second;
    }
}
