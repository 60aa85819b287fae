package dev.evalwire.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A public constant a schema declares with {@code x-evalwire-constants} (name, value, description). */
public final class Constant {
    public final String name;
    public final String type;
    public final String value;
    public final String doc;

    private Constant(String name, String type, String value, String doc) {
        this.name = name;
        this.type = type;
        this.value = value;
        this.doc = doc;
    }

    @SuppressWarnings("unchecked")
    static List<Constant> of(Object declared) {
        List<Constant> out = new ArrayList<>();
        if (declared == null) {
            return out;
        }
        for (Map<String, Object> entry : (List<Map<String, Object>>) declared) {
            Object value = entry.get("value");
            boolean number = value instanceof Number;
            out.add(new Constant(
                    (String) entry.get("name"),
                    number ? "long" : "String",
                    number ? value + "L" : "\"" + value + "\"",
                    Javadocs.text((String) entry.get("description"), "A value used by this body.")));
        }
        return out;
    }
}
