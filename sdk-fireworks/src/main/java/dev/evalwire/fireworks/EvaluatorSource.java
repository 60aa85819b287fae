package dev.evalwire.fireworks;

import static dev.evalwire.fireworks.internal.wire.EvaluatorSource.JSON_PROPERTY_GITHUB_REPOSITORY_NAME;
import static dev.evalwire.fireworks.internal.wire.EvaluatorSource.JSON_PROPERTY_TYPE;

import dev.evalwire.core.PatchBody;
import dev.evalwire.core.PatchValue;
import dev.evalwire.core.internal.PatchFields;
import dev.evalwire.fireworks.internal.FireworksFormats;

/**
 * Where an evaluator's code comes from, as sent in {@link UpdateEvaluatorParams.Builder#source}: how it is
 * supplied and, for GitHub sources, the repository.
 *
 * <p>Every field is either left out (not sent) or set, never sent as null; {@code type}
 * is never filled in with the server's default {@code TYPE_UNSPECIFIED}. Instances are immutable.
 *
 * <pre>{@code
 * EvaluatorSource source = EvaluatorSource.builder()
 *     .type(EvaluatorSourceType.TYPE_GITHUB)
 *     .githubRepositoryName("acme/evaluators")
 *     .build();
 * }</pre>
 */
public final class EvaluatorSource extends PatchBody {

    private EvaluatorSource(Builder builder) {
        super(builder.fields);
    }

    /** @return a builder with no field set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this source's fields */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return how the code is supplied */
    public PatchValue<EvaluatorSourceType> type() {
        return this.<String>field(JSON_PROPERTY_TYPE).map(EvaluatorSourceType::of);
    }

    /** @return the GitHub repository, {@code owner/repository} */
    public PatchValue<String> githubRepositoryName() {
        return field(JSON_PROPERTY_GITHUB_REPOSITORY_NAME);
    }

    /**
     * Builds an {@link EvaluatorSource}. Each setter rejects a Java null: the spec declares no field nullable, so
     * the SDK never sends null (set an empty value to reset a field, leave it unset to keep it).
     */
    public static final class Builder {
        private final PatchFields fields;

        private Builder() {
            this.fields = new PatchFields();
        }

        private Builder(EvaluatorSource source) {
            this.fields = source.copyFields();
        }

        /**
         * @param type how the code is supplied; any value, including one newer than this SDK
         * @return this builder
         * @throws NullPointerException for null, saying that the API cannot clear it
         */
        public Builder type(EvaluatorSourceType type) {
            fields.setNotClearable(
                    JSON_PROPERTY_TYPE, type, "source." + JSON_PROPERTY_TYPE, (path, known) -> known.value());
            return this;
        }

        /**
         * @param name the GitHub repository as {@code owner/repository}, for example {@code acme/evaluators}
         * @return this builder
         * @throws NullPointerException for null, saying that the API cannot clear it
         * @throws IllegalArgumentException when not of that form
         */
        public Builder githubRepositoryName(String name) {
            fields.setNotClearable(
                    JSON_PROPERTY_GITHUB_REPOSITORY_NAME,
                    name,
                    "source." + JSON_PROPERTY_GITHUB_REPOSITORY_NAME,
                    FireworksFormats::githubRepository);
            return this;
        }

        /** @return the immutable source */
        public EvaluatorSource build() {
            return new EvaluatorSource(this);
        }
    }
}
