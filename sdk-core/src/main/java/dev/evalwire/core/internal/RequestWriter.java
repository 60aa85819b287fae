package dev.evalwire.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.evalwire.core.RequestOptions;
import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.http.HttpRequest;
import java.util.Map;

/**
 * Turns a vendor call and its options into the HTTP request: the absolute URL with its encoded query, the merged
 * headers (credentials always last, so that no other header replaces them) and the JSON body. One per client.
 */
final class RequestWriter {

    private static final String JSON = "application/json";

    private final ClientSettings settings;
    /** User-Agent, Accept and the client's default headers: what every call sends before its own headers. */
    private final HttpHeaders baseHeaders;
    /** The base headers and auth: the whole header set of a call without extras. */
    private final HttpHeaders fixedHeaders;

    RequestWriter(ClientSettings settings) {
        this.settings = settings;
        HttpHeaders.Builder base = HttpHeaders.builder()
                .set("User-Agent", UserAgent.forVendor(settings.vendor))
                .set("Accept", JSON);
        copy(settings.defaultHeaders, base);
        this.baseHeaders = base.build();
        this.fixedHeaders = headers(HttpHeaders.empty(), HttpHeaders.empty());
    }

    /**
     * @param request the call
     * @param options the call's options
     * @return the HTTP request
     * @throws IllegalArgumentException when the body cannot be written as JSON
     */
    HttpRequest write(ApiRequest request, RequestOptions options) {
        HttpHeaders headers =
                request.headers().isEmpty() && options.extraHeaders().isEmpty()
                        ? fixedHeaders
                        : headers(request.headers(), options.extraHeaders());
        byte[] body = null;
        if (request.body() != null) {
            try {
                body = settings.mapper.writeValueAsBytes(request.body());
            } catch (JsonProcessingException unserializable) {
                throw new IllegalArgumentException(
                        "request body could not be written as JSON: " + unserializable.getOriginalMessage(),
                        unserializable);
            }
        }
        return new HttpRequest(
                request.method(),
                settings.baseUrl,
                target(request),
                headers,
                body,
                body == null ? null : JSON,
                options.timeouts());
    }

    /**
     * Headers in order of precedence, later ones replacing earlier ones; auth always wins. The base set's names are
     * already lower case, so a call's header set shares them instead of lower-casing them again.
     */
    private HttpHeaders headers(HttpHeaders perRequest, HttpHeaders perCall) {
        HttpHeaders.Builder headers = HttpHeaders.builder();
        copy(baseHeaders, headers);
        copy(perRequest, headers);
        copy(perCall, headers);
        copy(settings.credentials, headers);
        return headers.build();
    }

    /** @return the path and the encoded query; the request's own path string when there is no query */
    private static String target(ApiRequest request) {
        String path = request.path();
        if (request.query().isEmpty()) {
            return path;
        }
        StringBuilder url = new StringBuilder(path.length() + 32).append(path);
        char separator = '?';
        for (Map.Entry<String, String> parameter : request.query().entrySet()) {
            url.append(separator)
                    .append(PathEncoding.encode(parameter.getKey()))
                    .append('=')
                    .append(PathEncoding.encode(parameter.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    private static void copy(HttpHeaders from, HttpHeaders.Builder to) {
        for (int i = 0; i < from.size(); i++) {
            to.set(from.name(i), from.value(i));
        }
    }
}
