package dev.evalwire.examples;

import dev.evalwire.core.ClientBuilder;
import dev.evalwire.core.ConfigSource;
import dev.evalwire.testing.Sandbox;
import java.io.PrintStream;

/**
 * Where one vendor's example runs: the real API when the vendor's API key variable is set, otherwise a sandbox
 * started for the run. The client logs as {@code EVALWIRE_LOG} says: nothing by default, every request and
 * response (redacted) with {@code EVALWIRE_LOG=debug}.
 */
final class ExampleTarget implements AutoCloseable {

    private final String vendor;
    private final Sandbox sandbox;

    private ExampleTarget(String vendor, Sandbox sandbox) {
        this.vendor = vendor;
        this.sandbox = sandbox;
    }

    /**
     * @param vendor the vendor's display name
     * @param apiKeyVariables the variables that hold the vendor's API key; any one set means the real API
     * @param sandboxFactory starts the vendor's sandbox when no key is set
     * @param out where to say which target was chosen
     * @return the target
     */
    static ExampleTarget choose(
            String vendor,
            String[] apiKeyVariables,
            java.util.function.Supplier<Sandbox> sandboxFactory,
            PrintStream out) {
        for (String variable : apiKeyVariables) {
            if (ConfigSource.system().get(variable) != null) {
                out.println("== " + vendor + ": " + variable + " is set, calling the real API");
                return new ExampleTarget(vendor, null);
            }
        }
        Sandbox sandbox = sandboxFactory.get();
        out.println("== " + vendor + ": no API key set, calling the sandbox at " + sandbox.baseUrl());
        return new ExampleTarget(vendor, sandbox);
    }

    /** @return true when the example runs against the sandbox */
    boolean isSandbox() {
        return sandbox != null;
    }

    /**
     * Points a client builder at the target: the sandbox's URL and key, or the environment. The log level is
     * left to {@code EVALWIRE_LOG} (or {@code -Devalwire.log}), which the builder reads either way.
     *
     * @param builder the vendor's client builder
     * @param <B> the builder type
     * @return the builder, configured
     */
    <B extends ClientBuilder<B, ?>> B configure(B builder) {
        return sandbox != null ? builder.baseUrl(sandbox.baseUrl()).apiKey(sandbox.apiKey()) : builder.fromEnv();
    }

    /**
     * Reads the id of a real resource to update, or returns the sandbox's seeded one.
     *
     * @param variable the variable naming the real resource
     * @param sandboxId the sandbox's seeded id
     * @return the id, or null when the real API is targeted and the variable is not set
     */
    String resourceId(String variable, String sandboxId) {
        return sandbox != null ? sandboxId : ConfigSource.system().get(variable);
    }

    @Override
    public void close() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Override
    public String toString() {
        return vendor + (sandbox != null ? " (sandbox)" : " (real API)");
    }
}
