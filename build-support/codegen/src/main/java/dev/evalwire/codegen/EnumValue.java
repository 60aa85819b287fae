package dev.evalwire.codegen;

import java.util.ArrayList;
import java.util.List;
import org.openapitools.codegen.CodegenModel;

/** One value of an open enum: its constant name, wire value and Javadoc ({@code x-enum-descriptions}). */
public final class EnumValue {
    public final String name;
    public final String value;
    public final String doc;

    private EnumValue(String name, String value, String doc) {
        this.name = name;
        this.value = value;
        this.doc = doc;
    }

    @SuppressWarnings("unchecked")
    static List<EnumValue> of(CodegenModel model) {
        List<Object> values = (List<Object>) model.allowableValues.get("values");
        List<String> docs = (List<String>) model.vendorExtensions.get("x-enum-descriptions");
        List<String> names = (List<String>) model.vendorExtensions.get("x-enum-varnames");
        List<EnumValue> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = String.valueOf(values.get(i));
            String name = names != null && i < names.size()
                    ? names.get(i)
                    : value.replaceAll("[^A-Za-z0-9]+", "_").toUpperCase();
            if (Character.isDigit(name.charAt(0))) {
                name = "_" + name;
            }
            String doc = docs != null && i < docs.size() ? Javadocs.text(docs.get(i), "") : "";
            out.add(new EnumValue(name, value, doc.isEmpty() ? "The value {@code " + value + "}." : doc));
        }
        return out;
    }
}
