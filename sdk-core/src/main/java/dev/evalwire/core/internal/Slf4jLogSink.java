package dev.evalwire.core.internal;

import javax.annotation.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SLF4J backend of {@link LogSink}; loaded only when SLF4J is on the classpath. */
final class Slf4jLogSink extends LogSink {

    private final Logger logger;

    private Slf4jLogSink(Logger logger) {
        this.logger = logger;
    }

    /** @return the sink, or null when SLF4J found no provider and would drop every line */
    @Nullable
    static LogSink createOrNull() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory.getClass().getName().equals("org.slf4j.helpers.NOPLoggerFactory")) {
            return null;
        }
        return new Slf4jLogSink(factory.getLogger(LOGGER_NAME));
    }

    @Override
    public void info(String line) {
        logger.info(line);
    }

    @Override
    public void warn(String line) {
        logger.warn(line);
    }

    @Override
    public String backend() {
        return "slf4j";
    }
}
