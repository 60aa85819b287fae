package dev.evalwire.primeintellect;

import static dev.evalwire.primeintellect.internal.wire.HostedEvalConfig.JSON_PROPERTY_ALLOW_INSTANCES_ACCESS;
import static dev.evalwire.primeintellect.internal.wire.HostedEvalConfig.JSON_PROPERTY_ALLOW_SANDBOX_ACCESS;
import static dev.evalwire.primeintellect.internal.wire.HostedEvalConfig.JSON_PROPERTY_ALLOW_TUNNEL_ACCESS;
import static dev.evalwire.primeintellect.internal.wire.HostedEvalConfig.JSON_PROPERTY_API_BASE_URL;
import static dev.evalwire.primeintellect.internal.wire.HostedEvalConfig.JSON_PROPERTY_API_CLIENT_TYPE;
import static dev.evalwire.primeintellect.internal.wire.HostedEvalConfig.JSON_PROPERTY_API_KEY_VAR;
import static dev.evalwire.primeintellect.internal.wire.HostedEvalConfig.JSON_PROPERTY_CUSTOM_SECRETS;
import static dev.evalwire.primeintellect.internal.wire.HostedEvalConfig.JSON_PROPERTY_ENV_ARGS;
import static dev.evalwire.primeintellect.internal.wire.HostedEvalConfig.JSON_PROPERTY_EXTRA_ENV_KWARGS;
import static dev.evalwire.primeintellect.internal.wire.HostedEvalConfig.JSON_PROPERTY_HEADERS;
import static dev.evalwire.primeintellect.internal.wire.HostedEvalConfig.JSON_PROPERTY_INDEPENDENT_SCORING;
import static dev.evalwire.primeintellect.internal.wire.HostedEvalConfig.JSON_PROPERTY_MAX_CONCURRENT;
import static dev.evalwire.primeintellect.internal.wire.HostedEvalConfig.JSON_PROPERTY_MAX_RETRIES;
import static dev.evalwire.primeintellect.internal.wire.HostedEvalConfig.JSON_PROPERTY_NUM_EXAMPLES;
import static dev.evalwire.primeintellect.internal.wire.HostedEvalConfig.JSON_PROPERTY_ROLLOUTS_PER_EXAMPLE;
import static dev.evalwire.primeintellect.internal.wire.HostedEvalConfig.JSON_PROPERTY_SAMPLING_ARGS;
import static dev.evalwire.primeintellect.internal.wire.HostedEvalConfig.JSON_PROPERTY_STATE_COLUMNS;
import static dev.evalwire.primeintellect.internal.wire.HostedEvalConfig.JSON_PROPERTY_TIMEOUT_MINUTES;
import static dev.evalwire.primeintellect.internal.wire.HostedEvalConfig.JSON_PROPERTY_VERBOSE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.PatchBody;
import dev.evalwire.core.PatchValue;
import dev.evalwire.core.internal.Checks;
import dev.evalwire.core.internal.JsonValues;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * How a hosted evaluation runs: how many examples and rollouts, time and concurrency limits, sandbox
 * permissions, arguments forwarded to {@code prime eval run}, and secrets set in the sandbox.
 *
 * <p>{@code num_examples} and {@code rollouts_per_example} are required; every other field is optional and,
 * like the fields of {@link UpdateEvaluationParams}, can be left out, cleared (sent as null) or set. The values
 * of {@code custom_secrets} never appear in {@link #toString()}.
 */
public final class HostedEvalConfig extends PatchBody {

    /** The largest {@code num_examples}: 2^53 - 1, the largest integer a JSON number holds exactly. */
    public static final long MAX_SAFE_INTEGER = 9007199254740991L;
    /** {@code num_examples} value meaning "every example". */
    public static final long ALL_EXAMPLES = -1;

    private HostedEvalConfig(Builder builder) {
        super(builder.fields);
    }

    /** @return a builder with no field set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this config's fields */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return examples to evaluate, -1 for all */
    public long numExamples() {
        return this.<Long>field(JSON_PROPERTY_NUM_EXAMPLES).get();
    }

    /** @return rollouts per example, 1 to 2048 */
    public long rolloutsPerExample() {
        return this.<Long>field(JSON_PROPERTY_ROLLOUTS_PER_EXAMPLE).get();
    }

    /** @return the run's timeout in minutes (120 to 1440) */
    public PatchValue<Long> timeoutMinutes() {
        return field(JSON_PROPERTY_TIMEOUT_MINUTES);
    }

    /** @return the most rollouts run at once */
    public PatchValue<Long> maxConcurrent() {
        return field(JSON_PROPERTY_MAX_CONCURRENT);
    }

    /** @return retries per failed rollout */
    public PatchValue<Long> maxRetries() {
        return field(JSON_PROPERTY_MAX_RETRIES);
    }

    /** @return the names of the secrets set in the sandbox; their values are never returned */
    public PatchValue<java.util.Set<String>> customSecretNames() {
        return this.<Map<String, String>>field(JSON_PROPERTY_CUSTOM_SECRETS).map(Map::keySet);
    }

    /** @return environment arguments */
    public PatchValue<ObjectNode> envArgs() {
        return copy(JSON_PROPERTY_ENV_ARGS);
    }

    /** @return sampling arguments */
    public PatchValue<ObjectNode> samplingArgs() {
        return copy(JSON_PROPERTY_SAMPLING_ARGS);
    }

    /** @return extra environment constructor arguments */
    public PatchValue<ObjectNode> extraEnvKwargs() {
        return copy(JSON_PROPERTY_EXTRA_ENV_KWARGS);
    }

    /** @return state columns forwarded to the runner */
    public PatchValue<List<String>> stateColumns() {
        return field(JSON_PROPERTY_STATE_COLUMNS);
    }

    /** @return headers forwarded to the runner */
    public PatchValue<List<String>> headers() {
        return field(JSON_PROPERTY_HEADERS);
    }

    /** @return whether the run may read and write the sandbox */
    public PatchValue<Boolean> allowSandboxAccess() {
        return field(JSON_PROPERTY_ALLOW_SANDBOX_ACCESS);
    }

    /** @return whether the run may create and manage instances */
    public PatchValue<Boolean> allowInstancesAccess() {
        return field(JSON_PROPERTY_ALLOW_INSTANCES_ACCESS);
    }

    /** @return whether the run may create and manage tunnels */
    public PatchValue<Boolean> allowTunnelAccess() {
        return field(JSON_PROPERTY_ALLOW_TUNNEL_ACCESS);
    }

    /** @return whether rollouts are scored independently */
    public PatchValue<Boolean> independentScoring() {
        return field(JSON_PROPERTY_INDEPENDENT_SCORING);
    }

    /** @return whether the runner is verbose */
    public PatchValue<Boolean> verbose() {
        return field(JSON_PROPERTY_VERBOSE);
    }

    /** @return the API client type forwarded to the runner */
    public PatchValue<String> apiClientType() {
        return field(JSON_PROPERTY_API_CLIENT_TYPE);
    }

    /** @return the inference base URL forwarded to the runner */
    public PatchValue<String> apiBaseUrl() {
        return field(JSON_PROPERTY_API_BASE_URL);
    }

    /** @return the name of the environment variable holding the inference key */
    public PatchValue<String> apiKeyVar() {
        return field(JSON_PROPERTY_API_KEY_VAR);
    }

    private PatchValue<ObjectNode> copy(String name) {
        return this.<ObjectNode>field(name).map(ObjectNode::deepCopy);
    }

    /**
     * Builds a {@link HostedEvalConfig}. Setters reject Java nulls (with a message naming the field's
     * {@code clearX()} method, which sends null instead) and out-of-range numbers at once. {@link #build()} rejects
     * a config without {@code num_examples} or {@code rollouts_per_example}.
     */
    public static final class Builder {
        private final Fields fields;

        private Builder() {
            this.fields = new Fields(JSON_PROPERTY_CUSTOM_SECRETS);
        }

        private Builder(HostedEvalConfig config) {
            this.fields = new Fields(config);
        }

        /** Sets a clearable field, naming it {@code eval_config.<name>} in messages. */
        private <T> Builder set(String name, T value, String clearMethod, BiFunction<String, ? super T, ?> check) {
            fields.setChecked(name, value, "eval_config." + name, Checks.callToClear(clearMethod), check);
            return this;
        }

        /** Sets a clearable text field as given, naming it {@code eval_config.<name>} in messages. */
        private Builder set(String name, String value, String clearMethod) {
            return set(name, value, clearMethod, (path, text) -> text);
        }

        /**
         * @param numExamples examples to evaluate: -1 (all) to 2^53 - 1
         * @return this builder
         * @throws IllegalArgumentException outside that range
         */
        public Builder numExamples(long numExamples) {
            fields.setNotClearable(JSON_PROPERTY_NUM_EXAMPLES,
                    Checks.range("eval_config.num_examples", numExamples, ALL_EXAMPLES, MAX_SAFE_INTEGER));
            return this;
        }

        /**
         * @param rolloutsPerExample rollouts per example, 1 to 2048
         * @return this builder
         * @throws IllegalArgumentException outside that range
         */
        public Builder rolloutsPerExample(long rolloutsPerExample) {
            fields.setNotClearable(JSON_PROPERTY_ROLLOUTS_PER_EXAMPLE,
                    Checks.range("eval_config.rollouts_per_example", rolloutsPerExample, 1, 2048));
            return this;
        }

        /**
         * @param minutes the run's timeout, 120 to 1440 (the server's default is 1440)
         * @return this builder
         * @throws IllegalArgumentException outside that range
         */
        public Builder timeoutMinutes(long minutes) {
            fields.set(JSON_PROPERTY_TIMEOUT_MINUTES,
                    Checks.range("eval_config.timeout_minutes", minutes, 120, 1440), "clearTimeoutMinutes");
            return this;
        }

        /** @return this builder, with {@code timeout_minutes} sent as null (server default) */
        public Builder clearTimeoutMinutes() {
            fields.clear(JSON_PROPERTY_TIMEOUT_MINUTES);
            return this;
        }

        /**
         * @param maxConcurrent the most rollouts run at once, 1 to 2^53 - 1
         * @return this builder
         * @throws IllegalArgumentException outside that range
         */
        public Builder maxConcurrent(long maxConcurrent) {
            fields.set(JSON_PROPERTY_MAX_CONCURRENT,
                    Checks.range("eval_config.max_concurrent", maxConcurrent, 1, MAX_SAFE_INTEGER),
                    "clearMaxConcurrent");
            return this;
        }

        /** @return this builder, with {@code max_concurrent} sent as null */
        public Builder clearMaxConcurrent() {
            fields.clear(JSON_PROPERTY_MAX_CONCURRENT);
            return this;
        }

        /**
         * @param maxRetries retries per failed rollout, 0 to 2^53 - 1
         * @return this builder
         * @throws IllegalArgumentException outside that range
         */
        public Builder maxRetries(long maxRetries) {
            fields.set(JSON_PROPERTY_MAX_RETRIES,
                    Checks.range("eval_config.max_retries", maxRetries, 0, MAX_SAFE_INTEGER), "clearMaxRetries");
            return this;
        }

        /** @return this builder, with {@code max_retries} sent as null */
        public Builder clearMaxRetries() {
            fields.clear(JSON_PROPERTY_MAX_RETRIES);
            return this;
        }

        /**
         * Sets the secrets the sandbox receives as environment variables. Their values are masked in every
         * {@code toString}, log line and exception message.
         *
         * @param secrets variable names to secret values; no nulls
         * @return this builder
         * @throws NullPointerException for a null map, naming {@link #clearCustomSecrets()}, or a null name or value
         */
        public Builder customSecrets(Map<String, String> secrets) {
            return set(JSON_PROPERTY_CUSTOM_SECRETS, secrets, "clearCustomSecrets", JsonValues::stringMap);
        }

        /** @return this builder, with {@code custom_secrets} sent as null */
        public Builder clearCustomSecrets() {
            fields.clear(JSON_PROPERTY_CUSTOM_SECRETS);
            return this;
        }

        /**
         * @param envArgs environment arguments, a JSON object (values may be any JSON)
         * @return this builder
         * @throws NullPointerException for a null map, naming {@link #clearEnvArgs()}, or a null key
         * @throws IllegalArgumentException for NaN/infinite numbers or over 10,000 entries
         */
        public Builder envArgs(Map<String, ?> envArgs) {
            return set(JSON_PROPERTY_ENV_ARGS, envArgs, "clearEnvArgs", JsonValues::object);
        }

        /**
         * @param envArgs environment arguments as a JSON object
         * @return this builder
         * @throws NullPointerException for null, naming {@link #clearEnvArgs()}
         * @throws IllegalArgumentException when not an object
         */
        public Builder envArgs(JsonNode envArgs) {
            return set(JSON_PROPERTY_ENV_ARGS, envArgs, "clearEnvArgs", JsonValues::object);
        }

        /** @return this builder, with {@code env_args} sent as null */
        public Builder clearEnvArgs() {
            fields.clear(JSON_PROPERTY_ENV_ARGS);
            return this;
        }

        /**
         * @param samplingArgs sampling arguments (for example temperature), a JSON object
         * @return this builder
         * @throws NullPointerException for a null map, naming {@link #clearSamplingArgs()}, or a null key
         * @throws IllegalArgumentException for NaN/infinite numbers or over 10,000 entries
         */
        public Builder samplingArgs(Map<String, ?> samplingArgs) {
            return set(JSON_PROPERTY_SAMPLING_ARGS, samplingArgs, "clearSamplingArgs", JsonValues::object);
        }

        /**
         * @param samplingArgs sampling arguments as a JSON object
         * @return this builder
         * @throws NullPointerException for null, naming {@link #clearSamplingArgs()}
         * @throws IllegalArgumentException when not an object
         */
        public Builder samplingArgs(JsonNode samplingArgs) {
            return set(JSON_PROPERTY_SAMPLING_ARGS, samplingArgs, "clearSamplingArgs", JsonValues::object);
        }

        /** @return this builder, with {@code sampling_args} sent as null */
        public Builder clearSamplingArgs() {
            fields.clear(JSON_PROPERTY_SAMPLING_ARGS);
            return this;
        }

        /**
         * @param kwargs extra environment constructor arguments, a JSON object
         * @return this builder
         * @throws NullPointerException for a null map, naming {@link #clearExtraEnvKwargs()}, or a null key
         * @throws IllegalArgumentException for NaN/infinite numbers or over 10,000 entries
         */
        public Builder extraEnvKwargs(Map<String, ?> kwargs) {
            return set(JSON_PROPERTY_EXTRA_ENV_KWARGS, kwargs, "clearExtraEnvKwargs", JsonValues::object);
        }

        /** @return this builder, with {@code extra_env_kwargs} sent as null */
        public Builder clearExtraEnvKwargs() {
            fields.clear(JSON_PROPERTY_EXTRA_ENV_KWARGS);
            return this;
        }

        /**
         * @param columns state columns forwarded to the runner
         * @return this builder
         * @throws NullPointerException for a null list, naming {@link #clearStateColumns()}, or a null item
         */
        public Builder stateColumns(List<String> columns) {
            return set(JSON_PROPERTY_STATE_COLUMNS, columns, "clearStateColumns", JsonValues::list);
        }

        /** @return this builder, with {@code state_columns} sent as null */
        public Builder clearStateColumns() {
            fields.clear(JSON_PROPERTY_STATE_COLUMNS);
            return this;
        }

        /**
         * @param headers headers forwarded to the runner, each {@code Name: value}
         * @return this builder
         * @throws NullPointerException for a null array, naming {@link #clearHeaders()}, or a null item
         */
        public Builder headers(String... headers) {
            return set(JSON_PROPERTY_HEADERS, JsonValues.asList(headers), "clearHeaders", JsonValues::list);
        }

        /** @return this builder, with {@code headers} sent as null */
        public Builder clearHeaders() {
            fields.clear(JSON_PROPERTY_HEADERS);
            return this;
        }

        /**
         * @param allow whether the run may read and write the sandbox
         * @return this builder
         */
        public Builder allowSandboxAccess(boolean allow) {
            fields.set(JSON_PROPERTY_ALLOW_SANDBOX_ACCESS, allow, "clearAllowSandboxAccess");
            return this;
        }

        /** @return this builder, with {@code allow_sandbox_access} sent as null */
        public Builder clearAllowSandboxAccess() {
            fields.clear(JSON_PROPERTY_ALLOW_SANDBOX_ACCESS);
            return this;
        }

        /**
         * @param allow whether the run may create and manage instances
         * @return this builder
         */
        public Builder allowInstancesAccess(boolean allow) {
            fields.set(JSON_PROPERTY_ALLOW_INSTANCES_ACCESS, allow, "clearAllowInstancesAccess");
            return this;
        }

        /** @return this builder, with {@code allow_instances_access} sent as null */
        public Builder clearAllowInstancesAccess() {
            fields.clear(JSON_PROPERTY_ALLOW_INSTANCES_ACCESS);
            return this;
        }

        /**
         * @param allow whether the run may create and manage tunnels
         * @return this builder
         */
        public Builder allowTunnelAccess(boolean allow) {
            fields.set(JSON_PROPERTY_ALLOW_TUNNEL_ACCESS, allow, "clearAllowTunnelAccess");
            return this;
        }

        /** @return this builder, with {@code allow_tunnel_access} sent as null */
        public Builder clearAllowTunnelAccess() {
            fields.clear(JSON_PROPERTY_ALLOW_TUNNEL_ACCESS);
            return this;
        }

        /**
         * @param independent whether rollouts are scored independently
         * @return this builder
         */
        public Builder independentScoring(boolean independent) {
            fields.set(JSON_PROPERTY_INDEPENDENT_SCORING, independent, "clearIndependentScoring");
            return this;
        }

        /** @return this builder, with {@code independent_scoring} sent as null */
        public Builder clearIndependentScoring() {
            fields.clear(JSON_PROPERTY_INDEPENDENT_SCORING);
            return this;
        }

        /**
         * @param verbose whether the runner is verbose
         * @return this builder
         */
        public Builder verbose(boolean verbose) {
            fields.set(JSON_PROPERTY_VERBOSE, verbose, "clearVerbose");
            return this;
        }

        /** @return this builder, with {@code verbose} sent as null */
        public Builder clearVerbose() {
            fields.clear(JSON_PROPERTY_VERBOSE);
            return this;
        }

        /**
         * @param type the API client type forwarded to the runner
         * @return this builder
         * @throws NullPointerException for null, naming {@link #clearApiClientType()}
         */
        public Builder apiClientType(String type) {
            return set(JSON_PROPERTY_API_CLIENT_TYPE, type, "clearApiClientType");
        }

        /** @return this builder, with {@code api_client_type} sent as null */
        public Builder clearApiClientType() {
            fields.clear(JSON_PROPERTY_API_CLIENT_TYPE);
            return this;
        }

        /**
         * @param url the inference base URL forwarded to the runner
         * @return this builder
         * @throws NullPointerException for null, naming {@link #clearApiBaseUrl()}
         */
        public Builder apiBaseUrl(String url) {
            return set(JSON_PROPERTY_API_BASE_URL, url, "clearApiBaseUrl");
        }

        /** @return this builder, with {@code api_base_url} sent as null */
        public Builder clearApiBaseUrl() {
            fields.clear(JSON_PROPERTY_API_BASE_URL);
            return this;
        }

        /**
         * @param variable the name of the environment variable that holds the inference key
         * @return this builder
         * @throws NullPointerException for null, naming {@link #clearApiKeyVar()}
         */
        public Builder apiKeyVar(String variable) {
            return set(JSON_PROPERTY_API_KEY_VAR, variable, "clearApiKeyVar");
        }

        /** @return this builder, with {@code api_key_var} sent as null */
        public Builder clearApiKeyVar() {
            fields.clear(JSON_PROPERTY_API_KEY_VAR);
            return this;
        }

        /**
         * @return the config
         * @throws IllegalStateException when {@code num_examples} or {@code rollouts_per_example} is not set
         */
        public HostedEvalConfig build() {
            Checks.required("eval_config.num_examples", fields.get(JSON_PROPERTY_NUM_EXAMPLES).orElse(null),
                    "numExamples");
            Checks.required("eval_config.rollouts_per_example",
                    fields.get(JSON_PROPERTY_ROLLOUTS_PER_EXAMPLE).orElse(null), "rolloutsPerExample");
            return new HostedEvalConfig(this);
        }
    }
}
