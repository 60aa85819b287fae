package dev.evalwire.codegen;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request schema marked {@code x-evalwire-replaces: true}: the call replaces the whole stored object (Scale's task
 * configuration), so a field left unset is dropped rather than kept. Its setters refuse a Java null with advice that
 * says so ({@code LEAVE_UNSET} in the template) instead of the default "leave it unset to keep the stored value".
 */
final class Replacing {

    private static final Pattern SET = Pattern.compile(
            "fields\\.set\\((\"[^\"]*\"), (\"[^\"]*\"), null,\\s*([^,]+?),\\s*(.*)\\);", Pattern.DOTALL);

    private Replacing() {}

    /** Rewrites the setters of a replacing schema to pass the {@code LEAVE_UNSET} advice. */
    static void shape(Map<String, Object> ext, List<RequestField> fields) {
        if (!Boolean.TRUE.equals(ext.get("x-evalwire-replaces"))) {
            return;
        }
        for (RequestField field : fields) {
            for (int i = 0; i < field.overloads.size(); i++) {
                Map<String, Object> overload = new HashMap<>(field.overloads.get(i));
                Matcher set = SET.matcher((String) overload.get("statement"));
                if (set.matches()) {
                    overload.put(
                            "statement",
                            "fields.setChecked(" + set.group(1) + ", " + set.group(3) + ", " + set.group(2)
                                    + ", LEAVE_UNSET,\n" + " ".repeat(20)
                                    + set.group(4).trim() + ");");
                }
                field.overloads.set(i, overload);
            }
        }
    }
}
