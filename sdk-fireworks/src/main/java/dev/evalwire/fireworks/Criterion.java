package dev.evalwire.fireworks;

import static dev.evalwire.fireworks.internal.wire.Criterion.JSON_PROPERTY_CODE_SNIPPETS;
import static dev.evalwire.fireworks.internal.wire.Criterion.JSON_PROPERTY_DESCRIPTION;
import static dev.evalwire.fireworks.internal.wire.Criterion.JSON_PROPERTY_NAME;
import static dev.evalwire.fireworks.internal.wire.Criterion.JSON_PROPERTY_TYPE;

import dev.evalwire.core.PatchBody;
import dev.evalwire.core.PatchValue;
import dev.evalwire.core.internal.PatchFields;

/**
 * One scored metric of an evaluator, as sent in {@link UpdateEvaluatorParams.Builder#criteria}: its kind, the
 * metric name it scores, a description and, for {@link CriterionType#CODE_SNIPPETS}, the code that computes it.
 *
 * <p>Every field is either left out (not sent) or set; none is ever sent as null. In particular
 * {@code type} is not sent unless set: the SDK never fills in the server's default {@code TYPE_UNSPECIFIED}.
 * Instances are immutable; {@link #toBuilder()} starts a changed copy.
 *
 * <pre>{@code
 * Criterion accuracy = Criterion.builder()
 *     .type(CriterionType.CODE_SNIPPETS)
 *     .name("accuracy")
 *     .codeSnippets(CodeSnippets.builder().language("python").putFile("main.py", code).build())
 *     .build();
 * }</pre>
 */
public final class Criterion extends PatchBody {

    private Criterion(Builder builder) {
        super(builder.fields);
    }

    /** @return a builder with no field set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this criterion's fields */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the kind of criterion */
    public PatchValue<CriterionType> type() {
        return this.<String>field(JSON_PROPERTY_TYPE).map(CriterionType::of);
    }

    /** @return the metric name this criterion scores */
    public PatchValue<String> name() {
        return field(JSON_PROPERTY_NAME);
    }

    /** @return the description */
    public PatchValue<String> description() {
        return field(JSON_PROPERTY_DESCRIPTION);
    }

    /** @return the code that computes the criterion */
    public PatchValue<CodeSnippets> codeSnippets() {
        return field(JSON_PROPERTY_CODE_SNIPPETS);
    }

    /**
     * Builds a {@link Criterion}. Each setter rejects a Java null: the spec declares no field nullable, so
     * the SDK never sends null (set an empty value to reset a field, leave it unset to keep it).
     */
    public static final class Builder {
        private final PatchFields fields;

        private Builder() {
            this.fields = new PatchFields();
        }

        private Builder(Criterion criterion) {
            this.fields = criterion.copyFields();
        }

        /**
         * @param type the kind of criterion; any value, including one newer than this SDK
         * @return this builder
         * @throws NullPointerException for null, saying that the API cannot clear it
         */
        public Builder type(CriterionType type) {
            fields.setNotClearable(JSON_PROPERTY_TYPE, type, JSON_PROPERTY_TYPE, (path, known) -> known.value());
            return this;
        }

        /**
         * @param name the metric name this criterion produces a score for
         * @return this builder
         * @throws NullPointerException for null, saying that the API cannot clear it
         */
        public Builder name(String name) {
            fields.setNotClearable(JSON_PROPERTY_NAME, name);
            return this;
        }

        /**
         * @param description a free-text explanation of the criterion
         * @return this builder
         * @throws NullPointerException for null, saying that the API cannot clear it
         */
        public Builder description(String description) {
            fields.setNotClearable(JSON_PROPERTY_DESCRIPTION, description);
            return this;
        }

        /**
         * @param codeSnippets the code that computes the criterion, sent whole
         * @return this builder
         * @throws NullPointerException for null, saying that the API cannot clear it
         */
        public Builder codeSnippets(CodeSnippets codeSnippets) {
            fields.setNotClearable(JSON_PROPERTY_CODE_SNIPPETS, codeSnippets);
            return this;
        }

        /** @return the immutable criterion */
        public Criterion build() {
            return new Criterion(this);
        }
    }
}
