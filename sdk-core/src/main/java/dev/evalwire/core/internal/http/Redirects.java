package dev.evalwire.core.internal.http;

import okhttp3.OkHttpClient;

/**
 * The SDK's one rule on redirects: never follow one. OkHttp would re-send credential headers other than
 * {@code Authorization} to a new origin, follow https to http, and turn a {@code PUT} or {@code PATCH} into a
 * body-less {@code GET}; so the transport turns following off and every 3xx is answered with an exception.
 */
public final class Redirects {

    private Redirects() {}

    /**
     * Turns off following redirects, plain and https-to-http, on a builder (derived with
     * {@link OkHttpClient#newBuilder()} from a user's client, which stays unchanged).
     *
     * @param builder the builder of the SDK's client
     * @return the same builder
     */
    public static OkHttpClient.Builder neverFollow(OkHttpClient.Builder builder) {
        return builder.followRedirects(false).followSslRedirects(false);
    }

    /**
     * @param status an HTTP status
     * @return true for 300 to 399, which the SDK neither follows nor retries
     */
    public static boolean isRedirect(int status) {
        return status >= 300 && status <= 399;
    }
}
