package dev.evalwire.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Scanner;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each vendor spec parses as OpenAPI 3.1 without errors and declares the update call the SDK is built on. */
class SpecsParseTest {

    static Stream<Arguments> specs() {
        return Stream.of(
                Arguments.of("primeintellect.yaml", "/api/v1/evaluations/{evaluation_id}", PathItem.HttpMethod.PUT),
                Arguments.of(
                        "fireworks.yaml",
                        "/v1/accounts/{account_id}/evaluators/{evaluator_id}",
                        PathItem.HttpMethod.PATCH),
                Arguments.of("scale.yaml", "/v5/evaluations/{evaluation_id}/tasks/{alias}", PathItem.HttpMethod.PATCH),
                Arguments.of("keywordsai.yaml", "/api/evaluators/{evaluator_id}/", PathItem.HttpMethod.PATCH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void parsesWithoutErrorsAndDeclaresTheUpdateCall(String file, String path, PathItem.HttpMethod method)
            throws IOException {
        String yaml = read(file);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);

        assertTrue(
                result.getMessages() == null || result.getMessages().isEmpty(),
                file + " has parse errors: " + result.getMessages());
        OpenAPI api = result.getOpenAPI();
        assertNotNull(api, file + " did not parse");
        assertEquals("3.1.0", api.getOpenapi(), file + " must be OpenAPI 3.1.0");
        PathItem item = api.getPaths().get(path);
        assertNotNull(
                item,
                file + " must declare " + path + " but has " + api.getPaths().keySet());
        assertNotNull(item.readOperationsMap().get(method), file + " must declare " + method + " " + path);
        assertTrue(yaml.contains("x-sensitive: true"), file + " must mark its secret-bearing fields x-sensitive");
    }

    private static String read(String file) throws IOException {
        try (InputStream in = SpecsParseTest.class.getResourceAsStream("/specs/" + file)) {
            assertNotNull(in, "specs/" + file + " is not on the classpath");
            try (Scanner scanner = new Scanner(in, StandardCharsets.UTF_8.name()).useDelimiter("\\A")) {
                return scanner.hasNext() ? scanner.next() : "";
            }
        }
    }
}
