package dev.evalwire.core.internal;

import dev.evalwire.core.internal.errors.ErrorBodyParser;
import dev.evalwire.core.internal.errors.ErrorMapper;
import dev.evalwire.core.internal.retry.RetryAfter;

/** What every call of one client shares: its settings and the helpers its attempts use. */
final class CallServices implements AutoCloseable {

    final ClientSettings settings;
    final HttpLogger logger;
    final ErrorMapper errors;
    final RetryAfter retryAfter;
    final ResponseReader reader;
    final RetryScheduler scheduler;

    CallServices(ClientSettings settings) {
        this.settings = settings;
        this.logger = new HttpLogger(settings.logLevel, settings.mapper);
        this.errors = new ErrorMapper(new ErrorBodyParser(settings.mapper));
        this.retryAfter = new RetryAfter(settings.clock);
        this.reader = new ResponseReader(settings.mapper);
        this.scheduler = new RetryScheduler(settings.vendor, settings.sleeper);
    }

    /** Stops the retry thread; pending waits never run. */
    @Override
    public void close() {
        scheduler.close();
    }
}
