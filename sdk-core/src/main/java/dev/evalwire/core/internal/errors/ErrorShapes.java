package dev.evalwire.core.internal.errors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A vendor's own error-body shapes, plugged into {@link ErrorBodyParser} by the vendor's client: core reads the
 * generic shapes (a message under {@code message}, {@code detail} or {@code error}, or {@code error.message}, and
 * a body-level {@code retry_after}), the vendor adds what only its bodies carry, such as field errors. An
 * implementation must not throw.
 */
public interface ErrorShapes {

    /** No vendor shapes: only the generic ones are read. */
    ErrorShapes GENERIC = (root, found) -> {};

    /**
     * Adds what the vendor's shapes say about an error body to {@code found}.
     *
     * @param root the body, a JSON object
     * @param found what has been found so far; the message the generic shapes found, if any, is already set
     */
    void read(JsonNode root, ErrorParts found);
}
