package dev.evalwire.fireworks.internal;

/**
 * Normalises a {@code FIREWORKS_BASE_URL} value: many setups point it at the OpenAI-compatible inference API
 * ({@code https://api.fireworks.ai/inference/v1}), while this SDK adds {@code /v1/...} itself, so a trailing
 * {@code /inference/v1}, {@code /inference} or {@code /v1} (and a trailing slash) is removed.
 */
public final class FireworksBaseUrl {

    private static final String[] SUFFIXES = {"/inference/v1", "/inference", "/v1"};

    private FireworksBaseUrl() {}

    /**
     * @param url the configured URL
     * @return the URL without surrounding whitespace, a trailing slash or one of the API path suffixes
     */
    public static String fromConfig(String url) {
        String trimmed = url.trim();
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        for (String suffix : SUFFIXES) {
            if (trimmed.endsWith(suffix)) {
                return trimmed.substring(0, trimmed.length() - suffix.length());
            }
        }
        return trimmed;
    }
}
