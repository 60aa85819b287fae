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
 * The generic error-body shapes core reads for every vendor: the message keys in order, a bare JSON string or array,
 * plain-text bodies (blank, several lines, exactly at and just over the 300-character limit), and how a vendor's
 * shapes add to them.
 */
class ErrorBodyParserTest {

    private final ErrorBodyParser parser = new ErrorBodyParser(JsonMapperFactory.shared(), ErrorShapes.GENERIC);

    private ErrorBody parse(String body, String contentType) {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    @Test
    void aJsonStringIsTheMessageAndOtherNonObjectsSayNothing() {
        assertEquals(
                "rate limited", parse("\"rate limited\"", "application/json").message());
        ErrorBody array = parse("[\"a\",\"b\"]", "application/json");
        assertNull(array.message());
        assertEquals(Collections.emptyList(), array.fieldErrors());
        assertNull(parse("  ", "application/json").message());
    }

    @Test
    void genericShapesGiveTheMessageInOrderOfPreference() {
        assertEquals(
                "m",
                parse("{\"message\":\"m\",\"detail\":\"d\",\"error\":\"e\"}", "application/json")
                        .message());
        assertEquals(
                "d",
                parse("{\"message\":\" \",\"detail\":\"d\",\"error\":\"e\"}", "application/json")
                        .message());
        assertEquals("e", parse("{\"error\":\"e\"}", "application/json").message());
        assertEquals(
                "nested",
                parse("{\"error\":{\"message\":\"nested\",\"code\":3}}", "application/json")
                        .message());
    }

    @Test
    void aBodyRetryAfterIsGeneric() {
        assertEquals(
                Double.valueOf(2.5),
                parse("{\"detail\":\"slow down\",\"retry_after\":2.5}", "application/json")
                        .retryAfterSeconds());
        assertNull(parse("{\"retry_after\":\"soon\"}", "application/json").retryAfterSeconds());
    }

    @Test
    void vendorShapesOnlyAddToTheGenericOnes() {
        assertEquals(
                Collections.emptyList(),
                parse("{\"name\":[\"too long\"]}", "application/json").fieldErrors());
        ErrorBodyParser vendor =
                new ErrorBodyParser(JsonMapperFactory.shared(), (root, found) -> found.fieldMap(root.get("errors")));
        ErrorBody body = vendor.parse(
                ("{\"errors\":{\"name\":[\"too long\", \"blank\"],\"tags\":\"too many\","
                                + "\"non_field_errors\":[\"stale\"]}}")
                        .getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertEquals(
                Arrays.asList(
                        new FieldError("name", "too long"),
                        new FieldError("name", "blank"),
                        new FieldError("tags", "too many"),
                        new FieldError("", "stale")),
                body.fieldErrors());
        assertEquals("name: too long; name: blank; tags: too many; stale", body.message());
    }

    @Test
    void aPlainTextBodyGivesItsFirstLineUpTo300Characters() {
        String limit = String.join("", Collections.nCopies(300, "t"));
        assertEquals(limit, parse(limit, "text/plain").message());
        assertEquals(
                limit + "...", parse(limit + "u", "text/plain; charset=utf-8").message());
        assertEquals(
                "first line", parse("  first line  \nsecond line", "TEXT/PLAIN").message());
        assertNull(parse(" \n\t ", "text/plain").message());
        assertNull(parse("\u0001\u0002", "text/plain").message(), "not JSON, and nothing but control characters");
        assertNull(parse("<html>oops</html>", "text/html").message());
        assertNull(parse("oops", null).message());
    }
}
