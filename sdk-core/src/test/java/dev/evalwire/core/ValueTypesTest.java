package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.http.HttpRequest;
import dev.evalwire.core.http.HttpResponse;
import dev.evalwire.core.internal.PatchFields;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Value semantics of the SDK's public value types: equal exactly when their contents are (and never to another
 * type or to null), hash codes that differ when contents do, the documented {@code toString()}, and accessors that
 * return what was given.
 */
class ValueTypesTest {

    /** Asserts that {@code value} equals {@code same} (a different instance) and none of {@code different}. */
    private static void assertValueSemantics(Object value, Object same, Object... different) {
        assertEquals(value, value);
        assertEquals(value, same);
        assertEquals(value.hashCode(), same.hashCode());
        assertNotEquals(value, null);
        assertNotEquals(value, "a string");
        for (Object other : different) {
            assertNotEquals(value, other, String.valueOf(other));
            assertNotEquals(value.hashCode(), other.hashCode(), String.valueOf(other));
        }
    }

    @Test
    void fieldErrors() {
        FieldError error = new FieldError("name", "is required");
        assertValueSemantics(
                error,
                new FieldError("name", "is required"),
                new FieldError("title", "is required"),
                new FieldError("name", "is too long"));
        assertEquals("name: is required", error.toString());
        assertEquals("is required", new FieldError("", "is required").toString());
    }

    static final class Color extends OpenEnum {
        Color(String value) {
            super(value);
        }
    }

    static final class Shade extends OpenEnum {
        Shade(String value) {
            super(value);
        }
    }

    @Test
    void openEnums() {
        Color red = new Color("red");
        assertValueSemantics(red, new Color("red"), new Color("blue"));
        assertNotEquals(red, new Shade("red"), "another enum type with the same text");
        assertEquals("red", red.toString());
    }

    @Test
    void authentications() {
        Authentication bearer = Authentication.bearer("sk-one-key", "TEST_API_KEY");
        assertValueSemantics(
                bearer,
                Authentication.bearer("sk-one-key", "OTHER_VAR"),
                Authentication.bearer("sk-two-key", "TEST_API_KEY"),
                Authentication.apiKeyHeader("Authorization", "sk-one-key", "TEST_API_KEY"),
                Authentication.apiKeyHeader("x-api-key", "Bearer sk-one-key", "TEST_API_KEY"));
        assertEquals("Authorization", bearer.headerName());
        assertEquals(
                "x-api-key", Authentication.apiKeyHeader("x-api-key", "k", "V").headerName());
        assertEquals("Authentication{Authorization: [REDACTED]}", bearer.toString());
    }

    static final class Thing extends ApiObject {
        Thing(ObjectNode json) {
            super(json, Collections.singleton("id"), Collections.<String>emptySet());
        }
    }

    static final class Other extends ApiObject {
        Other(ObjectNode json) {
            super(json, Collections.singleton("id"), Collections.<String>emptySet());
        }
    }

    private static ObjectNode object(String id) {
        return JsonNodeFactory.instance.objectNode().put("id", id);
    }

    @Test
    void apiObjects() {
        Thing thing = new Thing(object("t1"));
        assertValueSemantics(thing, new Thing(object("t1")), new Thing(object("t2")));
        assertNotEquals(thing, new Other(object("t1")), "another type with the same JSON");
    }

    @Test
    void patchValues() {
        PatchValue<String> value = PatchValue.of("v");
        assertValueSemantics(
                value, PatchValue.of("v"), PatchValue.of("w"), PatchValue.absent(), PatchValue.explicitNull());
        assertNotEquals(PatchValue.absent(), PatchValue.explicitNull());
        assertTrue(PatchValue.explicitNull().isNull());
        assertFalse(PatchValue.absent().isNull());
        assertFalse(value.isNull());
        assertEquals("v", value.orElse("other"));
        assertEquals("other", PatchValue.<String>absent().orElse("other"));
        assertEquals("other", PatchValue.<String>explicitNull().orElse("other"));
        assertEquals("v", value.toString());
        assertEquals("absent", PatchValue.absent().toString());
        assertEquals("null", PatchValue.explicitNull().toString());
    }

    static final class Update extends PatchBody {
        Update(PatchFields fields) {
            super(fields);
        }

        PatchValue<String> name() {
            return field("name");
        }
    }

    private static Update update(String name) {
        PatchFields fields = new PatchFields("custom_secrets");
        fields.set("name", name, "clearName");
        return new Update(fields);
    }

    @Test
    void patchBodies() {
        Update update = update("n");
        assertValueSemantics(update, update("n"), update("m"), new Update(new PatchFields()));
        assertFalse(update.isEmpty());
        assertTrue(new Update(new PatchFields()).isEmpty());
        assertEquals(PatchValue.of("n"), update.name());
        assertEquals(PatchValue.absent(), new Update(new PatchFields()).name());
    }

