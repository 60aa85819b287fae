package dev.evalwire.codegen;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.CodegenType;
import org.openapitools.codegen.SupportingFile;
import org.openapitools.codegen.languages.AbstractJavaCodegen;
import org.openapitools.codegen.model.ModelsMap;

/**
 * openapi-generator's generator {@code dev.evalwire.codegen.EvalwireCodegen}: writes a vendor's typed layer from
 * its spec with the templates in {@code evalwire/}. Each component schema an operation sends becomes an immutable
 * body with a builder (a {@code PatchBody}), each one it reads becomes a lazily checked response (an
 * {@code ApiObject}), each string enum becomes an open enum ({@code OpenEnum}); other components are not generated.
 * The per-property decisions (Java types, checks, {@code clearX()}, hand-tuning hints from {@code x-evalwire-*}
 * extensions) are made here, so that the templates only lay code out. specs/README.md lists the extensions.
 */
public class EvalwireCodegen extends AbstractJavaCodegen {

    private Map<String, SchemaRoles.Role> roles = new HashMap<>();
    private Map<String, Schema> rawSchemas = new HashMap<>();
    /** Response copies ({@code x-evalwire-response-class}) to the schema they copy. */
    private final Map<String, String> copyOf = new HashMap<>();

    private Map<String, List<QueryField>> queryFields = new HashMap<>();

    /** Sets the templates and turns off everything but models (and the calls class, {@link Calls}). */
    public EvalwireCodegen() {
        super();
        templateDir = "evalwire";
        embeddedTemplateDir = "evalwire";
        modelTemplateFiles.clear();
        modelTemplateFiles.put("model.mustache", ".java");
        apiTemplateFiles.clear();
        apiTestTemplateFiles.clear();
        apiDocTemplateFiles.clear();
        modelTestTemplateFiles.clear();
        modelDocTemplateFiles.clear();
    }

    @Override
    public CodegenType getTag() {
        return CodegenType.CLIENT;
    }

    @Override
    public String getName() {
        return "evalwire";
    }

    @Override
    public String getHelp() {
        return "Generates an Evalwire vendor module's typed layer (request bodies, responses, open enums).";
    }

    @Override
    public void processOpts() {
        super.processOpts();
        supportingFiles.clear();
    }

    @Override
    public void preprocessOpenAPI(OpenAPI openAPI) {
        super.preprocessOpenAPI(openAPI);
        ParamsClass.addSchemas(openAPI);
        ResponseCopies.apply(openAPI).forEach((original, copy) -> copyOf.put(copy, original));
        queryFields = QueryField.of(openAPI);
        OpenAPI raw = new OpenAPIParser()
                .readLocation(getInputSpec(), null, new ParseOptions())
                .getOpenAPI();
        // The spec as written keeps the schema-level hints the normalizer drops; it gets the same additions.
        ParamsClass.addSchemas(raw);
        ResponseCopies.apply(raw);
        roles = SchemaRoles.of(raw);
        rawSchemas = raw.getComponents().getSchemas();
        String calls = Calls.className(raw);
        if (calls != null) {
            additionalProperties.putAll(Calls.of(raw, this::toModelName));
            additionalProperties.put("callsPackage", modelPackage);
            supportingFiles.add(new SupportingFile(
                    "calls.mustache", sourceFolder + "/" + modelPackage.replace('.', '/'), calls + ".java"));
        }
    }

    /** @return the class name a schema sets with {@code x-evalwire-class}, else the generator's name for it */
    @Override
    public String toModelName(String name) {
        Schema<?> schema = rawSchemas.get(name);
        Object declared = schema == null || schema.getExtensions() == null
                ? null
                : schema.getExtensions().get("x-evalwire-class");
        return declared != null ? (String) declared : super.toModelName(name);
    }

    /** The component schema a model was made from, as the spec file declares it (a response copy reads its source). */
    private Schema<?> declaredSchema(CodegenModel model) {
        return rawSchemas.get(copyOf.getOrDefault(model.name, model.name));
    }

    /**
     * The extensions a property declares in the spec file. The generator's normalizer rewrites
     * {@code anyOf: [T, null]} properties into nullable ones and drops their extensions on the way, so they are
     * read from the spec as written.
     */
    private Map<String, Object> declaredExtensions(CodegenModel model, CodegenProperty property) {
        Schema<?> schema = declaredSchema(model);
        Map<String, Schema> properties = schema == null ? null : schema.getProperties();
        Schema<?> declared = properties == null ? null : properties.get(property.baseName);
        return declared == null || declared.getExtensions() == null ? Map.of() : declared.getExtensions();
    }

