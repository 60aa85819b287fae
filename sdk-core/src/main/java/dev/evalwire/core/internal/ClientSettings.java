package dev.evalwire.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalwire.core.Authentication;
import dev.evalwire.core.LogLevel;
import dev.evalwire.core.RetryPolicy;
import dev.evalwire.core.Sleeper;
import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.http.HttpTransport;
import dev.evalwire.core.internal.errors.ErrorShapes;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javax.annotation.Nullable;

/** Everything an {@link ApiExecutor} needs, checked and resolved by the client builder. */
public final class ClientSettings {

    final String vendor;
    final String baseUrl;
    /** The credential header, sent with every call and replacing any header of the same name. */
    final HttpHeaders credentials;
    /** The API key, kept out of every message, log and printed header. */
    final String apiKey;

    final HttpHeaders defaultHeaders;
    final HttpTransport transport;
    final boolean ownsTransport;
    final ObjectMapper mapper;
    final RetryPolicy retryPolicy;
    final Sleeper sleeper;
    final Clock clock;

    @Nullable
    final ExecutorService asyncExecutor;

    final LogLevel logLevel;
    /** The vendor's own error-body shapes. */
    final ErrorShapes errorShapes;
    /** The environment variables the API key is read from, which the message of a 401 names. */
    final List<String> apiKeyVariables;

    /**
     * @param vendor the vendor's short name, for the User-Agent
     * @param baseUrl the normalised base URL (no trailing slash)
     * @param credentials the credential header that {@link Authentication} sends
     * @param apiKey the API key, to keep out of every message, log and printed header
     * @param defaultHeaders headers sent with every call (the builder's {@code header(...)} settings)
     * @param transport the HTTP transport
     * @param ownsTransport whether closing the client closes the transport
     * @param mapper the JSON mapper
     * @param retryPolicy the retry policy
     * @param sleeper waits between retries
     * @param clock measures HTTP-date Retry-After values
     * @param asyncExecutor completes the futures of async calls, or null to complete them on the thread that ends
     *     the call
     * @param logLevel how much of each call is logged
     * @param errorShapes the vendor's own error-body shapes, read after the generic ones
     * @param apiKeyVariables the environment variables the client reads its API key from, named in a 401's message
     */
    public ClientSettings(
            String vendor,
            String baseUrl,
            HttpHeaders credentials,
            String apiKey,
            HttpHeaders defaultHeaders,
            HttpTransport transport,
            boolean ownsTransport,
            ObjectMapper mapper,
            RetryPolicy retryPolicy,
            Sleeper sleeper,
            Clock clock,
            @Nullable ExecutorService asyncExecutor,
            LogLevel logLevel,
            ErrorShapes errorShapes,
            List<String> apiKeyVariables) {
        this.vendor = vendor;
        this.baseUrl = baseUrl;
        this.credentials = credentials;
        this.apiKey = apiKey;
        this.defaultHeaders = defaultHeaders;
        this.transport = transport;
        this.ownsTransport = ownsTransport;
        this.mapper = mapper;
        this.retryPolicy = retryPolicy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.asyncExecutor = asyncExecutor;
        this.logLevel = logLevel;
        this.errorShapes = errorShapes;
        this.apiKeyVariables = apiKeyVariables;
    }
}
