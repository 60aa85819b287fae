package dev.evalwire.core;

import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.internal.ApiExecutor;
import dev.evalwire.core.internal.errors.ErrorShapes;

/**
 * A minimal client builder over sdk-core, standing in for a vendor client in core tests. Its sleeper returns at
 * once, so no test waits for real between retries, even when a change to the code (or a mutant) makes it retry;
 * tests that look at the waits set their own sleeper.
 */
final class TestClient extends ClientBuilder<TestClient> {

    private boolean headerAuth;
    private HttpHeaders vendorHeaders = HttpHeaders.empty();
    private ErrorShapes errorShapes = ErrorShapes.GENERIC;

    TestClient() {
        sleeper(duration -> { });
    }

    @Override
    protected TestClient self() {
        return this;
    }

    @Override
    protected void readConfig(ConfigSource source) {
        String key = firstSet(source, "TEST_API_KEY");
        if (key != null) {
            apiKey(key);
        }
    }

    TestClient headerAuth() {
        this.headerAuth = true;
        return this;
    }

    TestClient vendorHeader(String name, String value) {
        this.vendorHeaders = HttpHeaders.builder().set(name, value).build();
        return this;
    }

    TestClient errorShapes(ErrorShapes shapes) {
        this.errorShapes = shapes;
        return this;
    }

    ApiExecutor build() {
        Authentication auth = headerAuth
                ? Authentication.apiKeyHeader("x-api-key", apiKey(), "TEST_API_KEY")
                : Authentication.bearer(apiKey(), "TEST_API_KEY");
        return buildExecutor("test", "https://api.example.invalid", auth, vendorHeaders, errorShapes);
    }
}