    /**
     * Records the {@code default} of the enum schema an optional response property refers to, which the accessor
     * returns when the server leaves the field out (protobuf's JSON mapping omits default values).
     */
    private void markEnumDefault(CodegenProperty property, Map<String, String> enums) {
        Schema<?> schema =
                enums.containsKey(property.complexType) ? rawSchemas.get(enums.get(property.complexType)) : null;
        if (schema != null && schema.getDefault() != null && !property.required) {
            property.vendorExtensions.put("x-evalwire-enum-default", String.valueOf(schema.getDefault()));
        }
    }

    /** Marks a property whose schema is any JSON value ({@link AnyValues}) with {@code x-evalwire-any}. */
    private void markAnyValue(CodegenModel model, CodegenProperty property) {
        Schema<?> schema = declaredSchema(model);
        Map<String, Schema> properties = schema == null ? null : schema.getProperties();
        if (properties != null && AnyValues.isProperty(properties.get(property.baseName), rawSchemas)) {
            property.vendorExtensions.put("x-evalwire-any", true);
        }
    }

    /**
     * Marks a property that refers to an object schema with {@code x-evalwire-model} (its class name). The generator
     * reads a referenced object that also allows further keys ({@code additionalProperties: true}) as a plain map;
     * the mark keeps it the generated class.
     */
    private void markModelRef(CodegenModel model, CodegenProperty property) {
        Schema<?> schema = declaredSchema(model);
        Map<String, Schema> properties = schema == null ? null : schema.getProperties();
        Schema<?> declared = properties == null ? null : properties.get(property.baseName);
        String ref = declared == null ? null : declared.get$ref();
        List<Schema> branches = declared == null || declared.getAnyOf() == null ? List.of() : declared.getAnyOf();
        for (Schema<?> branch : branches) {
            ref = branch.get$ref() != null ? branch.get$ref() : ref;
        }
        String name = ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
        Schema<?> target = name == null ? null : rawSchemas.get(name);
        if (target != null && target.getProperties() != null) {
            property.vendorExtensions.put("x-evalwire-model", toModelName(name));
        }
    }

    /**
     * Marks a property whose type, or item type, is a hand-written class ({@link HandWritten}) with
     * {@code x-evalwire-handwritten-ref}: {@code validate()} reads it but does not walk into it.
     */
    private void markHandWritten(CodegenModel model, CodegenProperty property) {
        Schema<?> declared = declared(model, property);
        Schema<?> target = declared == null || declared.getItems() == null ? declared : declared.getItems();
        String ref = target == null ? null : target.get$ref();
        if (ref != null && HandWritten.is(rawSchemas.get(ref.substring(ref.lastIndexOf('/') + 1)))) {
            property.vendorExtensions.put("x-evalwire-handwritten-ref", true);
        }
    }

    /** @return the property's schema as the spec file writes it, or null */
    private Schema<?> declared(CodegenModel model, CodegenProperty property) {
        Schema<?> schema = declaredSchema(model);
        return schema == null || schema.getProperties() == null
                ? null
                : (Schema<?>) schema.getProperties().get(property.baseName);
    }

    @Override
    public Map<String, ModelsMap> postProcessAllModels(Map<String, ModelsMap> objs) {
        Map<String, ModelsMap> all = super.postProcessAllModels(objs);
        Map<String, String> enums = new HashMap<>();
        for (ModelsMap models : all.values()) {
            CodegenModel model = models.getModels().get(0).getModel();
            if (model.isEnum) {
                enums.put(model.classname, model.name);
            }
        }
        Iterator<Map.Entry<String, ModelsMap>> entries = all.entrySet().iterator();
        while (entries.hasNext()) {
            ModelsMap models = entries.next().getValue();
            CodegenModel model = models.getModels().get(0).getModel();
            SchemaRoles.Role role = roles.get(model.name);
            if (role == null || AnyValues.isComponent(model.name, rawSchemas)) {
                entries.remove();
                continue;
            }
            shape(models, model, role, enums);
        }
        return all;
    }

