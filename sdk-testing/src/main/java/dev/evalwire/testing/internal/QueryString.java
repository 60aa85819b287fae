package dev.evalwire.testing.internal;

import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Reads parameters from a raw query string. */
public final class QueryString {

    private QueryString() {}

    /**
     * The decoded value of the first {@code name} parameter, {@code ""} for a bare {@code name},
     * or {@code null} when absent.
     */
    public static String first(String rawQuery, String name) {
        List<String> values = all(rawQuery, name);
        return values.isEmpty() ? null : values.get(0);
    }

    /**
     * The decoded values of every {@code name} parameter in order ({@code ""} for a bare {@code
     * name}); empty when absent.
     */
    public static List<String> all(String rawQuery, String name) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Collections.emptyList();
        }
        List<String> values = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (key.equals(name)) {
                values.add(eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return values;
    }

    /**
     * The first {@code name} parameter as a boolean: {@code true} or {@code false} (any case), or
     * {@code absent} when the parameter is not there.
     *
     * @throws BadParameterException for any other value
     */
    public static boolean flag(String rawQuery, String name, boolean absent) {
        String value = first(rawQuery, name);
        if (value == null) {
            return absent;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new BadParameterException(name, "invalid value \"" + value + "\", expected true or false");
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, "UTF-8");
        } catch (UnsupportedEncodingException | IllegalArgumentException e) {
            return s;
        }
    }
}
