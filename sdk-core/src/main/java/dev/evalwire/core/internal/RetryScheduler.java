package dev.evalwire.core.internal;

import dev.evalwire.core.Sleeper;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs an async call's next attempt once its wait is over, without holding a thread during the wait: one daemon
 * thread per client, started on the first wait and stopped by {@link #close()}, serves every pending wait of the
 * client. A {@link Sleeper} other than {@link Sleeper#system()} (a test's recording sleeper) is asked to sleep on
 * that thread first, so that async waits are recorded like sync ones.
 */
final class RetryScheduler implements AutoCloseable {

    private final String threadName;
    private final Sleeper sleeper;
    private ScheduledThreadPoolExecutor executor;
    private boolean closed;

    RetryScheduler(String vendor, Sleeper sleeper) {
        this.threadName = "evalwire-" + vendor + "-retry";
        this.sleeper = sleeper;
    }

    /**
     * @param wait how long to wait
     * @param task the next attempt
     * @return the pending wait, whose {@code cancel} stops the task from running (and interrupts a test's
     *     sleeper that is sleeping for it)
     * @throws java.util.concurrent.RejectedExecutionException after {@link #close()}
     */
    Future<?> schedule(Duration wait, Runnable task) {
        if (sleeper instanceof SystemSleeper) {
            return executor().schedule(task, wait.toNanos(), TimeUnit.NANOSECONDS);
        }
        return executor().submit(() -> {
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException stopped) {
                return;
            }
            task.run();
        });
    }

    private synchronized ScheduledThreadPoolExecutor executor() {
        if (closed) {
            throw new RejectedExecutionException("the client is closed");
        }
        if (executor == null) {
            executor = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, threadName);
                thread.setDaemon(true);
                return thread;
            });
            executor.setRemoveOnCancelPolicy(true);
        }
        return executor;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
