package dev.evalwire.core.http;

import java.io.IOException;

/** One attempt of an HTTP request, which can be run once and cancelled from another thread. */
public interface HttpCall {

    /**
     * Sends the request and reads the whole response.
     *
     * @return the response, with its body read and the connection released
     * @throws IOException on connection failure, timeout, cancellation or a body larger than the transport accepts
     */
    HttpResponse execute() throws IOException;

    /**
     * Sends the request without holding the caller's thread while the answer is on its way; the callback gets the
     * response, with its body read, or the failure, on another thread. The OkHttp transport uses OkHttp's
     * dispatcher. The default runs {@link #execute()} on a thread of a shared pool of daemon threads, so a
     * transport that can send without blocking a thread should override it.
     *
     * @param callback told exactly once how the attempt ended
     */
    default void enqueue(Callback callback) {
        BlockingCalls.THREADS.execute(() -> {
            HttpResponse response;
            try {
                response = execute();
            } catch (Exception failure) {
                callback.onFailure(failure);
                return;
            }
            callback.onResponse(response);
        });
    }

    /** Cancels the call; a running {@link #execute()} fails with an {@link IOException}. Safe to call twice. */
    void cancel();

    /** How an {@link #enqueue enqueued} attempt ended: exactly one of the two methods is called, once. */
    interface Callback {

        /** @param response the whole response, already read and closed */
        void onResponse(HttpResponse response);

        /**
         * @param failure why no whole response arrived: an {@link IOException} (cancellation included), or
         *     whatever else the transport threw
         */
        void onFailure(Exception failure);
    }
}
