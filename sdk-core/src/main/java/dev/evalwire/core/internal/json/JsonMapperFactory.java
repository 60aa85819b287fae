package dev.evalwire.core.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.evalwire.core.PatchValue;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builds the SDK's one configured {@link ObjectMapper}:
 * <ul>
 *   <li>null fields are left out, absent {@link PatchValue}s are left out, explicit-null ones are written;
 *       null values inside maps are kept (a merge patch removes a key by sending it as null);</li>
 *   <li>{@code java.time} types are ISO-8601 strings, offsets kept as sent;</li>
 *   <li>unknown response fields never fail decoding.</li>
 * </ul>
 */
public final class JsonMapperFactory {

    private static final ObjectMapper SHARED;

    static {
        JacksonVersionCheck.checkClasspath();
        SHARED = create();
    }

    private JsonMapperFactory() {}

    /** @return the shared mapper; thread-safe; do not reconfigure it */
    public static ObjectMapper shared() {
        return SHARED;
    }

    /** @return a new mapper with the SDK's settings, for callers that must customise a copy */
    public static ObjectMapper create() {
        return applySdkSettings(new ObjectMapper());
    }

    /**
     * A new mapper for one client: the SDK's settings, then the user's customiser, then the SDK's settings
     * again, so that what the wire format depends on cannot be switched off: property inclusion (absent fields
     * left out, nulls in maps kept), the three-state {@link PatchValue}/{@code PatchBody}/{@code JsonNullable}
     * serializers (registered after the customiser's modules, so they take precedence), ISO-8601 dates with
     * their offsets, tolerance of unknown response fields, and rejection of trailing tokens. Everything else
     * the customiser sets (extra modules, serializers for the user's own types in free-form maps, features not
     * listed) stays.
     *
     * @param customizer changes the copy; it never sees the shared mapper
     * @return the customised mapper
     */
    public static ObjectMapper customized(Consumer<? super ObjectMapper> customizer) {
        Objects.requireNonNull(customizer, "customizer");
        ObjectMapper mapper = create();
        customizer.accept(mapper);
        return applySdkSettings(mapper);
    }

    private static ObjectMapper applySdkSettings(ObjectMapper mapper) {
        // A fresh module identity each time, so a second registration (after a customiser) is not ignored as a
        // duplicate and its serializers win over any the customiser registered for the same types.
        SimpleModule patchValues = new SimpleModule("evalwire-patch-value") {
            private static final long serialVersionUID = 1L;
            private final Object typeId = new Object();

            @Override
            public Object getTypeId() {
                return typeId;
            }
        };
        patchValues.addSerializer(new PatchValueSerializer());
        patchValues.addSerializer(new PatchBodySerializer());
        mapper.registerModule(new JavaTimeModule())
                .registerModule(patchValues)
                .setDefaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRAP_ROOT_VALUE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.UNWRAP_ROOT_VALUE)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // Parse errors must not quote the body: it may hold secrets the SDK does not know of.
                .configure(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION, false);
        mapper.configOverride(PatchValue.class)
                .setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS));
        return mapper;
    }
}
