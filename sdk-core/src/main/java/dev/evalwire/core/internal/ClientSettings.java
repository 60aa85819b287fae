package dev.evalwire.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalwire.core.Authentication;
import dev.evalwire.core.LogLevel;
import dev.evalwire.core.RetryPolicy;
import dev.evalwire.core.Sleeper;
import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.http.HttpTransport;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import javax.annotation.Nullable;

/** Everything an {@link ApiExecutor} needs, checked and resolved by the client builder. */
public final class ClientSettings {

    final String vendor;
    final String baseUrl;
    final Authentication authentication;
    final HttpHeaders defaultHeaders;
    final HttpTransport transport;
    final boolean ownsTransport;
    final ObjectMapper mapper;
    final RetryPolicy retryPolicy;
    final Sleeper sleeper;
    final Clock clock;
    @Nullable final ExecutorService asyncExecutor;
    final LogLevel logLevel;

    /**
     * @param vendor the vendor's short name, for the User-Agent
     * @param baseUrl the normalised base URL (no trailing slash)
     * @param authentication the auth strategy
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
     */
    public ClientSettings(String vendor, String baseUrl, Authentication authentication, HttpHeaders defaultHeaders,
            HttpTransport transport, boolean ownsTransport, ObjectMapper mapper, RetryPolicy retryPolicy,
            Sleeper sleeper, Clock clock, @Nullable ExecutorService asyncExecutor, LogLevel logLevel) {
        this.vendor = vendor;
        this.baseUrl = baseUrl;
        this.authentication = authentication;
        this.defaultHeaders = defaultHeaders;
        this.transport = transport;
        this.ownsTransport = ownsTransport;
        this.mapper = mapper;
        this.retryPolicy = retryPolicy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.asyncExecutor = asyncExecutor;
        this.logLevel = logLevel;
    }
}
