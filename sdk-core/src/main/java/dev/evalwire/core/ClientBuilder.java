package dev.evalwire.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.http.HttpTransport;
import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.BaseUrls;
import dev.evalwire.core.internal.ClientSettings;
import dev.evalwire.core.internal.HeaderValues;
import dev.evalwire.core.internal.VendorDescription;
import dev.evalwire.core.internal.http.OkHttpTransport;
import dev.evalwire.core.internal.json.JsonMapperFactory;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javax.annotation.Nullable;
import okhttp3.OkHttpClient;

/**
 * The settings every Evalwire client shares: API key, base URL, timeouts, retry policy, a user's own
 * {@link OkHttpClient} or {@link HttpTransport}, extra headers, and the sleeper and clock used between retries.
 * Each vendor client's builder extends this one.
 *
 * <p>Setters reject bad input at once (null, negative durations, headers with CR/LF or non-ASCII); the API key
 * and base URL are checked when the client is built.
 *
 * @param <B> the concrete builder type
 * @param <C> the client type it builds
 */
public abstract class ClientBuilder<B extends ClientBuilder<B, C>, C> {

    /** Default cap on the size of a response body: 32 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;

    @Nullable
    private String apiKey;

    @Nullable
    private String baseUrl;

    @Nullable
    private Timeouts timeouts;

    private RetryPolicy retryPolicy = RetryPolicy.defaults();

    @Nullable
    private OkHttpClient okHttpClient;

    @Nullable
    private HttpTransport transport;

    @Nullable
    private ExecutorService asyncExecutor;

    @Nullable
    private ConcurrencyLimits concurrencyLimits;

    private Sleeper sleeper = Sleeper.system();
    private Clock clock = Clock.systemUTC();
    private boolean allowInsecureHttp;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private final HttpHeaders.Builder headers = HttpHeaders.builder();

    @Nullable
    private LogLevel logLevel;

    @Nullable
    private Consumer<? super ObjectMapper> objectMapperCustomizer;

    private ConfigSource configSource = ConfigSource.system();

    private final VendorDescription<B, C> vendor;

    /**
     * For the vendor builders.
     *
     * @param vendor what the vendor builder says about its vendor
     */
    protected ClientBuilder(VendorDescription<B, C> vendor) {
        this.vendor = Objects.requireNonNull(vendor, "vendor");
    }

    /**
     * @param apiKey the API key; checked when the client is built
     * @return this builder
     */
    public B apiKey(String apiKey) {
        this.apiKey = apiKey;
        return self();
    }

