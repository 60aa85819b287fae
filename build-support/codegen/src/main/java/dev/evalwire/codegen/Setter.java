package dev.evalwire.codegen;

import java.util.List;

/** One builder setter overload: its parameter type, the value and check it hands to {@code PatchFields.set}. */
final class Setter {
    /** The parameter's Java type. */
    final String paramType;
    /** The expression handed to {@code PatchFields.set} (the parameter, maybe converted). */
    final String value;
    /** The check or copy {@code PatchFields.set} applies: a method reference or lambda of (path, value). */
    final String check;
    /** The {@code @throws} lines of its Javadoc. */
    final List<String> throwsDoc;

    Setter(String paramType, String value, String check, List<String> throwsDoc) {
        this.paramType = paramType;
        this.value = value;
        this.check = check;
        this.throwsDoc = throwsDoc;
    }

    /**
     * @param field the field the setter sets
     * @return the setter's {@code fields.set(...)} statement, wrapped (after the names, then before the check) where
     *     it would pass 120 columns
     */
    String statement(RequestField field) {
        String names = "fields.set(\"" + field.json + "\", \"" + field.path + "\", "
                + (field.clearer == null ? "null" : "\"" + field.clearer + "\"") + ",";
        String rest = value + ", " + check + ");";
        if (INDENT + names.length() + 1 + rest.length() <= WIDTH) {
            return names + " " + rest;
        }
        String wrap = "\n" + " ".repeat(INDENT + 8);
        if (INDENT + 8 + rest.length() <= WIDTH) {
            return names + wrap + rest;
        }
        return names + wrap + value + "," + wrap + check + ");";
    }

    private static final int INDENT = 12;
    private static final int WIDTH = 120;
}
