package dev.evalwire.core;

import java.time.Duration;

/**
 * A wait for a change to take effect ({@link WaitOptions}) ran out of time: the resource was still in a state that
 * is not final at the last read. Nothing was cancelled on the server; waiting again picks up where this left off.
 */
public class WaitTimeoutException extends EvalwireException {

    private static final long serialVersionUID = 1L;

    /** The resource's state at the last read. */
    private final String lastState;
    /** How many reads were made. */
    private final int reads;
    /** The time allowed. */
    private final Duration timeout;

    /**
     * @param what the resource waited for, free of secrets
     * @param lastState its state at the last read, or what the last read answered
     * @param reads how many reads were made
     * @param timeout the time allowed
     */
    public WaitTimeoutException(String what, String lastState, int reads, Duration timeout) {
        super(what + " was still " + lastState + " after " + timeout + " (" + reads + " reads)", null);
        this.lastState = lastState;
        this.reads = reads;
        this.timeout = timeout;
    }

    /** @return the resource's state at the last read */
    public String lastState() {
        return lastState;
    }

    /** @return how many reads were made */
    public int reads() {
        return reads;
    }

    /** @return the time allowed */
    public Duration timeout() {
        return timeout;
    }
}
