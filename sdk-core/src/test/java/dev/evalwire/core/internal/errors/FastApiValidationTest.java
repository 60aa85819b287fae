package dev.evalwire.core.internal.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.evalwire.core.FieldError;
import dev.evalwire.core.internal.json.JsonMapperFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's validation list (Scale's 422, Prime Intellect's default): locations as lists or text, a lone
 * {@code "body"}, plain strings.
 */
class FastApiValidationTest {

    private final ErrorBodyParser parser = new ErrorBodyParser(JsonMapperFactory.shared(), new FastApiValidation());

    private ErrorBody parse(String body) {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    @Test
    void locationsMayBeTextAndALoneBodyIsKept() {
        ErrorBody body = parse("{\"detail\":[{\"loc\":\"query.limit\",\"msg\":\"too big\"},"
                + "{\"loc\":[\"body\"],\"msg\":\"missing\"},{\"loc\":[\"body\",\"name\"],\"msg\":\"empty\"},"
                + "{\"msg\":\"no location\"},{\"loc\":{\"a\":1},\"msg\":\"odd location\"},{\"loc\":[\"x\"]}]}");
        assertEquals(
                Arrays.asList(
                        new FieldError("query.limit", "too big"),
                        new FieldError("body", "missing"),
                        new FieldError("name", "empty"),
                        new FieldError("", "no location"),
                        new FieldError("", "odd location")),
                body.fieldErrors());
        assertEquals("query.limit: too big; body: missing; name: empty; no location; odd location", body.message());
    }

    @Test
    void plainStringsInTheListHaveNoFieldAndADetailStringStaysTheMessage() {
        assertEquals(
                Arrays.asList(new FieldError("", "first")),
                parse("{\"detail\":[\"first\", 3]}").fieldErrors());
        ErrorBody text = parse("{\"detail\":\"Not found\"}");
        assertEquals("Not found", text.message());
        assertEquals(Arrays.asList(), text.fieldErrors());
    }
}
