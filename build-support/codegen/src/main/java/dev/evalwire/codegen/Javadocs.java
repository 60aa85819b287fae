package dev.evalwire.codegen;

import java.util.ArrayList;
import java.util.List;

/** Turns a spec description into Javadoc lines: HTML escaped, {@code `code`} spans kept, wrapped. */
final class Javadocs {

    private static final int WIDTH = 100;

    private Javadocs() {}

    /** @return the escaped text, or {@code fallback} when the spec gives no description */
    static String text(String description, String fallback) {
        if (description == null || description.trim().isEmpty()) {
            return fallback;
        }
        String escaped = description
                .trim()
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("*/", "*&#47;")
                .replace("@", "&#64;")
                .replaceAll("\\s+", " ");
        return escaped.replaceAll("`([^`]*)`", "{@code $1}");
    }

    /** @return the text wrapped into lines of at most about {@value #WIDTH} characters */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
