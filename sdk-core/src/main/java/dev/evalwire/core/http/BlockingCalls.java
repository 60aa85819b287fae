package dev.evalwire.core.http;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The threads on which {@link HttpCall#enqueue}'s default runs a blocking {@link HttpCall#execute()}. */
final class BlockingCalls {

    private static final AtomicInteger IDS = new AtomicInteger();

    /** Created as needed, kept 10 s when idle, daemon threads: they never keep a JVM alive. */
    static final ExecutorService THREADS = new ThreadPoolExecutor(
            0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS, new SynchronousQueue<Runnable>(), runnable -> {
                Thread thread = new Thread(runnable, "evalwire-blocking-call-" + IDS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    private BlockingCalls() {}
}
