package dev.evalwire.core.testing;

import dev.evalwire.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A sleeper and a clock that share one fake time: each sleep is recorded and moves the clock forward by its
 * duration at once, so a wait with a timeout runs out without any real waiting.
 */
public final class FakeTime implements Sleeper {

    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<Duration>());
    private final Instant start = Instant.parse("2026-01-01T00:00:00Z");
    private volatile Duration elapsed = Duration.ZERO;

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        elapsed = elapsed.plus(duration);
    }

    /** @return the waits requested so far, in order */
    public List<Duration> sleeps() {
        synchronized (sleeps) {
            return new ArrayList<>(sleeps);
        }
    }

    /** @return how far the clock moved */
    public Duration elapsed() {
        return elapsed;
    }

    /** @return a clock that reads the start time plus every sleep so far */
    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return start.plus(elapsed);
            }
        };
    }
}
