package dev.evalwire.core;

import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.VendorDescription;
import dev.evalwire.core.internal.errors.ErrorShapes;

/**
 * A minimal client builder over sdk-core, standing in for a vendor client in core tests: the "client" it builds
 * is the executor itself. Its sleeper returns at once, so no test waits for real between retries, even when a
 * change to the code (or a mutant) makes it retry; tests that look at the waits set their own sleeper.
 */
final class TestClient extends ClientBuilder<TestClient, ApiExecutor> {

    /** A builder whose client authenticates with {@code Authorization: Bearer}. */
    TestClient() {
        this(false);
    }

    /** @param headerAuth true to authenticate with an {@code x-api-key} header instead */
    TestClient(boolean headerAuth) {
        this(headerAuth, ErrorShapes.GENERIC);
    }

    /**
     * @param headerAuth true to authenticate with an {@code x-api-key} header instead
     * @param errorShapes the error-body shapes the "vendor" adds to the generic ones
     */
    TestClient(boolean headerAuth, ErrorShapes errorShapes) {
        this(headerAuth, errorShapes, new String[0]);
    }

    /**
     * @param apiKeyVariables the environment variables the "vendor" reads its key from, named in a 401's message
     * @return a builder whose client authenticates with {@code Authorization: Bearer}
     */
    static TestClient withKeyVariables(String... apiKeyVariables) {
        return new TestClient(false, ErrorShapes.GENERIC, apiKeyVariables);
    }

    private TestClient(boolean headerAuth, ErrorShapes errorShapes, String... apiKeyVariables) {
        super(new VendorDescription<TestClient, ApiExecutor>(
                "test",
                builder -> "https://api.example.invalid",
                key -> headerAuth
                        ? Authentication.apiKeyHeader("x-api-key", key, "TEST_API_KEY")
                        : Authentication.bearer(key, "TEST_API_KEY"),
                errorShapes,
                TestClient::readConfig,
                (builder, executor) -> executor,
                apiKeyVariables));
        sleeper(duration -> {});
    }

    private static void readConfig(TestClient builder, ConfigSource source) {
        String key = VendorDescription.firstSet(source, "TEST_API_KEY");
        if (key != null) {
            builder.apiKey(key);
        }
    }
}
