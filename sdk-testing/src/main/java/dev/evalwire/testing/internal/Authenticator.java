package dev.evalwire.testing.internal;

import dev.evalwire.testing.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/** Decides whether a request carries the sandbox's key, in the vendor's header. */
public abstract class Authenticator {

    private final String apiKey;

    Authenticator(String apiKey) {
        this.apiKey = checkKey(apiKey);
    }

    /** {@code Authorization: Bearer <key>} (scheme name case-insensitive). */
    public static Authenticator bearer(String apiKey) {
        return new Authenticator(apiKey) {
            @Override
            public boolean accepts(RecordedRequest request) {
                String value = request.header("Authorization");
                if (value == null || value.length() < 7) {
                    return false;
                }
                return value.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")
                        && matches(value.substring(7).trim());
            }
        };
    }

    /** The key alone in the named header, e.g. {@code x-api-key: <key>}. */
    public static Authenticator header(final String headerName, String apiKey) {
        return new Authenticator(apiKey) {
            @Override
            public boolean accepts(RecordedRequest request) {
                String value = request.header(headerName);
                return value != null && matches(value.trim());
            }
        };
    }

    /** Whether the request may proceed. */
    public abstract boolean accepts(RecordedRequest request);

    /** The key this authenticator accepts. */
    public String apiKey() {
        return apiKey;
    }

    boolean matches(String presented) {
        return MessageDigest.isEqual(
                presented.getBytes(StandardCharsets.UTF_8), apiKey.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Rejects keys that no client could send in a header.
     *
     * @throws NullPointerException for {@code null}
     * @throws IllegalArgumentException for a blank key or one with spaces or control characters
     */
    public static String checkKey(String apiKey) {
        if (apiKey == null) {
            throw new NullPointerException("apiKey must not be null");
        }
        if (apiKey.trim().isEmpty()) {
            throw new IllegalArgumentException("apiKey must not be blank");
        }
        for (int i = 0; i < apiKey.length(); i++) {
            char c = apiKey.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw new IllegalArgumentException(
                        "apiKey must be printable ASCII without spaces (a header value), got a character 0x"
                                + Integer.toHexString(c));
            }
        }
        return apiKey;
    }
}
