package dev.evalwire.benchmarks;

/** One vendor's update call made one way; thread-safe; {@link #call()} builds the body, sends it and decodes the answer. */
public interface UpdateCall extends AutoCloseable {

    /**
     * Makes the call once.
     *
     * @return the decoded response (returned so JMH consumes it)
     * @throws Exception any failure, which fails the benchmark
     */
    Object call() throws Exception;

    /** Releases what the client owns. */
    @Override
    void close();

    /** The work of one call: build the body, send it, decode the answer. */
    @FunctionalInterface
    interface Action {
        /**
         * @return the decoded response
         * @throws Exception any failure
         */
        Object run() throws Exception;
    }

    /**
     * Wraps a call and what closing it releases.
     *
     * @param action the call
     * @param release run by {@link #close()}
     * @return the update call
     */
    static UpdateCall of(Action action, Runnable release) {
        return new UpdateCall() {
            @Override
            public Object call() throws Exception {
                return action.run();
            }

            @Override
            public void close() {
                release.run();
            }
        };
    }
}
