package dev.evalwire.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Percent-encodes path segments and query components so that no value can change the shape of a URL:
 * everything except RFC 3986 unreserved characters ({@code A-Z a-z 0-9 - . _ ~}) is encoded, including
 * {@code /}, {@code ?}, {@code #}, {@code %} and spaces. User-supplied text goes through {@link #segment} or
 * {@link #query}, which first refuse text that is not valid UTF-16: Java would write each unpaired surrogate as
 * {@code ?}, and so send a different id or value than the one given.
 */
public final class PathEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PathEncoding() {}

    /**
     * Checks and encodes a path parameter as exactly one segment.
     *
     * @param name the parameter's name in the API (for example {@code evaluation_id}), for messages
     * @param value the raw value
     * @return the encoded segment
     * @throws IllegalArgumentException if the value is null, empty or whitespace, is {@code .} or {@code ..}
     *     (which URL resolution would turn into a different path), or is not valid UTF-16 (a surrogate character
     *     that is not part of a pair); the message names the parameter and never quotes the value
     */
    public static String segment(String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (value.trim().isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty or whitespace");
        }
        if (value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException(name + " must not be '.' or '..': such an id would change the path");
        }
        checkUtf16(name, value);
        return encode(value);
    }

    /**
     * Checks and encodes one query component, a parameter's name or its value. It may be empty or whitespace.
     *
     * @param name what the component is (for example the query parameter's name), for messages
     * @param value the raw component
     * @return the encoded component
     * @throws NullPointerException if the value is null
     * @throws IllegalArgumentException if the value is not valid UTF-16 (a surrogate character that is not part
     *     of a pair); the message names {@code name} and never quotes the value
     */
    public static String query(String name, String value) {
        Objects.requireNonNull(value, name + " must not be null");
        checkUtf16(name, value);
        return encode(value);
    }

    /** Refuses a high surrogate not followed by a low one, and a low surrogate not preceded by a high one. */
    private static void checkUtf16(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean unpaired = Character.isHighSurrogate(c)
                    ? i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
            if (unpaired) {
                throw new IllegalArgumentException(
                        name + " is not valid UTF-16: it has a surrogate character that is not part of a pair");
            }
        }
    }

    /**
     * Percent-encodes every byte of the UTF-8 form of {@code value} except unreserved characters. Checks nothing:
     * it is meant for text the SDK writes itself, such as fixed path segments.
     *
     * @param value the text
     * @return the encoded text
     */
    public static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        char[] out = null;
        int length = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean unreserved = (b >= 'A' && b <= 'Z')
                    || (b >= 'a' && b <= 'z')
                    || (b >= '0' && b <= '9')
                    || b == '-'
                    || b == '.'
                    || b == '_'
                    || b == '~';
            if (out == null) {
                if (unreserved) {
                    continue;
                }
                // Room for every byte escaped. The i bytes before this one were unreserved ASCII, one char each.
                out = new char[bytes.length * 3];
                value.getChars(0, i, out, 0);
                length = i;
            }
            if (unreserved) {
                out[length++] = (char) b;
            } else {
                out[length++] = '%';
                out[length++] = HEX[b >> 4];
                out[length++] = HEX[b & 0xf];
            }
        }
        return out == null ? value : new String(out, 0, length);
    }
}
