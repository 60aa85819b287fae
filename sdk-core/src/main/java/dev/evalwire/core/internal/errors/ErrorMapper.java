package dev.evalwire.core.internal.errors;

import dev.evalwire.core.ApiException;
import dev.evalwire.core.ConfigSource;
import dev.evalwire.core.ErrorResponse;
import dev.evalwire.core.FieldError;
import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.http.HttpResponse;
import dev.evalwire.core.internal.Redaction;
import dev.evalwire.core.internal.http.Redirects;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javax.annotation.Nullable;

/** Turns an error response into the {@link ApiException} subclass for its status, with a secret-free message. */
public final class ErrorMapper {

    /** Request-id headers, most common first. */
    private static final List<String> REQUEST_ID_HEADERS = Arrays.asList(
            "x-request-id", "request-id", "x-amzn-requestid", "x-amz-request-id", "x-correlation-id", "cf-ray");

    private final ErrorBodyParser parser;

    /** @param parser the error-body parser */
    public ErrorMapper(ErrorBodyParser parser) {
        this.parser = parser;
    }

    /**
     * Parses the body of an error response.
     *
     * @param response the response
     * @return what the body says
     */
    public ErrorBody parseBody(HttpResponse response) {
        return parser.parse(response.body(), response.headers().first("content-type"));
    }

    /**
     * Reads an error response into what its exception will say, scrubbed of secrets, without making the exception
     * yet: an attempt that is retried keeps this until the call ends, and an exception's stack trace would be most
     * of its size.
     *
     * @param method the request's method
     * @param path the request's path
     * @param response the error response
     * @param body its parsed body (from {@link #parseBody})
     * @param retryAfter the wait the server asked for, or null
     * @param bodyProblem why the body was not read (for example it was larger than the client accepts), or null
     *     when it was read whole
     * @param secrets values to scrub from the message, the server message, the field errors and the raw body
     * @param apiKeyVariables the environment variables the client reads its API key from, named in a 401's message
     * @return the described error; {@link DescribedError#get()} makes its exception and its message
     */
    public DescribedError describe(
            String method,
            String path,
            HttpResponse response,
            ErrorBody body,
            @Nullable Duration retryAfter,
            @Nullable String bodyProblem,
            Collection<String> secrets,
            List<String> apiKeyVariables) {
        String serverMessage = Redaction.scrub(body.message(), secrets);
        List<FieldError> fieldErrors = new ArrayList<>(body.fieldErrors().size());
        for (FieldError fieldError : body.fieldErrors()) {
            fieldErrors.add(new FieldError(
                    Redaction.scrub(fieldError.field(), secrets), Redaction.scrub(fieldError.message(), secrets)));
        }
        ErrorResponse error = new ErrorResponse(
                method,
                path,
                response.status(),
                response.headers(),
                Redaction.scrub(requestId(response.headers()), secrets),
                Redaction.scrub(response.bodyAsString(), secrets),
                serverMessage,
                fieldErrors,
                retryAfter);
        return new DescribedError(error, bodyProblem, secrets, apiKeyVariables);
    }

    /**
     * Finds the request id in the common request-id headers.
     *
     * @param headers response headers
     * @return the id, or null
     */
    @Nullable
    public static String requestId(HttpHeaders headers) {
        for (String name : REQUEST_ID_HEADERS) {
            String value = headers.first(name);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    /**
     * @param error the error response, scrubbed
     * @param bodyProblem why the body was not read, or null
     * @param secrets values to scrub from the message
     * @param apiKeyVariables the environment variables the client reads its API key from, named in a 401's message
     * @return the exception message: status, reason, call, and what the server or the SDK says about it
     */
    static String message(
            ErrorResponse error,
            @Nullable String bodyProblem,
            Collection<String> secrets,
            List<String> apiKeyVariables) {
        String message = Redaction.scrub(describeStatus(error, bodyProblem), secrets);
        return error.status() == 401 ? message + apiKeyHint(apiKeyVariables) : message;
    }

    private static String describeStatus(ErrorResponse error, @Nullable String bodyProblem) {
        StringBuilder out = new StringBuilder();
        out.append("HTTP ").append(error.status());
        String reason = StatusReasons.of(error.status());
        if (reason != null) {
            out.append(' ').append(reason);
        }
        out.append(" from ").append(error.method()).append(' ').append(error.path());
        if (Redirects.isRedirect(error.status())) {
            String location = error.headers().first("location");
            out.append(": redirect");
            if (location != null) {
                out.append(" to ").append(location);
            }
            out.append(" not followed (the SDK never follows redirects; check the base URL)");
        } else if (bodyProblem != null) {
            out.append(" (body not read: ").append(bodyProblem).append(')');
        } else if (error.serverMessage() != null) {
            out.append(": ").append(error.serverMessage());
        } else if (error.rawBody().isEmpty()) {
            out.append(" (empty body)");
        } else {
            out.append(" (body is not a recognised JSON error; see rawBody())");
        }
        if (!error.fieldErrors().isEmpty() && !fieldErrorsInMessage(error)) {
            out.append(" [");
            boolean first = true;
            for (FieldError fieldError : error.fieldErrors()) {
                if (!first) {
                    out.append("; ");
                }
                out.append(fieldError);
                first = false;
            }
            out.append(']');
        }
        if (error.retryAfter() != null) {
            out.append(" (retry after ").append(error.retryAfter().toMillis()).append(" ms)");
        }
        if (error.requestId() != null) {
            out.append(" (request id ").append(error.requestId()).append(')');
        }
        return out.toString();
    }

    /**
     * What a 401 adds to its message: which settings hold the key the server refused. The variable names come from
     * the vendor client ({@code VendorDescription}'s API-key variables); they are added after scrubbing, since they are
     * names, not values.
     */
    static String apiKeyHint(List<String> variables) {
        StringBuilder hint = new StringBuilder("; the API key was refused: check the key set with the client")
                .append(" builder's apiKey(...)");
        if (!variables.isEmpty()) {
            List<String> properties = new ArrayList<>(variables.size());
            for (String variable : variables) {
                properties.add(ConfigSource.propertyName(variable));
            }
            hint.append(" or read by fromEnv() from ")
                    .append(variables.size() == 1 ? "the environment variable " : "the environment variables ")
                    .append(String.join(" or ", variables))
                    .append(variables.size() == 1 ? " (system property " : " (system properties ")
                    .append(String.join(" or ", properties))
                    .append(')');
        }
        return hint.toString();
    }

    private static boolean fieldErrorsInMessage(ErrorResponse error) {
        String message = error.serverMessage();
        return message != null && message.contains(error.fieldErrors().get(0).message());
    }
}
