package dev.evalwire.core.internal.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.evalwire.core.ApiException;
import dev.evalwire.core.FieldError;
import dev.evalwire.core.InternalServerException;
import dev.evalwire.core.UnexpectedStatusException;
import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.http.HttpResponse;
import dev.evalwire.core.internal.json.JsonMapperFactory;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The edges of error mapping: exactly 500 to 599 are server errors, every reason phrase the SDK knows is printed,
 * field errors are added to the message only when the server's message does not already hold them, and a request
 * id header that is empty is skipped.
 */
class ErrorMapperTest {

    private final ErrorMapper mapper =
            new ErrorMapper(new ErrorBodyParser(JsonMapperFactory.shared(), ErrorShapes.GENERIC));

    private ApiException map(int status, HttpHeaders headers, ErrorBody body) {
        return mapper.describe(
                        "GET",
                        "/x",
                        new HttpResponse(status, headers, new byte[0]),
                        body,
                        null,
                        null,
                        Collections.<String>emptyList(),
                        Collections.<String>emptyList())
                .get();
    }

    private ApiException map(int status) {
        return map(status, HttpHeaders.empty(), ErrorBody.EMPTY);
    }

    @Test
    void exactly500To599AreServerErrors() {
        assertInstanceOf(UnexpectedStatusException.class, map(499));
        assertInstanceOf(InternalServerException.class, map(500));
        assertInstanceOf(InternalServerException.class, map(599));
        assertInstanceOf(UnexpectedStatusException.class, map(600));
    }

    @Test
    void everyKnownReasonPhraseIsPrinted() {
        String[][] reasons = {
            {"301", "Moved Permanently"},
            {"302", "Found"},
            {"303", "See Other"},
            {"307", "Temporary Redirect"},
            {"308", "Permanent Redirect"},
            {"400", "Bad Request"},
            {"401", "Unauthorized"},
            {"403", "Forbidden"},
            {"404", "Not Found"},
            {"408", "Request Timeout"},
            {"409", "Conflict"},
            {"413", "Payload Too Large"},
            {"422", "Unprocessable Entity"},
            {"429", "Too Many Requests"},
            {"500", "Internal Server Error"},
            {"501", "Not Implemented"},
            {"502", "Bad Gateway"},
            {"503", "Service Unavailable"},
            {"504", "Gateway Timeout"},
        };
        for (String[] reason : reasons) {
            int status = Integer.parseInt(reason[0]);
            assertEquals(reason[1], StatusReasons.of(status));
            assertEquals(
                    "HTTP " + status + " " + reason[1] + " from GET /x",
                    map(status).getMessage().replaceAll(":.*| \\(.*", ""));
        }
        assertNull(StatusReasons.of(418));
        assertEquals("HTTP 418 from GET /x (empty body)", map(418).getMessage());
    }

    @Test
    void fieldErrorsAreAddedToTheMessageUnlessItAlreadyHoldsThem() {
        List<FieldError> errors = Collections.singletonList(new FieldError("name", "is required"));
        assertEquals(
                "HTTP 422 Unprocessable Entity from GET /x: invalid input [name: is required]",
                map(422, HttpHeaders.empty(), new ErrorBody("invalid input", errors, null))
                        .getMessage());
        assertEquals(
                "HTTP 422 Unprocessable Entity from GET /x: name: is required",
                map(422, HttpHeaders.empty(), new ErrorBody("name: is required", errors, null))
                        .getMessage());
        assertEquals(
                "HTTP 422 Unprocessable Entity from GET /x (empty body) [name: is required]",
                map(422, HttpHeaders.empty(), new ErrorBody(null, errors, null)).getMessage());
    }

    @Test
    void anEmptyRequestIdIsSkippedAndNoneGivesNull() {
        assertNull(ErrorMapper.requestId(HttpHeaders.empty()));
        HttpHeaders headers = HttpHeaders.builder()
                .set("x-request-id", "")
                .set("cf-ray", "ray-1")
                .build();
        assertEquals("ray-1", ErrorMapper.requestId(headers));
        assertEquals(
                "HTTP 500 Internal Server Error from GET /x (empty body) (request id ray-1)",
                map(500, headers, ErrorBody.EMPTY).getMessage());
    }

    @Test
    void theKeyHintOfA401NamesTheVariablesItIsGiven() {
        ApiException e = mapper.describe(
                        "GET",
                        "/x",
                        new HttpResponse(401, HttpHeaders.empty(), new byte[0]),
                        ErrorBody.EMPTY,
                        null,
                        null,
                        Collections.singletonList("sk-secret-value-123"),
                        Collections.singletonList("VENDOR_API_KEY"))
                .get();
        assertEquals(
                "HTTP 401 Unauthorized from GET /x (empty body); the API key was refused: check the key set with"
                        + " the client builder's apiKey(...) or read by fromEnv() from the environment variable VENDOR_API_KEY"
                        + " (system property vendor.api.key)",
                e.getMessage());
    }
}
