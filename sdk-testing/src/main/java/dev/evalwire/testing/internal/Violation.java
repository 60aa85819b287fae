package dev.evalwire.testing.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One way a request body breaks its schema: where (a path of keys and indexes) and why. */
public final class Violation {

    private final List<Object> location;
    private final String message;

    /**
     * @param location keys (String) and array indexes (Integer) from the body root; empty for the
     *     root itself
     */
    public Violation(List<Object> location, String message) {
        this.location = Collections.unmodifiableList(new ArrayList<>(location));
        this.message = message;
    }

    /** Keys and indexes from the root of the body. */
    public List<Object> location() {
        return location;
    }

    /** The location joined with dots, e.g. {@code eval_config.rollouts_per_example}; "" for the root. */
    public String dotPath() {
        StringBuilder sb = new StringBuilder();
        for (Object part : location) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    /** Why the value was refused. */
    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return dotPath() + ": " + message;
    }
}
