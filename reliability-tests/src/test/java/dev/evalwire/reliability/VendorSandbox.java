package dev.evalwire.reliability;

import dev.evalwire.testing.RecordedRequest;
import dev.evalwire.testing.Sandbox;
import java.util.List;

/**
 * A vendor's sandbox, which serves both of its calls: the update and the read. Every request of either call is
 * counted and faulted by it; {@link #requests(Operation)} tells the two calls' requests apart by method.
 */
final class VendorSandbox implements AutoCloseable {

    private final Sandbox sandbox;

    private VendorSandbox(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** Starts the vendor's sandbox accepting {@code apiKey}. */
    static VendorSandbox start(Vendor vendor, String apiKey) {
        return new VendorSandbox(vendor.startSandbox(apiKey));
    }

    /** The sandbox: its faults and its count of the requests of both calls. */
    Sandbox sandbox() {
        return sandbox;
    }

    /** The requests of {@code operation}'s call, as the sandbox received them. */
    List<RecordedRequest> requests(Operation operation) {
        return sandbox.requests().stream()
                .filter(request -> request.method().equals("GET") == (operation == Operation.READ))
                .toList();
    }

    /** Where a client making {@code operation}'s call points: the sandbox, for both calls. */
    String baseUrl(Operation operation) {
        return sandbox.baseUrl();
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
