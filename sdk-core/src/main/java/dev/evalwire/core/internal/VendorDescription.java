package dev.evalwire.core.internal;

import dev.evalwire.core.Authentication;
import dev.evalwire.core.ConfigSource;
import dev.evalwire.core.internal.errors.ErrorShapes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.annotation.Nullable;

/**
 * What a vendor builder tells {@link dev.evalwire.core.ClientBuilder} about its vendor: the short name, the
 * default base URL, how the API key becomes an {@link Authentication}, which error-body shapes its API sends,
 * which configuration variables it reads and how the client is made from the executor. Keeps these hooks out of the builders' public API.
 *
 * @param <B> the vendor's builder type
 * @param <C> the vendor's client type
 */
public final class VendorDescription<B, C> {

    private final String vendor;
    private final Function<? super B, String> defaultBaseUrl;
    private final Function<String, Authentication> authentication;
    private final ErrorShapes errorShapes;
    private final BiConsumer<? super B, ConfigSource> configReader;
    private final BiFunction<? super B, ApiExecutor, C> factory;
    private final List<String> apiKeyVariables;

    /**
     * @param vendor the vendor's short name, for the User-Agent
     * @param defaultBaseUrl the base URL when none was set, worked out from the builder when the client is built
     * @param authentication makes the auth strategy from the API key set so far (null when none was set)
     * @param errorShapes the vendor's own error-body shapes, read after the generic ones
     * @param configReader reads the vendor's own variables into the builder; called by {@code fromEnv}
     * @param factory makes the client from the builder and the executor its calls run on
     * @param apiKeyVariables the environment variables {@code fromEnv} reads the API key from, in order; the message of
     *     a 401 names them
     * @throws NullPointerException for any null argument
     */
    public VendorDescription(
            String vendor,
            Function<? super B, String> defaultBaseUrl,
            Function<String, Authentication> authentication,
            ErrorShapes errorShapes,
            BiConsumer<? super B, ConfigSource> configReader,
            BiFunction<? super B, ApiExecutor, C> factory,
            String... apiKeyVariables) {
        this.vendor = Objects.requireNonNull(vendor, "vendor");
        this.defaultBaseUrl = Objects.requireNonNull(defaultBaseUrl, "defaultBaseUrl");
        this.authentication = Objects.requireNonNull(authentication, "authentication");
        this.errorShapes = Objects.requireNonNull(errorShapes, "errorShapes");
        this.configReader = Objects.requireNonNull(configReader, "configReader");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.apiKeyVariables = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(apiKeyVariables)));
    }

    /** @return the environment variables the API key is read from, in order; unmodifiable */
    public List<String> apiKeyVariables() {
        return apiKeyVariables;
    }

    /** @return the vendor's short name */
    public String vendor() {
        return vendor;
    }

    /**
     * @param builder the builder being built
     * @return the base URL to use when none was set
     */
    public String defaultBaseUrl(B builder) {
        return defaultBaseUrl.apply(builder);
    }

    /**
     * @param apiKey the API key set on the builder, or null
     * @return the auth strategy; it rejects a missing or malformed key
     */
    public Authentication authentication(@Nullable String apiKey) {
        return authentication.apply(apiKey);
    }

    /** @return the vendor's own error-body shapes */
    public ErrorShapes errorShapes() {
        return errorShapes;
    }

    /**
     * @param builder the builder to configure
     * @param source where to read
     */
    public void readConfig(B builder, ConfigSource source) {
        configReader.accept(builder, source);
    }

    /**
     * @param builder the builder being built
     * @param executor the executor the client's calls run on
     * @return the client
     */
    public C client(B builder, ApiExecutor executor) {
        return factory.apply(builder, executor);
    }

    /**
     * Returns the first of several variables that is set.
     *
     * @param source where to read
     * @param names variable names in order of preference
     * @return the value, or null when none is set
     */
    @Nullable
    public static String firstSet(ConfigSource source, String... names) {
        for (String name : names) {
            String value = source.get(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
