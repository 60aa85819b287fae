package dev.evalwire.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;

/** The resources each sandbox starts with, read from JSON files next to this class. */
public final class Seeds {

    private Seeds() {}

    /**
     * Reads {@code seeds/<name>.json}.
     *
     * @throws IllegalStateException when the file is missing or not a JSON object
     */
    public static ObjectNode load(String name) {
        String resource = "seeds/" + name + ".json";
        try (InputStream in = Seeds.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing seed " + resource);
            }
            return (ObjectNode) Json.mapper().readTree(in);
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("bad seed " + resource + ": " + e.getMessage(), e);
        }
    }
}
