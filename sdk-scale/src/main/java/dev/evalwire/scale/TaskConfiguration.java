package dev.evalwire.scale;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.PatchBody;
import dev.evalwire.core.internal.PatchFields;
import dev.evalwire.core.internal.json.JsonMapperFactory;

/**
 * The new configuration of one evaluation task, sent as {@code {"configuration": {...}}}. The call replaces the
 * stored configuration entirely: keys that are not sent are not kept.
 *
 * <p>Two kinds exist: {@link ChatCompletionConfiguration}, a typed builder for {@code chat_completion} tasks, and
 * {@link RawTaskConfiguration}, any JSON object, for the other task types. No other subclasses can be made.
 * Instances are immutable; {@code equals}, {@code hashCode} and {@code toString} follow the JSON content.
 *
 * <p>Because nothing is merged, there is no "leave unchanged" state and no {@code clearX()} methods: a field that
 * is not set is simply not sent, which already removes it from the task. Fields are never sent as JSON null unless
 * a raw configuration holds a null on purpose.
 */
public abstract class TaskConfiguration extends PatchBody {

    TaskConfiguration(PatchFields fields) {
        super(fields);
    }

    /** @return a copy of the JSON object this configuration is sent as */
    public final ObjectNode toJson() {
        return JsonMapperFactory.shared().valueToTree(this);
    }
}