    @Test
    void patchBodiesMaskSecretsInToStringAndCollectThemFromEveryShape() {
        Map<String, Object> secrets = new LinkedHashMap<>();
        secrets.put("A", "secret-map-value");
        secrets.put("B", Arrays.asList("secret-in-list", 7));
        secrets.put("C", update("secret-nested-body-name"));
        PatchFields nested = new PatchFields("custom_secrets");
        nested.set("custom_secrets", "secret-of-nested", "clearCustomSecrets");
        PatchFields fields = new PatchFields("custom_secrets", "token");
        fields.set("custom_secrets", secrets, "clearCustomSecrets");
        fields.set("token", "secret-token", "clearToken");
        fields.set("children", Collections.singletonList(new Update(nested)), "clearChildren");
        fields.clear("name");
        Update body = new Update(fields);

        assertEquals(
                Arrays.asList("secret-map-value", "secret-in-list", "secret-token", "secret-of-nested"),
                Arrays.asList(body.secretValues().toArray()));
        assertEquals(
                "Update{custom_secrets={A=[REDACTED], B=[REDACTED], C=[REDACTED]}, token=[REDACTED],"
                        + " children=[Update{custom_secrets=[REDACTED]}], name=null}",
                body.toString());
    }

    @Test
    void httpHeaders() {
        HttpHeaders headers =
                HttpHeaders.builder().add("X-A", "1").add("x-a", "2").build();
        Map<String, List<String>> source = new LinkedHashMap<>();
        source.put("X-A", Arrays.asList("1", "2"));
        assertValueSemantics(
                headers,
                HttpHeaders.of(source),
                HttpHeaders.builder().set("X-A", "1").build(),
                HttpHeaders.empty());
        assertEquals(Arrays.asList("1", "2"), headers.all("X-a"));
        assertEquals(Collections.emptyList(), headers.all("X-B"));
        assertFalse(headers.isEmpty());
        assertTrue(HttpHeaders.empty().isEmpty());
        assertTrue(HttpHeaders.of(Collections.<String, List<String>>emptyMap()).isEmpty());
    }

    @Test
    void httpRequestsAndResponsesPrintWithoutCredentialsOrBodies() {
        HttpHeaders headers = HttpHeaders.builder()
                .set("Authorization", "Bearer sk-1")
                .set("X-A", "1")
                .build();
        HttpRequest request =
                new HttpRequest("PUT", "https://h/x", headers, new byte[] {'{', '}'}, "application/json", null);
        assertEquals("PUT https://h/x {authorization=[REDACTED], x-a=1}", request.toString());
        HttpResponse response = new HttpResponse(201, headers, "{\"secret\":1}".getBytes(StandardCharsets.UTF_8));
        assertEquals(
                "HttpResponse{status=201, headers={authorization=[REDACTED], x-a=1}, bodyBytes=12}",
                response.toString());
    }

    @Test
    void commonHeaderNamesAreStoredAsOneSharedLowerCaseString() {
        HttpHeaders first = HttpHeaders.builder()
                .add(new String("Content-Type"), "a")
                .add(new String("X-Custom"), "b")
                .build();
        HttpHeaders second = HttpHeaders.builder()
                .set(new String("CONTENT-TYPE"), "c")
                .set(new String("X-Custom"), "d")
                .build();
        assertEquals("content-type", first.name(0));
        assertSame(first.name(0), second.name(0), "a common name is one shared string");
        assertEquals("x-custom", first.name(1));
        assertEquals("x-custom", second.name(1));
        // Only ASCII letters change case: the long s (U+017F) upper-cases to S, but is not the s of "set-cookie".
        String lookalike = "\u017Fet-cookie";
        assertEquals(
                lookalike, HttpHeaders.builder().add(lookalike, "e").build().name(0));
        assertEquals("c", second.first("Content-Type"));
    }

    @Test
    void aRequestUrlGivenInTwoPartsIsTheTwoJoined() {
        HttpRequest split = new HttpRequest("GET", "https://h", "/x?a=1", HttpHeaders.empty(), null, null, null);
        assertEquals("https://h/x?a=1", split.url());
        assertEquals("https://h", split.base());
        assertEquals("/x?a=1", split.target());
        assertEquals("GET https://h/x?a=1 {}", split.toString());
        HttpRequest whole = new HttpRequest("GET", "https://h/x", HttpHeaders.empty(), null, null, null);
        assertEquals("https://h/x", whole.url());
        assertEquals("https://h/x", whole.base());
        assertEquals("", whole.target());
    }

    @Test
    void errorsAndResponsesReturnWhatTheyWereGiven() {
        HttpHeaders headers = HttpHeaders.builder().set("X-Request-Id", "r1").build();
        ErrorResponse error = new ErrorResponse(
                "GET", "/x", 404, headers, "r1", "{}", null, Collections.<FieldError>emptyList(), null);
        assertSame(error, new NotFoundException(error, "m").response());
        assertSame(headers, new ApiResponse<>(200, headers, new byte[0], "body").headers());
        assertSame(headers, new InvalidResponseException("m", 200, headers, "", null).headers());
    }

    @Test
    void rawBodiesAreKeptUpTo64KiBCharsAndCutBeyond() {
        String limit = String.join("", Collections.nCopies(ErrorResponse.MAX_RAW_BODY_CHARS, "b"));
        HttpHeaders none = HttpHeaders.empty();
        List<FieldError> noErrors = Collections.emptyList();
        assertEquals(limit, new ErrorResponse("GET", "/x", 500, none, null, limit, null, noErrors, null).rawBody());
        assertEquals(
                limit, new ErrorResponse("GET", "/x", 500, none, null, limit + "c", null, noErrors, null).rawBody());
        assertEquals(limit, new InvalidResponseException("m", 200, none, limit, null).rawBody());
        assertEquals(limit, new InvalidResponseException("m", 200, none, limit + "c", null).rawBody());
    }
}
