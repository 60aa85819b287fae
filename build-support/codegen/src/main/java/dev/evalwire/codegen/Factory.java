package dev.evalwire.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A static {@code of(...)} factory a request schema asks for with {@code x-evalwire-factory} (a list of property
 * names): it takes one argument per named property, in that order, and runs their setters and {@code build()}.
 */
public final class Factory {
    /** The parameter list, such as {@code String name, Object value}. */
    public final String params;
    /** The setter calls, such as {@code .name(name).value(value)}. */
    public final String calls;
    /** One {@code @param} line per argument. */
    public final List<String> paramDocs = new ArrayList<>();

    private Factory(String params, String calls) {
        this.params = params;
        this.calls = calls;
    }

    /**
     * @return the factory, or null when the schema declares none
     * @throws IllegalArgumentException when a named property is not one of the schema's
     */
    @SuppressWarnings("unchecked")
    static Factory of(Object declared, List<RequestField> fields) {
        if (declared == null) {
            return null;
        }
        List<String> params = new ArrayList<>();
        StringBuilder calls = new StringBuilder();
        List<String> docs = new ArrayList<>();
        for (String json : (List<String>) declared) {
            RequestField field = fields.stream()
                    .filter(f -> f.json.equals(json))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("x-evalwire-factory names no property " + json));
            String type = null;
            for (Map<String, Object> overload : field.overloads) {
                String candidate = (String) overload.get("paramType");
                if (type == null && !candidate.endsWith("...")) {
                    type = candidate;
                }
            }
            params.add(type + " " + field.param);
            calls.append('.')
                    .append(field.setter)
                    .append('(')
                    .append(field.param)
                    .append(')');
            docs.add(field.param + " the value of {@code " + field.path + "}");
        }
        Factory factory = new Factory(String.join(", ", params), calls.toString());
        factory.paramDocs.addAll(docs);
        return factory;
    }
}
