package dev.evalwire.scale.internal;

import static dev.evalwire.scale.internal.wire.UpdateTestCriteriaConfigurationRequest.JSON_PROPERTY_CONFIGURATION;

import dev.evalwire.core.PatchBody;
import dev.evalwire.core.internal.PatchFields;
import dev.evalwire.scale.TaskConfiguration;
import java.util.Objects;

/**
 * The JSON body of {@code PATCH /v5/evaluations/{evaluation_id}/tasks/{alias}}: always
 * {@code {"configuration": {...}}}, since the call replaces the whole configuration.
 */
public final class UpdateTaskConfigurationBody extends PatchBody {

    private UpdateTaskConfigurationBody(PatchFields fields) {
        super(fields);
    }

    /**
     * @param configuration the new configuration
     * @return the body carrying it
     * @throws NullPointerException for null
     */
    public static UpdateTaskConfigurationBody of(TaskConfiguration configuration) {
        PatchFields fields = new PatchFields();
        fields.setNotClearable(JSON_PROPERTY_CONFIGURATION, Objects.requireNonNull(configuration, "configuration"));
        return new UpdateTaskConfigurationBody(fields);
    }
}
