package dev.evalwire.scale;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.internal.JsonFields;
import javax.annotation.Nullable;

/**
 * A {@code metric} task: a reference-based text metric computed for each item.
 */
public final class MetricTask extends EvaluationTask {

    /** The {@code task_type} of this kind of task. */
    public static final String TASK_TYPE = "metric";

    @Nullable
    private final MetricType metricType;

    @Nullable
    private final String candidate;

    @Nullable
    private final String reference;

    MetricTask(ObjectNode json) {
        super(json);
        this.metricType = read(c -> MetricType.of(JsonFields.requiredString(c, "type")));
        this.candidate = read(c -> JsonFields.requiredString(c, "candidate"));
        this.reference = read(c -> JsonFields.requiredString(c, "reference"));
    }

    /**
     * @return the metric computed (the configuration's {@code type}); may be newer than this SDK;
     *     null when the configuration is malformed (see {@link #configurationProblems()})
     */
    @Nullable
    public MetricType metricType() {
        return metricType;
    }

    /**
     * @return where the text being scored comes from;
     *     null when the configuration is malformed (see {@link #configurationProblems()})
     */
    @Nullable
    public String candidate() {
        return candidate;
    }

    /**
     * @return where the expected text comes from;
     *     null when the configuration is malformed (see {@link #configurationProblems()})
     */
    @Nullable
    public String reference() {
        return reference;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitMetric(this);
    }
}