    private void shape(ModelsMap models, CodegenModel model, SchemaRoles.Role role, Map<String, String> enums) {
        TreeSet<String> imports = new TreeSet<>();
        Map<String, Object> ext = model.vendorExtensions;
        ext.put(
                "x-doc",
                Javadocs.lines(Javadocs.text(model.unescapedDescription, "The {@code " + model.name + "} object.")));
        if (model.isEnum) {
            ext.put("x-kind-enum", true);
            imports.add("dev.evalwire.core.OpenEnum");
            ext.put("x-values", EnumValue.of(model));
        } else if (role == SchemaRoles.Role.REQUEST) {
            ext.put("x-kind-request", true);
            imports.add("dev.evalwire.core.PatchBody");
            imports.add("dev.evalwire.core.internal.PatchFields");
            String prefix = ext.containsKey("x-evalwire-path") ? ext.get("x-evalwire-path") + "." : "";
            List<RequestField> fields = new ArrayList<>();
            List<String> sensitive = new ArrayList<>();
            boolean queryOnly = ext.containsKey(ParamsClass.QUERY_ONLY);
            for (CodegenProperty property : model.vars) {
                if (property.isReadOnly || queryOnly) {
                    continue; // set by the server, or a query parameter (a QueryField)
                }
                property.vendorExtensions.putAll(declaredExtensions(model, property));
                markAnyValue(model, property);
                markModelRef(model, property);
                RequestField union =
                        UnionField.of(this, rawSchemas, property, declared(model, property), prefix, enums, imports);
                fields.add(union != null ? union : new RequestField(property, prefix, enums, imports));
                if (Boolean.TRUE.equals(property.vendorExtensions.get("x-sensitive"))) {
                    sensitive.add("\"" + property.baseName + "\"");
                }
            }
            ext.put("x-fields", fields);
            ext.put("x-required", fields.stream().filter(f -> f.required).toArray());
            ext.put("x-sensitive-args", String.join(", ", sensitive));
            ext.put("x-constants", Constant.of(ext.get("x-evalwire-constants")));
            List<QueryField> query = queryFields.getOrDefault(model.name, List.of());
            ext.put("x-query", query);
            if (!query.isEmpty()) {
                imports.add("javax.annotation.Nullable");
            }
            if (query.stream().anyMatch(field -> field.item != null)) {
                imports.add("java.util.Arrays");
                imports.add("java.util.List");
            }
            ext.put("x-factory", Factory.of(ext.get("x-evalwire-factory"), fields));
            OpenBody.shape(declaredSchema(model), ext, prefix, fields, imports);
            Replacing.shape(ext, fields);
        } else {
            ext.put("x-kind-response", true);
            imports.add("com.fasterxml.jackson.databind.JsonNode");
            imports.add("com.fasterxml.jackson.databind.node.ObjectNode");
            imports.add("dev.evalwire.core.ApiObject");
            imports.add("dev.evalwire.core.InvalidResponseException");
            imports.add("dev.evalwire.core.internal.JsonFields");
            imports.add("java.util.Set");
            List<ResponseField> fields = new ArrayList<>();
            List<String> known = new ArrayList<>();
            List<String> sensitive = new ArrayList<>();
            for (CodegenProperty property : model.vars) {
                property.vendorExtensions.putAll(declaredExtensions(model, property));
                markEnumDefault(property, enums);
                markAnyValue(model, property);
                markModelRef(model, property);
                markHandWritten(model, property);
                fields.add(new ResponseField(property, enums, imports));
                known.add("\"" + property.baseName + "\"");
                if (Boolean.TRUE.equals(property.vendorExtensions.get("x-sensitive"))) {
                    sensitive.add("\"" + property.baseName + "\"");
                }
            }
            if (fields.stream().anyMatch(ResponseField::isNullable)) {
                imports.add("javax.annotation.Nullable");
            }
            ext.put("x-fields", fields);
            ext.put("x-known-args", String.join(", ", known));
            ext.put("x-sensitive-args", String.join(", ", sensitive));
            ext.put(
                    "x-what",
                    model.classname.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase());
        }
        imports.removeIf(name -> name.startsWith(modelPackage + ".") && name.lastIndexOf('.') == modelPackage.length());
        models.put("x-imports", new ArrayList<>(imports));
        models.put("x-package", modelPackage);
    }
}
