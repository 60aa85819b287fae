package dev.evalwire.testing.internal;

import dev.evalwire.testing.RecordedRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Thread-safe, append-only list of the requests a sandbox received, in arrival order. */
public final class RequestLog {

    private final List<RecordedRequest> requests = new ArrayList<>();

    /** Appends one request. */
    public synchronized void add(RecordedRequest request) {
        requests.add(request);
    }

    /** A snapshot copy, oldest first. */
    public synchronized List<RecordedRequest> snapshot() {
        return Collections.unmodifiableList(new ArrayList<>(requests));
    }

    /** How many requests were received. */
    public synchronized int size() {
        return requests.size();
    }
}
