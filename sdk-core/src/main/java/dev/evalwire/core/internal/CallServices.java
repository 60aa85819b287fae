package dev.evalwire.core.internal;

import dev.evalwire.core.internal.errors.ErrorBodyParser;
import dev.evalwire.core.internal.errors.ErrorMapper;
import dev.evalwire.core.internal.retry.AdaptiveRateLimiter;
import dev.evalwire.core.internal.retry.RetryAfter;
import dev.evalwire.core.internal.retry.RetryStrategy;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import javax.annotation.Nullable;

/** What every call of one client shares: its settings and the helpers its attempts use. */
final class CallServices implements AutoCloseable {

    final ClientSettings settings;
    final HttpLogger logger;
    final ErrorMapper errors;
    final RetryAfter retryAfter;
    final ResponseReader reader;
    final RetryScheduler scheduler;
    /** The client's calls that have started and not ended. */
    final InFlightCalls inFlight = new InFlightCalls();
    /** Paces the client's attempts in adaptive retry mode; null otherwise. */
    @Nullable
    final AdaptiveRateLimiter limiter;
    /** The retry rules of a call that keeps the policy's number of retries; they hold no state of their own. */
    private final RetryStrategy policyRetries;

    CallServices(ClientSettings settings) {
        this.settings = settings;
        this.logger = new HttpLogger(settings.logLevel, settings.mapper);
        this.errors = new ErrorMapper(new ErrorBodyParser(settings.mapper, settings.errorShapes));
        this.retryAfter = new RetryAfter(settings.clock);
        this.reader = new ResponseReader(settings.mapper);
        this.scheduler = new RetryScheduler(settings.vendor, settings.sleeper);
        this.limiter = settings.retryPolicy.isAdaptive() ? new AdaptiveRateLimiter(() -> nanos(settings.clock)) : null;
        this.policyRetries = newRetries(settings.retryPolicy.maxRetries());
    }

    /** The client's clock in nanoseconds, so that tests that fix the clock fix the adaptive pacing too. */
    private static long nanos(Clock clock) {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /**
     * @param maxRetries the retries the call may make
     * @return the retry rules of one call, sharing the client's adaptive rate estimate
     */
    RetryStrategy retries(int maxRetries) {
        return maxRetries == policyRetries.maxRetries() ? policyRetries : newRetries(maxRetries);
    }

    private RetryStrategy newRetries(int maxRetries) {
        return new RetryStrategy(
                settings.retryPolicy,
                maxRetries,
                () -> ThreadLocalRandom.current().nextDouble(),
                limiter);
    }

    /** Stops the retry thread; pending waits never run. */
    @Override
    public void close() {
        scheduler.close();
    }
}
