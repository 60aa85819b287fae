package dev.evalwire.codegen;

import io.swagger.v3.oas.models.media.Schema;

/**
 * Schemas marked {@code x-evalwire-handwritten: true}: the vendor module writes their class by hand (a union with
 * a visitor, say), so the generator neither writes it nor walks into the schemas it references, and a property of
 * that type is read with the hand-written class's {@code fromJson}.
 */
final class HandWritten {

    private HandWritten() {}

    /** @return whether the schema is marked hand-written */
    static boolean is(Schema<?> schema) {
        return schema != null
                && schema.getExtensions() != null
                && Boolean.TRUE.equals(schema.getExtensions().get("x-evalwire-handwritten"));
    }
}
