package dev.evalwire.codegen;

import java.util.List;

/** One builder setter overload, as the request template writes it. */
public final class Setter {
    /** The parameter's Java type. */
    public final String paramType;
    /** The expression handed to {@code PatchFields.set} (the parameter, maybe converted). */
    public final String value;
    /** The check or copy {@code PatchFields.set} applies: a method reference or lambda of (path, value). */
    public final String check;
    /** The {@code @throws} lines of its Javadoc. */
    public final List<String> throwsDoc;

    Setter(String paramType, String value, String check, List<String> throwsDoc) {
        this.paramType = paramType;
        this.value = value;
        this.check = check;
        this.throwsDoc = throwsDoc;
    }

    /**
     * @param field the field the setter sets
     * @return the setter's {@code fields.set(...)} statement, wrapped before the check when longer than a line
     */
    String statement(RequestField field) {
        String head = "fields.set(\"" + field.json + "\", \"" + field.path + "\", "
                + (field.clearer == null ? "null" : "\"" + field.clearer + "\"") + ", " + value + ",";
        String tail = check + ");";
        return 12 + head.length() + 1 + tail.length() <= 120 ? head + " " + tail
                : head + "\n                    " + tail;
    }
}
