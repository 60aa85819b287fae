package dev.evalwire.reliability;

import dev.evalwire.core.EvalwireException;
import dev.evalwire.core.RequestOptions;
import dev.evalwire.reliability.Vendor.Body;
import dev.evalwire.reliability.Vendor.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One call of one vendor, the unit the reliability tests iterate over: its default path ids, request line and
 * bodies, and how to make it and read its outcome. Named after the vendor alone for the update (the row names
 * docs/GUARANTEES.md quotes) and {@code "<vendor> read"} for the read.
 */
record Endpoint(Vendor vendor, Operation operation) {

    /** Every vendor's update, then every vendor's read. */
    static List<Endpoint> all() {
        List<Endpoint> all = new ArrayList<>();
        for (Operation operation : Operation.values()) {
            for (Vendor vendor : Vendor.values()) {
                all.add(new Endpoint(vendor, operation));
            }
        }
        return all;
    }

    /** The ids of the sandbox's seeded resource, in path order. */
    List<String> ids() {
        return operation == Operation.READ ? vendor.readIds : vendor.updateIds;
    }

    /** The HTTP method on the wire. */
    String method() {
        return operation == Operation.READ ? "GET" : vendor.updateMethod;
    }

    /** The request path for the given ids, already percent-encoded. */
    String path(List<String> encodedIds) {
        return vendor.path(operation, encodedIds);
    }

    /** The query string on the wire, or null for none. */
    String query() {
        return vendor.query(operation);
    }

    /** The response body kept for the case, or null when the case has no meaning for this call. */
    String body(Body body) {
        return vendor.body(operation, body);
    }

    /** The call's arguments before the optional {@code RequestOptions}, for the seeded resource. */
    List<Object> callArguments() {
        return vendor.callArguments(operation);
    }

    /** Checks that {@code result} is this call's typed response read correctly from {@code body}. */
    void checkDecoded(Body body, Object result) {
        if (operation == Operation.READ) {
            vendor.checkRead(body, result);
        } else {
            vendor.checkDecoded(body, result);
        }
    }

    /** One synchronous call. */
    Object call(AutoCloseable client, List<String> ids, RequestOptions options) {
        return operation == Operation.READ ? vendor.read(client, ids, options) : vendor.update(client, ids, options);
    }

    /** One asynchronous call. */
    CompletableFuture<?> callAsync(AutoCloseable client, List<String> ids, RequestOptions options) {
        return operation == Operation.READ
                ? vendor.readAsync(client, ids, options)
                : vendor.updateAsync(client, ids, options);
    }

    /**
     * Makes one call and returns its result or the exception it ended with (the async one unwrapped from the
     * future). An async call that does not complete within {@code seconds} fails the test as a hang.
     */
    Object outcome(Mode mode, AutoCloseable client, List<String> ids, RequestOptions options, int seconds) {
        try {
            if (mode == Mode.SYNC) {
                return call(client, ids, options);
            }
            CompletableFuture<?> future = callAsync(client, ids, options);
            try {
                return future.get(seconds, TimeUnit.SECONDS);
            } catch (ExecutionException failed) {
                return failed.getCause();
            } catch (TimeoutException hung) {
                future.cancel(true);
                throw new AssertionError(this + " " + mode + " call did not complete within " + seconds + " s");
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", interrupted);
            }
        } catch (EvalwireException expected) {
            return expected;
        }
    }

    /** The call with the seeded resource's ids and no options. */
    Object outcome(Mode mode, AutoCloseable client, int seconds) {
        return outcome(mode, client, ids(), RequestOptions.none(), seconds);
    }

    @Override
    public String toString() {
        return operation == Operation.UPDATE ? vendor.toString() : vendor + " " + operation;
    }
}