    /**
     * @param baseUrl the API's base URL without the API path, for example {@code https://api.example.com}; must
     *     be https unless it points at loopback ({@code 127.x.y.z} as four decimal octets, {@code [::1]} or
     *     {@code localhost}) or {@link #allowInsecureHttp(boolean)} is set; no query, fragment or user info
     * @return this builder
     */
    public B baseUrl(String baseUrl) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        return self();
    }

    /**
     * @param allow true to allow plain {@code http} base URLs to hosts other than loopback
     * @return this builder
     */
    public B allowInsecureHttp(boolean allow) {
        this.allowInsecureHttp = allow;
        return self();
    }

    /**
     * @param timeouts connect, read, write and whole-call timeouts (defaults: {@link Timeouts#defaults()})
     * @return this builder
     */
    public B timeouts(Timeouts timeouts) {
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
        return self();
    }

    /**
     * @param retryPolicy when and how long to retry (defaults: {@link RetryPolicy#defaults()})
     * @return this builder
     */
    public B retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return self();
    }

    /**
     * Sets the number of retries, keeping the rest of the retry policy.
     *
     * @param maxRetries 0 to 100; 0 disables retries
     * @return this builder
     */
    public B maxRetries(int maxRetries) {
        this.retryPolicy = retryPolicy.toBuilder().maxRetries(maxRetries).build();
        return self();
    }

    /**
     * Shares a user's OkHttp client: its connection pool, dispatcher and interceptors are used, and it is not
     * closed with this client. Timeouts set on this builder are applied on top; without them the shared
     * client's own timeouts stay.
     *
     * @param client the client to share
     * @return this builder
     */
    public B okHttpClient(OkHttpClient client) {
        this.okHttpClient = Objects.requireNonNull(client, "okHttpClient");
        return self();
    }

    /**
     * Replaces the HTTP transport entirely (for in-memory tests and benchmarks). The transport is not closed
     * with this client.
     *
     * @param transport the transport
     * @return this builder
     */
    public B transport(HttpTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        return self();
    }

    /**
     * Sets where async calls complete their futures, so that your {@code thenApply}/{@code whenComplete} stages
     * run there. By default a future completes on the thread that ends the call (one of OkHttp's dispatcher
     * threads, or the client's retry thread); no thread is held while a call waits, either way.
     *
     * @param executor completes the futures of async calls
     * @return this builder
     */
    public B asyncExecutor(ExecutorService executor) {
        this.asyncExecutor = Objects.requireNonNull(executor, "asyncExecutor");
        return self();
    }

    /**
     * Sets how many calls the SDK's own OkHttp client runs at once (default {@link ConcurrencyLimits#defaults()}:
     * 64, all of them to the vendor's one host). Async calls beyond the limit wait in OkHttp's queue without
     * holding a thread. Not allowed together with {@link #okHttpClient(OkHttpClient)}: a shared client's
     * {@code Dispatcher} sets its limits.
     *
     * @param limits the limits
     * @return this builder
     */
    public B concurrencyLimits(ConcurrencyLimits limits) {
        this.concurrencyLimits = Objects.requireNonNull(limits, "concurrencyLimits");
        return self();
    }

    /**
     * @param sleeper waits between retries (tests inject a recording one)
     * @return this builder
     */
    public B sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return self();
    }

    /**
     * @param clock the clock {@code Retry-After} dates are measured against
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * @param maxResponseBytes the largest response body accepted, at least 1 KiB (default 32 MiB)
     * @return this builder
     * @throws IllegalArgumentException below 1024
     */
    public B maxResponseBytes(long maxResponseBytes) {
        if (maxResponseBytes < 1024) {
            throw new IllegalArgumentException("maxResponseBytes must be at least 1024, was " + maxResponseBytes);
        }
        this.maxResponseBytes = maxResponseBytes;
        return self();
    }

    /**
     * Adds a header to every call of the client.
     *
     * @param name header name
     * @param value header value: printable ASCII, no CR or LF
     * @return this builder
     * @throws IllegalArgumentException for an invalid name or value
     */
    public B header(String name, String value) {
        headers.set(HeaderValues.checkName(name), HeaderValues.checkValue(name, value, ""));
        return self();
    }

    /**
     * Sets how much of each call is logged (default: the {@code EVALWIRE_LOG} environment variable or
     * {@code evalwire.log} system property, else {@link LogLevel#OFF}).
     *
     * @param logLevel the level
     * @return this builder
     */
    public B logLevel(LogLevel logLevel) {
        this.logLevel = Objects.requireNonNull(logLevel, "logLevel");
        return self();
    }

    /**
     * Customises the Jackson {@link ObjectMapper} this client writes request bodies and reads responses with, for
     * example to register a module for your own types placed in free-form maps ({@code metadata},
     * {@code configurations}). The customiser runs on a copy made for this client (the SDK's shared mapper is
     * never changed); afterwards the SDK re-applies the settings its wire format depends on, so they win: fields
     * left unset are left out while explicit clears are sent as {@code null}, unknown response fields are
     * tolerated, dates stay ISO-8601 with their offsets, and the SDK's serializers for its three-state values
     * take precedence.
     *
     * <pre>{@code
     * FireworksClient client = FireworksClient.builder()
     *     .apiKey(key)
     *     .objectMapperCustomizer(mapper -> mapper.registerModule(new MyTypesModule()))
     *     .build();
     * }</pre>
     *
     * @param customizer called once, when the client is built
     * @return this builder
     */
    public B objectMapperCustomizer(Consumer<? super ObjectMapper> customizer) {
        this.objectMapperCustomizer = Objects.requireNonNull(customizer, "objectMapperCustomizer");
        return self();
    }

    /**
     * Reads the API key, base URL and other settings from {@link ConfigSource#system()}: system properties
     * first, then environment variables. Which variables each vendor reads is listed in its client's Javadoc.
     *
     * @return this builder
     */
    public B fromEnv() {
        return fromEnv(ConfigSource.system());
    }

    /**
     * Reads the API key, base URL and other settings from {@code source}; settings not found there are left
     * as they are. Values set later on this builder win.
     *
     * @param source where to read
     * @return this builder
     */
    public B fromEnv(ConfigSource source) {
        this.configSource = Objects.requireNonNull(source, "source");
        String level = source.get("EVALWIRE_LOG");
        if (level != null) {
            this.logLevel = LogLevel.parse(level);
        }
        vendor.readConfig(self(), source);
        return self();
    }

    /**
     * Resolves the settings and builds the client.
     *
     * @return the client
     * @throws IllegalArgumentException for a missing or malformed API key (the message names the variable the
     *     client reads it from), an invalid base URL, or concurrency limits set with a shared OkHttp client
     */
    public C build() {
        B builder = self();
        Authentication authentication = vendor.authentication(apiKey);
        String url = BaseUrls.normalize(baseUrl != null ? baseUrl : vendor.defaultBaseUrl(builder), allowInsecureHttp);
        if (concurrencyLimits != null && okHttpClient != null) {
            throw new IllegalArgumentException("concurrencyLimits applies to the SDK's own OkHttpClient; with"
                    + " okHttpClient(...), set the limits on that client's Dispatcher instead");
        }
        boolean ownsTransport = transport == null;
        HttpTransport resolved = transport != null
                ? transport
                : OkHttpTransport.create(
                        okHttpClient,
                        timeouts,
                        maxResponseBytes,
                        concurrencyLimits != null ? concurrencyLimits : ConcurrencyLimits.defaults());
        return vendor.client(
                builder,
                new ApiExecutor(new ClientSettings(
                        vendor.vendor(),
                        url,
                        authentication.header(),
                        authentication.secret(),
                        headers.build(),
                        resolved,
                        ownsTransport,
                        objectMapperCustomizer == null
                                ? JsonMapperFactory.shared()
                                : JsonMapperFactory.customized(objectMapperCustomizer),
                        retryPolicy,
                        sleeper,
                        clock,
                        asyncExecutor,
                        resolvedLogLevel(),
                        vendor.errorShapes(),
                        vendor.apiKeyVariables())));
    }

    /** The builder typed as the vendor's own; sound because the vendor builder passes itself as {@code B}. */
    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    private LogLevel resolvedLogLevel() {
        return logLevel != null ? logLevel : LogLevel.parse(configSource.get("EVALWIRE_LOG"));
    }
}
