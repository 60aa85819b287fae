package dev.evalwire.core.internal;

import dev.evalwire.core.Sleeper;
import java.time.Duration;

/** The real clock's sleeper ({@link Sleeper#system()}): blocks the calling thread; async waits are scheduled. */
public final class SystemSleeper implements Sleeper {

    /** The one instance. */
    public static final SystemSleeper INSTANCE = new SystemSleeper();

    private SystemSleeper() {}

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        long nanos = duration.toNanos();
        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    }
}
