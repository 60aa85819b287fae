package dev.evalwire.codegen;

import io.swagger.v3.oas.models.media.Schema;

/**
 * Schemas marked {@code x-evalwire-request: true}: sent inside a free-form request property the spec cannot type
 * (Scale's task configurations go in an open {@code configuration} object), so no operation references them, yet
 * they become request bodies with builders like the schemas an operation sends.
 */
final class SentAlone {

    private SentAlone() {}

    /** @return whether the schema is marked as a request body of its own */
    static boolean is(Schema<?> schema) {
        return schema != null
                && schema.getExtensions() != null
                && Boolean.TRUE.equals(schema.getExtensions().get("x-evalwire-request"));
    }
}
