package dev.evalwire.testing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {

    private static final String DOC = "openapi: 3.1.0\n"
            + "paths:\n"
            + "  /things/{id}:\n"
            + "    patch:\n"
            + "      requestBody:\n"
            + "        $ref: '#/components/requestBodies/Thing'\n"
            + "components:\n"
            + "  requestBodies:\n"
            + "    Thing:\n"
            + "      content:\n"
            + "        application/json:\n"
            + "          schema:\n"
            + "            $ref: '#/components/schemas/Thing'\n"
            + "  schemas:\n"
            + "    Thing:\n"
            + "      type: object\n"
            + "      required: [name]\n"
            + "      additionalProperties: false\n"
            + "      properties:\n"
            + "        name: {type: string, minLength: 2, maxLength: 5}\n"
            + "        count: {type: integer, minimum: 1, maximum: 10}\n"
            + "        ratio: {type: number, exclusiveMinimum: 0, exclusiveMaximum: 1}\n"
            + "        label: {type: [string, 'null']}\n"
            + "        kind: {$ref: '#/components/schemas/Kind'}\n"
            + "        state: {$ref: '#/components/schemas/Kind', readOnly: true}\n"
            + "        id: {type: string, readOnly: true}\n"
            + "        tags: {type: array, minItems: 1, items: {type: string}}\n"
            + "        limits:\n"
            + "          type: object\n"
            + "          additionalProperties: {type: integer}\n"
            + "        value:\n"
            + "          oneOf: [{type: number}, {type: string}]\n"
            + "        child:\n"
            + "          anyOf: [{$ref: '#/components/schemas/Child'}, {type: 'null'}]\n"
            + "        code: {type: string, pattern: '^[a-z]+$'}\n"
            + "        fixed: {const: 'x'}\n"
            + "    Kind:\n"
            + "      type: string\n"
            + "      enum: [A, B]\n"
            + "    Child:\n"
            + "      type: object\n"
            + "      required: [n]\n"
            + "      properties:\n"
            + "        n: {type: integer}\n"
            + "        next: {$ref: '#/components/schemas/Child'}\n";

    private final OpenApiDocument doc = OpenApiDocument.parse("test", DOC);
    private final SchemaValidator validator = new SchemaValidator(doc);
    private final JsonNode schema = doc.requestSchema("/things/{id}", "PATCH");

    private List<String> violations(String json) throws Exception {
        List<String> out = new ArrayList<>();
        for (Violation v : validator.validate(schema, Json.parse(json.replace('\'', '"')))) {
            out.add(v.toString());
        }
        return out;
    }

    @Test
    void aValidBodyHasNoViolations() throws Exception {
        assertEquals(
                new ArrayList<String>(),
                violations("{'name':'ab','count':3,'ratio':0.5,'label':null,'kind':'A','tags':['t'],"
                        + "'limits':{'a':1},'value':2.5,'child':{'n':1,'next':{'n':2}},'code':'abc','fixed':'x'}"));
        assertEquals(new ArrayList<String>(), violations("{'name':'ab','count':3.0,'value':'s','child':null}"));
    }

    @Test
    void typesIncludingTypeListsAndNull() throws Exception {
        assertEquals(
                Arrays.asList(
                        "name: expected string, got integer",
                        "count: expected integer, got number",
                        "label: expected string or null, got boolean",
                        "tags: expected array, got null"),
                violations("{'name':1,'count':1.5,'label':true,'tags':null}"));
    }

    @Test
    void rangesAndLengths() throws Exception {
        assertEquals(
                Arrays.asList(
                        "name: must have at most 5 characters",
                        "count: must be less than or equal to 10",
                        "ratio: must be greater than 0",
                        "tags: must have at least 1 items",
                        "code: must match the pattern ^[a-z]+$"),
                violations("{'name':'toolong','count':11,'ratio':0,'tags':[],'code':'A1'}"));
        assertEquals(
                Arrays.asList("name: must have at least 2 characters", "count: must be greater than or equal to 1"),
                violations("{'name':'a','count':0}"));
    }

    @Test
    void requiredEnumConstAndUnknownFields() throws Exception {
        assertEquals(
                Arrays.asList(
                        "name: field required",
                        "kind: must be one of [\"A\",\"B\"]",
                        "fixed: must be \"x\"",
                        "extra: unknown field"),
                violations("{'kind':'C','fixed':'y','extra':1}"));
    }

    @Test
    void readOnlyPropertiesAreRefusedIncludingRefSiblings() throws Exception {
        assertEquals(
                Arrays.asList(
                        "state: field is read-only and must not be sent",
                        "id: field is read-only and must not be sent"),
                violations("{'name':'ab','state':'A','id':'x'}"));
        assertEquals(
                Arrays.asList(
                        "name", "count", "ratio", "label", "kind", "tags", "limits", "value", "child", "code", "fixed"),
                doc.writableProperties(schema));
    }

    @Test
    void itemsAndAdditionalPropertySchemasGiveDottedPaths() throws Exception {
        assertEquals(
                Arrays.asList("tags.1: expected string, got integer", "limits.b: expected integer, got string"),
                violations("{'name':'ab','tags':['a',2],'limits':{'a':1,'b':'x'}}"));
    }

    @Test
    void alternativesReportTheBestMatchOrTheListOfTypes() throws Exception {
        assertEquals(
                Arrays.asList("value: expected number or string, got boolean", "child.next.n: field required"),
                violations("{'name':'ab','value':true,'child':{'n':1,'next':{}}}"));
        assertEquals(
                Arrays.asList("child: expected object or null, got integer"), violations("{'name':'ab','child':3}"));
    }

    @Test
    void oneOfRefusesAValueMatchingSeveralAlternatives() throws Exception {
        OpenApiDocument d =
                OpenApiDocument.parse("t", "components: {schemas: {X: {oneOf: [{type: integer}, {type: number}]}}}");
        SchemaValidator v = new SchemaValidator(d);
        JsonNode x = d.resolve(Json.parse("{\"$ref\":\"#/components/schemas/X\"}"));
        assertEquals(
                "matches more than one of the allowed alternatives",
                v.validate(x, Json.parse("1")).get(0).message());
        assertTrue(v.validate(x, Json.parse("1.5")).isEmpty());
    }

    @Test
    void theRealSpecsLoadAndTheirRequestSchemasResolve() throws Exception {
        OpenApiDocument pi = OpenApiDocument.load("specs/primeintellect.yaml");
        JsonNode body = pi.requestSchema("/api/v1/evaluations/{evaluation_id}", "put");
        List<Violation> found = new SchemaValidator(pi)
                .validate(body, Json.parse("{\"eval_config\":{\"num_examples\":-2,\"rollouts_per_example\":0}}"));
        assertEquals(2, found.size());
        assertEquals(
                "eval_config.num_examples: must be greater than or equal to -1",
                found.get(0).toString());
        assertEquals(
                Arrays.<Object>asList("eval_config", "rollouts_per_example"),
                found.get(1).location());
        assertTrue(OpenApiDocument.load("specs/scale.yaml") == OpenApiDocument.load("specs/scale.yaml"));
    }

    @Test
    void missingOperationsAndBadRefsFailClearly() {
        assertThrows(IllegalStateException.class, () -> doc.requestSchema("/nope", "get"));
        assertThrows(IllegalStateException.class, () -> OpenApiDocument.load("specs/none.yaml"));
        assertThrows(
                IllegalStateException.class,
                () -> doc.resolve(Json.parse("{\"$ref\":\"#/components/schemas/Missing\"}")));
        assertThrows(IllegalStateException.class, () -> doc.resolve(Json.parse("{\"$ref\":\"other.yaml#/X\"}")));
    }
}
