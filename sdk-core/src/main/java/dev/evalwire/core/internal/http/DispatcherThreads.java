package dev.evalwire.core.internal.http;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads OkHttp's dispatcher runs the SDK's async calls on: an idle thread is reused first, a new one is started
 * only while fewer than the limit are alive, and beyond that a task waits for the next thread to come free. Threads
 * end after a minute without work.
 *
 * <p>OkHttp's own pool has no upper bound: when a call ends, its thread hands the call's slot to the next queued call
 * before it is idle itself, so under a long queue that pool keeps starting threads past the dispatcher's limit. With
 * this pool the number of threads never exceeds the number of calls the dispatcher lets run at once.
 */
final class DispatcherThreads {

    private static final long IDLE_SECONDS = 60;

    private DispatcherThreads() {}

    /**
     * @param maxThreads the most threads alive at once, the dispatcher's limit of calls running at once
     * @return the pool; tasks given to it after {@code shutdown()} are rejected with
     *     {@link RejectedExecutionException}
     */
    static ExecutorService create(int maxThreads) {
        IdleThreadsFirst queue = new IdleThreadsFirst();
        return new ThreadPoolExecutor(
                0, maxThreads, IDLE_SECONDS, TimeUnit.SECONDS, queue, new Named(), (task, pool) -> {
                    if (pool.isShutdown()) {
                        throw new RejectedExecutionException("the client is closed");
                    }
                    queue.waitForAThread(task);
                });
    }

    /**
     * The pool's queue. {@link ThreadPoolExecutor} queues a task before it starts a thread; this queue takes a task
     * only when an idle thread is waiting for one, so the pool starts a thread instead, and when it cannot (all are
     * alive and busy) the task is queued by {@link #waitForAThread}.
     */
    private static final class IdleThreadsFirst extends LinkedTransferQueue<Runnable> {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean offer(Runnable task) {
            return tryTransfer(task);
        }

        /** Queues {@code task} for the next thread that comes free. */
        void waitForAThread(Runnable task) {
            super.offer(task);
        }
    }

    /** Names the threads as OkHttp names its own; like OkHttp's, they keep the JVM alive while they run a call. */
    private static final class Named implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            return new Thread(task, "evalwire OkHttp Dispatcher " + count.incrementAndGet());
        }
    }
}
