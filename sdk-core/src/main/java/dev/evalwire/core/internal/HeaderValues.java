package dev.evalwire.core.internal;

/** Checks header names and values before they can reach a request. */
public final class HeaderValues {

    private HeaderValues() {}

    /**
     * Checks a header name: a non-empty HTTP token.
     *
     * @param name the header name
     * @return the name
     * @throws IllegalArgumentException if it is null, empty or has characters outside the token set
     */
    public static String checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("header name must not be null or empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c >= 0x7f || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
                throw new IllegalArgumentException("header name '" + printable(name)
                        + "' has a character that is not allowed in an HTTP header name at index " + i);
            }
        }
        return name;
    }

    /**
     * Checks a header value: printable ASCII, spaces and tabs only; no CR, LF or other control characters,
     * and nothing outside ASCII. The value itself is never quoted in the message, as it may be a secret.
     *
     * @param name the header name, for the message
     * @param value the value
     * @param hint what to do instead, appended to the message (for example which env var to set)
     * @return the value
     * @throws IllegalArgumentException if the value is null or has a forbidden character
     */
    public static String checkValue(String name, String value, String hint) {
        if (value == null) {
            throw new IllegalArgumentException("header '" + name + "' must not be null" + suffix(hint));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                throw new IllegalArgumentException("header '" + name + "' contains a line break (CR or LF) at index "
                        + i + "; header values must be one line" + suffix(hint));
            }
            if ((c < ' ' && c != '\t') || c >= 0x7f) {
                throw new IllegalArgumentException("header '" + name + "' contains a control or non-ASCII character"
                        + " at index " + i + "; only printable ASCII is allowed" + suffix(hint));
            }
        }
        return value;
    }

    private static String suffix(String hint) {
        return hint == null || hint.isEmpty() ? "" : ": " + hint;
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c < ' ' || c >= 0x7f ? '?' : c);
        }
        return out.toString();
    }
}
