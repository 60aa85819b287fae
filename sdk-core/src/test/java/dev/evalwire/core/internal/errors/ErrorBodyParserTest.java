package dev.evalwire.core.internal.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.evalwire.core.FieldError;
import dev.evalwire.core.internal.json.JsonMapperFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * The less common error-body shapes: a bare JSON string or array, plain strings among field errors, locations
 * given as text or as a lone {@code "body"}, and plain-text bodies (blank, several lines, exactly at and just over
 * the 300-character limit).
 */
class ErrorBodyParserTest {

    private final ErrorBodyParser parser = new ErrorBodyParser(JsonMapperFactory.shared());

    private ErrorBody parse(String body, String contentType) {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    @Test
    void aJsonStringIsTheMessageAndOtherNonObjectsSayNothing() {
        assertEquals("rate limited", parse("\"rate limited\"", "application/json").message());
        ErrorBody array = parse("[\"a\",\"b\"]", "application/json");
        assertNull(array.message());
        assertEquals(Collections.emptyList(), array.fieldErrors());
        assertNull(parse("  ", "application/json").message());
    }

    @Test
    void plainStringsAmongFieldErrorsHaveNoField() {
        assertEquals(Arrays.asList(new FieldError("", "first"), new FieldError("", "second")),
                parse("{\"detail\":[\"first\"],\"errors\":[\"second\"]}", "application/json").fieldErrors());
    }

    @Test
    void locationsMayBeTextAndALoneBodyIsKept() {
        ErrorBody body = parse("{\"detail\":[{\"loc\":\"query.limit\",\"msg\":\"too big\"},"
                + "{\"loc\":[\"body\"],\"msg\":\"missing\"},{\"loc\":[\"body\",\"name\"],\"msg\":\"empty\"},"
                + "{\"msg\":\"no location\"},{\"loc\":{\"a\":1},\"msg\":\"odd location\"}]}", "application/json");
        assertEquals(Arrays.asList(new FieldError("query.limit", "too big"), new FieldError("body", "missing"),
                new FieldError("name", "empty"), new FieldError("", "no location"),
                new FieldError("", "odd location")), body.fieldErrors());
    }

    @Test
    void aPlainTextBodyGivesItsFirstLineUpTo300Characters() {
        String limit = String.join("", Collections.nCopies(300, "t"));
        assertEquals(limit, parse(limit, "text/plain").message());
        assertEquals(limit + "...", parse(limit + "u", "text/plain; charset=utf-8").message());
        assertEquals("first line", parse("  first line  \nsecond line", "TEXT/PLAIN").message());
        assertNull(parse(" \n\t ", "text/plain").message());
        assertNull(parse("\u0001\u0002", "text/plain").message(), "not JSON, and nothing but control characters");
        assertNull(parse("<html>oops</html>", "text/html").message());
        assertNull(parse("oops", null).message());
    }
}
