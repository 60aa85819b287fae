package dev.evalwire.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * How the evaluator builds that Fireworks updates start come out: how many reads still see
 * {@code BUILDING}, and whether the next build fails. Thread-safe.
 */
public final class BuildPlan {

    /** Reads that see {@code BUILDING} before a build ends, unless changed. */
    public static final int DEFAULT_POLLS = 2;

    static final String SUCCEEDED = "build succeeded";

    private int polls = DEFAULT_POLLS;
    private ObjectNode nextFailure;

    /** Sets how many reads see {@code BUILDING} in builds started from now on. */
    public synchronized void polls(int polls) {
        if (polls < 0) {
            throw new IllegalArgumentException("polls must not be negative, got " + polls);
        }
        this.polls = polls;
    }

    /** Makes the next build started end in {@code BUILD_FAILED} with this status; replaces an earlier request. */
    public synchronized void failNext(String code, String message) {
        this.nextFailure = status(code, message);
    }

    /**
     * The read script of a build starting now: {@code polls} reads that change nothing, then one
     * that sets the outcome ({@code ACTIVE} with code {@code OK}, or the requested failure, which
     * this call uses up).
     */
    public synchronized List<JsonStore.Change> start() {
        final String state = nextFailure == null ? "ACTIVE" : "BUILD_FAILED";
        final ObjectNode status = nextFailure == null ? status("OK", SUCCEEDED) : nextFailure;
        nextFailure = null;
        List<JsonStore.Change> steps = new ArrayList<>();
        for (int i = 0; i < polls; i++) {
            steps.add(current -> current);
        }
        steps.add(current -> {
            current.put("state", state);
            current.set("status", status.deepCopy());
            return current;
        });
        return steps;
    }

    /** A Fireworks build {@code status}: {@code {"code": code, "message": message}}. */
    static ObjectNode status(String code, String message) {
        ObjectNode status = Json.object();
        status.put("code", code).put("message", message);
        return status;
    }
}
