package dev.evalwire.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalwire.core.PatchBody;
import dev.evalwire.core.internal.json.JsonMapperFactory;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Assertions that hold a hand-written builder or response type against a spec schema, property by
 * property. Each takes a table keyed by JSON name; a table that does not cover exactly the spec's properties
 * fails, so adding a property to the spec without following it in the SDK breaks the build.
 */
public final class SpecConformance {

    private SpecConformance() {}

    /**
     * Every writable property has a setter, and the body it builds carries exactly that property.
     *
     * @param schema the request schema
     * @param bodies for each writable property, a body with only that property set
     */
    public static void settersCoverEveryWritableProperty(
            SpecModel.Schema schema, Map<String, Supplier<? extends PatchBody>> bodies) {
        assertSameNames(schema.name() + " writable properties", schema.writable(), bodies.keySet());
        for (Map.Entry<String, Supplier<? extends PatchBody>> entry : bodies.entrySet()) {
            JsonNode json =
                    JsonMapperFactory.shared().valueToTree(entry.getValue().get());
            assertEquals(
                    setOf(entry.getKey()),
                    names(json),
                    "setting " + entry.getKey() + " must put exactly that property on the wire");
            assertTrue(!json.get(entry.getKey()).isNull(), entry.getKey() + " must be sent with its value");
        }
    }

    /**
     * Read-only properties never reach the wire, even when every setter is used.
     *
     * @param schema the request schema
     * @param everything a body with every settable property set
     */
    public static void readOnlyPropertiesAreNeverSent(SpecModel.Schema schema, PatchBody everything) {
        Set<String> sent = names(JsonMapperFactory.shared().valueToTree(everything));
        assertEquals(schema.writable(), sent, "a body with every setter used must send exactly the writable set");
        for (String readOnly : schema.readOnly()) {
            assertTrue(!sent.contains(readOnly), readOnly + " is read-only and must never be sent");
        }
    }

    /**
     * Every nullable property can be cleared, and clearing sends JSON null.
     *
     * @param schema the request schema
     * @param cleared for each nullable writable property, a body with only that property cleared
     */
    public static void clearersCoverEveryNullableProperty(
            SpecModel.Schema schema, Map<String, Supplier<? extends PatchBody>> cleared) {
        Set<String> nullable = new LinkedHashSet<>();
        for (SpecModel.Property property : schema.properties().values()) {
            if (property.nullable() && !property.readOnly()) {
                nullable.add(property.name());
            }
        }
        assertSameNames(schema.name() + " nullable properties", nullable, cleared.keySet());
        for (Map.Entry<String, Supplier<? extends PatchBody>> entry : cleared.entrySet()) {
            JsonNode json =
                    JsonMapperFactory.shared().valueToTree(entry.getValue().get());
            assertEquals(setOf(entry.getKey()), names(json));
            assertTrue(json.get(entry.getKey()).isNull(), entry.getKey() + " must be sent as null");
        }
    }

    /**
     * Every {@code minimum}/{@code maximum} is enforced: one below the minimum and one above the maximum are
     * refused with a message naming the property; the bounds themselves are accepted.
     *
     * @param schema the schema
     * @param setters for each bounded property, a function that sets it and builds
     */
    public static void rangesAreEnforced(SpecModel.Schema schema, Map<String, LongFunction<?>> setters) {
        Set<String> bounded = new LinkedHashSet<>();
        for (SpecModel.Property property : schema.properties().values()) {
            if (property.minimum() != null || property.maximum() != null) {
                bounded.add(property.name());
            }
        }
        assertSameNames(schema.name() + " bounded properties", bounded, setters.keySet());
        for (String name : bounded) {
            SpecModel.Property property = schema.properties().get(name);
            LongFunction<?> setter = setters.get(name);
            if (property.minimum() != null) {
                assertNotNull(setter.apply(property.minimum()), name + " must accept its minimum");
                if (property.minimum() > Long.MIN_VALUE) {
                    rejects(name, setter, property.minimum() - 1);
                }
            }
            if (property.maximum() != null) {
                assertNotNull(setter.apply(property.maximum()), name + " must accept its maximum");
                if (property.maximum() < Long.MAX_VALUE) {
                    rejects(name, setter, property.maximum() + 1);
                }
            }
        }
    }

    private static void rejects(String name, LongFunction<?> setter, long value) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> setter.apply(value), name + " must refuse " + value);
        assertTrue(e.getMessage().contains(name), "the message must name " + name + ": " + e.getMessage());
    }

    /**
     * Every required property is enforced by {@code build()} with a message naming it.
     *
     * @param schema the schema
     * @param buildWithout for each required property, an action that builds without it
     */
    public static void requiredPropertiesAreEnforced(SpecModel.Schema schema, Map<String, Runnable> buildWithout) {
        assertSameNames(schema.name() + " required properties", schema.required(), buildWithout.keySet());
        for (Map.Entry<String, Runnable> entry : buildWithout.entrySet()) {
            RuntimeException e = assertThrows(
                    RuntimeException.class, entry.getValue()::run, "build() without " + entry.getKey() + " must fail");
            assertTrue(
                    e.getMessage().contains(entry.getKey()),
                    "the message must name " + entry.getKey() + ": " + e.getMessage());
        }
    }

    /**
     * Every response property is readable through a typed accessor.
     *
     * @param schema the response schema
     * @param sample a response decoded from JSON holding every property
     * @param accessors for each property, the accessor that reads it
     * @param <T> the response type
     */
    public static <T> void responsePropertiesAreReadable(
            SpecModel.Schema schema, T sample, Map<String, Function<T, ?>> accessors) {
        assertSameNames(
                schema.name() + " response properties", schema.properties().keySet(), accessors.keySet());
        for (Map.Entry<String, Function<T, ?>> entry : accessors.entrySet()) {
            assertNotNull(entry.getValue().apply(sample), entry.getKey() + " must be readable from the sample");
        }
    }

    private static void assertSameNames(String what, Set<String> spec, Set<String> sdk) {
        Set<String> missing = new TreeSet<>(spec);
        missing.removeAll(sdk);
        Set<String> extra = new TreeSet<>(sdk);
        extra.removeAll(spec);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            fail(what + ": the SDK does not follow the spec. In the spec but not in the SDK: " + missing
                    + "; in the SDK but not in the spec: " + extra);
        }
    }

    private static Set<String> names(JsonNode json) {
        Set<String> out = new LinkedHashSet<>();
        Iterator<String> names = json.fieldNames();
        while (names.hasNext()) {
            out.add(names.next());
        }
        return out;
    }

    private static Set<String> setOf(String name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        return out;
    }
}
