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
    private final String userAgent;
    /** User-Agent, Accept, the client's default headers and auth: the whole header set of a call without extras. */
    private final HttpHeaders fixedHeaders;

    RequestWriter(ClientSettings settings) {
        this.settings = settings;
        this.userAgent = UserAgent.forVendor(settings.vendor);
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
                request.method(), url(request), headers, body, body == null ? null : JSON, options.timeouts());
    }

    /** Headers in order of precedence, later ones replacing earlier ones; auth always wins. */
    private HttpHeaders headers(HttpHeaders perRequest, HttpHeaders perCall) {
        HttpHeaders.Builder headers =
                HttpHeaders.builder().set("User-Agent", userAgent).set("Accept", JSON);
        copy(settings.defaultHeaders, headers);
        copy(perRequest, headers);
        copy(perCall, headers);
        copy(settings.credentials, headers);
        return headers.build();
    }

    private String url(ApiRequest request) {
        String path = request.path();
        StringBuilder url = new StringBuilder(settings.baseUrl.length() + path.length() + 32)
                .append(settings.baseUrl)
                .append(path);
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
