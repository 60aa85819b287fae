package dev.evalwire.testing.internal;

import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;

/** Reads parameters from a raw query string. */
public final class QueryString {

    private QueryString() {}

    /**
     * The decoded value of the first {@code name} parameter, {@code ""} for a bare {@code name},
     * or {@code null} when absent.
     */
    public static String first(String rawQuery, String name) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (key.equals(name)) {
                return eq < 0 ? "" : decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, "UTF-8");
        } catch (UnsupportedEncodingException | IllegalArgumentException e) {
            return s;
        }
    }
}
