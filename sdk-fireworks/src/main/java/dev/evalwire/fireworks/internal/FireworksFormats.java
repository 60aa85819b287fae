package dev.evalwire.fireworks.internal;

import java.util.regex.Pattern;

/**
 * Checks for the Fireworks fields that have a documented textual form: an evaluator's entry point
 * ({@code module::function} or {@code path::function}) and a GitHub repository name ({@code owner/repository}).
 */
public final class FireworksFormats {

    private static final String SEPARATOR = "::";
    private static final Pattern GITHUB_REPOSITORY =
            Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}");
    private static final int MAX_SHOWN = 80;

    private FireworksFormats() {}

    /**
     * @param field the field's JSON name, for the message
     * @param value the entry point
     * @return the value
     * @throws NullPointerException when null
     * @throws IllegalArgumentException unless it is a non-empty module or path without whitespace or
     *     {@code ::}, then {@code ::}, then a Python identifier
     */
    public static String entryPoint(String field, String value) {
        if (value == null) {
            throw new NullPointerException(field + " must not be null");
        }
        int separator = value.indexOf(SEPARATOR);
        String module = separator < 0 ? "" : value.substring(0, separator);
        String function = separator < 0 ? "" : value.substring(separator + SEPARATOR.length());
        if (module.isEmpty() || hasWhitespace(module) || !isPythonIdentifier(function)) {
            throw new IllegalArgumentException(field + " must have the form module::function or path::function"
                    + " (a module or file path without whitespace, '::', then a Python function name), was \""
                    + shown(value) + "\"");
        }
        return value;
    }

    /**
     * @param field the field's JSON path, for the message
     * @param value the repository name
     * @return the value
     * @throws NullPointerException when null
     * @throws IllegalArgumentException unless it has the form {@code owner/repository} (owner: letters, digits
     *     and hyphens, up to 39; repository: letters, digits, {@code . _ -}, up to 100, not {@code .} or
     *     {@code ..})
     */
    public static String githubRepository(String field, String value) {
        if (value == null) {
            throw new NullPointerException(field + " must not be null");
        }
        String repository = value.substring(value.indexOf('/') + 1);
        if (!GITHUB_REPOSITORY.matcher(value).matches() || repository.equals(".") || repository.equals("..")) {
            throw new IllegalArgumentException(
                    field + " must have the form owner/repository, was \"" + shown(value) + "\"");
        }
        return value;
    }

    private static boolean hasWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPythonIdentifier(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int first = text.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        for (int i = Character.charCount(first); i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static String shown(String text) {
        return text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "..." : text;
    }
}
