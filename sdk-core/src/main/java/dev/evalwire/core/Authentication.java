package dev.evalwire.core;

import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.internal.HeaderValues;
import dev.evalwire.core.internal.Redaction;
import java.util.Objects;

/**
 * How a client proves who it is: {@link #bearer} sends {@code Authorization: Bearer <key>},
 * {@link #apiKeyHeader} sends the key in a header of its own (Scale's {@code x-api-key}).
 *
 * <p>Both factories reject a null, empty or whitespace-only key, and a key with a line break or a character
 * outside printable ASCII, with a message that names the environment variable to set. No public method gives the
 * key back, and {@link #toString()} never shows it.
 */
public final class Authentication {

    private final String headerName;
    private final String headerValue;
    private final String apiKey;

    private Authentication(String headerName, String headerValue, String apiKey) {
        this.headerName = headerName;
        this.headerValue = headerValue;
        this.apiKey = apiKey;
    }

    /**
     * Bearer authentication: {@code Authorization: Bearer <apiKey>}.
     *
     * @param apiKey the API key
     * @param envVar the environment variable users set the key in, named in error messages
     * @return the strategy
     * @throws IllegalArgumentException if the key is null, blank, or not a valid header value
     */
    public static Authentication bearer(String apiKey, String envVar) {
        String key = checkKey(apiKey, envVar);
        return new Authentication("Authorization", "Bearer " + key, key);
    }

    /**
     * API-key-header authentication: {@code <headerName>: <apiKey>}.
     *
     * @param headerName the header that carries the key, for example {@code x-api-key}
     * @param apiKey the API key
     * @param envVar the environment variable users set the key in, named in error messages
     * @return the strategy
     * @throws IllegalArgumentException if the key is null, blank, or not a valid header value
     */
    public static Authentication apiKeyHeader(String headerName, String apiKey, String envVar) {
        HeaderValues.checkName(headerName);
        return new Authentication(headerName, checkKey(apiKey, envVar), apiKey);
    }

    private static String checkKey(String apiKey, String envVar) {
        String hint = "set the " + envVar + " environment variable or pass the key to the client builder's apiKey(...)";
        if (apiKey == null) {
            throw new IllegalArgumentException("API key is missing: " + hint);
        }
        if (apiKey.trim().isEmpty()) {
            throw new IllegalArgumentException("API key is empty or only whitespace: " + hint);
        }
        HeaderValues.checkValue("API key", apiKey, hint);
        if (!apiKey.equals(apiKey.trim())) {
            throw new IllegalArgumentException("API key starts or ends with whitespace: " + hint);
        }
        return apiKey;
    }

    /** @return the name of the header this strategy sets */
    public String headerName() {
        return headerName;
    }

    /** @return the credential header, for the client's settings only: users cannot read the key back */
    HttpHeaders header() {
        return HttpHeaders.builder().set(headerName, headerValue).build();
    }

    /** @return the raw API key, for the client's settings only (to scrub it from text); never log or print it */
    String secret() {
        return apiKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Authentication
                && headerName.equals(((Authentication) o).headerName)
                && headerValue.equals(((Authentication) o).headerValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(headerName, headerValue);
    }

    /** @return the header name with the key masked */
    @Override
    public String toString() {
        return "Authentication{" + headerName + ": " + Redaction.MASK + "}";
    }
}
