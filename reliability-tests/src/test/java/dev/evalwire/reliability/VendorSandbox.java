package dev.evalwire.reliability;

import dev.evalwire.testing.RecordedRequest;
import dev.evalwire.testing.Sandbox;
import java.util.List;

/**
 * A vendor's sandbox as both of its calls reach it: the update directly, the read through a {@link ReadFront}.
 * Every request of either call is counted and faulted by the one sandbox; a read is recorded as sent by the front.
 */
final class VendorSandbox implements AutoCloseable {

    private final Sandbox sandbox;
    private final ReadFront front;

    private VendorSandbox(Sandbox sandbox, ReadFront front) {
        this.sandbox = sandbox;
        this.front = front;
    }

    /** Starts the vendor's sandbox accepting {@code apiKey}, and the front for its read. */
    static VendorSandbox start(Vendor vendor, String apiKey) {
        Sandbox sandbox = vendor.startSandbox(apiKey);
        return new VendorSandbox(sandbox, ReadFront.start(vendor, sandbox.baseUrl()));
    }

    /** The sandbox: its faults and its count of the requests of both calls. */
    Sandbox sandbox() {
        return sandbox;
    }

    /** The requests of {@code operation}'s call, as the client sent them. */
    List<RecordedRequest> requests(Operation operation) {
        return operation == Operation.READ
                ? front.requests()
                : sandbox.requests().stream()
                        .filter(request -> !request.method().equals("GET"))
                        .toList();
    }

    /** Where a client making {@code operation}'s call points. */
    String baseUrl(Operation operation) {
        return operation == Operation.READ ? front.baseUrl() : sandbox.baseUrl();
    }

    @Override
    public void close() {
        front.close();
        sandbox.close();
    }
}
