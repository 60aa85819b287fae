package dev.evalwire.benchmarks;

import java.net.http.HttpClient;
import okhttp3.OkHttpClient;

/**
 * Where a call goes: a base URL plus, for in-memory runs, the clients that answer without a network.
 * Null clients mean "each variant builds its own default client", as a user would.
 */
public final class Target {

    /** The API key every variant sends. */
    public static final String API_KEY = "bench-key-0123456789";

    private final String baseUrl;
    private final OkHttpClient okHttp;
    private final HttpClient.Builder jdkHttp;

    private Target(String baseUrl, OkHttpClient okHttp, HttpClient.Builder jdkHttp) {
        this.baseUrl = baseUrl;
        this.okHttp = okHttp;
        this.jdkHttp = jdkHttp;
    }

    /**
     * No network: raw and evalwire share an OkHttp client whose interceptor answers with the canned body, the
     * generated client gets an in-memory {@link HttpClient}.
     *
     * @param vendor whose canned body to answer with
     * @return the target
     */
    public static Target inMemory(Vendor vendor) {
        return new Target(
                "http://127.0.0.1:9",
                new OkHttpClient.Builder()
                        .addInterceptor(new CannedInterceptor(vendor.cannedResponse()))
                        .build(),
                new InMemoryHttpClient.Builder(vendor.cannedResponse()));
    }

    /**
     * A real HTTP server; every variant uses its library's default client.
     *
     * @param baseUrl for example {@code http://127.0.0.1:41234}
     * @return the target
     */
    public static Target server(String baseUrl) {
        return new Target(baseUrl, null, null);
    }

    /** @return the base URL, no trailing slash */
    public String baseUrl() {
        return baseUrl;
    }

    /** @return the OkHttp client to use, or null to build a default one */
    public OkHttpClient okHttp() {
        return okHttp;
    }

    /** @return the JDK client builder to use, or null for the generated client's default */
    public HttpClient.Builder jdkHttp() {
        return jdkHttp;
    }

    /**
     * Creates a vendor's call made one way.
     *
     * @param variant raw, evalwire or generated
     * @param vendor the vendor
     * @return the call; close it when done
     */
    public UpdateCall create(Variant variant, Vendor vendor) {
        switch (variant) {
            case RAW:
                return dev.evalwire.benchmarks.raw.RawCalls.create(vendor, this);
            case EVALWIRE:
                return dev.evalwire.benchmarks.sdk.SdkCalls.create(vendor, this);
            case GENERATED:
                return dev.evalwire.benchmarks.openapi.GeneratedCalls.create(vendor, this);
            default:
                throw new IllegalArgumentException(variant.toString());
        }
    }
}
