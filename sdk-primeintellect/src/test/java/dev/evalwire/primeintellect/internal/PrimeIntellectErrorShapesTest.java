package dev.evalwire.primeintellect.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.evalwire.core.FieldError;
import dev.evalwire.core.internal.errors.ErrorBody;
import dev.evalwire.core.internal.errors.ErrorBodyParser;
import dev.evalwire.core.internal.json.JsonMapperFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Prime Intellect's {@code ErrorResponse}: each {@code errors} entry becomes a field error. */
class PrimeIntellectErrorShapesTest {

    private final ErrorBodyParser parser =
            new ErrorBodyParser(JsonMapperFactory.shared(), new PrimeIntellectErrorShapes());

    private ErrorBody parse(String body) {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    @Test
    void declaredEntriesBecomeFieldErrorsJoinedIntoTheMessage() {
        ErrorBody body = parse("{\"errors\":[{\"param\":\"name\",\"details\":\"field required\"},"
                + "{\"param\":\"eval_config.num_examples\",\"details\":\"must be >= -1\"}]}");
        assertEquals(
                Arrays.asList(
                        new FieldError("name", "field required"),
                        new FieldError("eval_config.num_examples", "must be >= -1")),
                body.fieldErrors());
        assertEquals("name: field required; eval_config.num_examples: must be >= -1", body.message());
    }

    @Test
    void variantEntriesAndPlainStringsAreRead() {
        ErrorBody body = parse("{\"detail\":\"Validation failed\",\"errors\":[\"second\",{\"field\":\"f\","
                + "\"message\":\"m\"},{\"loc\":[\"body\",\"a\"],\"msg\":\"bad\"},{\"param\":\"p\"}]}");
        assertEquals(
                Arrays.asList(new FieldError("", "second"), new FieldError("f", "m"), new FieldError("a", "bad")),
                body.fieldErrors());
        assertEquals("Validation failed", body.message());
    }

    @Test
    void anErrorsObjectIsNotThisVendorsShape() {
        assertEquals(
                Collections.emptyList(),
                parse("{\"errors\":{\"name\":[\"x\"]}}").fieldErrors());
    }
}
