package dev.evalwire.core.internal;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the SDK's request/response log lines go: SLF4J when an SLF4J provider (2.x) or binding (1.7) is on the
 * classpath, otherwise {@code java.util.logging}. SLF4J is an optional dependency, never required: it is looked
 * up by name, and its types are touched only by {@link Slf4jLogSink}, loaded only when SLF4J is present.
 */
public abstract class LogSink {

    /** The logger name used on either backend. */
    public static final String LOGGER_NAME = "dev.evalwire.http";

    private static final LogSink DETECTED = detect(LogSink.class.getClassLoader());

    LogSink() {}

    /** @return the sink chosen for this classpath, once per class loader */
    public static LogSink detected() {
        return DETECTED;
    }

    /**
     * @param line a finished, already redacted log line
     */
    public abstract void info(String line);

    /**
     * Logs a warning about the SDK's own configuration (for example an unknown {@code EVALWIRE_LOG}), whatever the
     * client's log level. This base version logs it as an ordinary line.
     *
     * @param line the warning, free of secrets
     */
    public void warn(String line) {
        info(line);
    }

    /** @return {@code "slf4j"} or {@code "jul"} */
    public abstract String backend();

    static LogSink detect(ClassLoader loader) {
        if (slf4jProviderPresent(loader)) {
            try {
                LogSink sink = Slf4jLogSink.createOrNull();
                if (sink != null) {
                    return sink;
                }
            } catch (LinkageError incompatibleSlf4j) {
                // An SLF4J too old or broken to use: fall back to java.util.logging.
            }
        }
        return new JulLogSink();
    }

    private static boolean slf4jProviderPresent(ClassLoader loader) {
        if (!present("org.slf4j.LoggerFactory", loader)) {
            return false;
        }
        if (System.getProperty("slf4j.provider") != null) {
            return true;
        }
        if (!present("org.slf4j.spi.SLF4JServiceProvider", loader)) {
            // SLF4J 1.7: a binding makes it work.
            return present("org.slf4j.impl.StaticLoggerBinder", loader);
        }
        // SLF4J 2 reads only service providers: with a 1.7 binding alone it would print "No SLF4J providers were
        // found" on stderr and drop every line, so a binding does not count here.
        try {
            Class<?> spi = Class.forName("org.slf4j.spi.SLF4JServiceProvider", false, loader);
            declareUse(spi);
            return ServiceLoader.load(spi, loader).iterator().hasNext();
        } catch (ClassNotFoundException | LinkageError | ServiceConfigurationError | RuntimeException noProvider) {
            return false;
        }
    }

    /**
     * On the module path, lets this module look SLF4J's providers up: a named module may only load services it
     * uses, and {@code module-info} cannot say {@code uses} for a module that is optional at run time. Java 8 and
     * the class path have no modules; then this does nothing. Reflection keeps the class Java 8 bytecode.
     */
    private static void declareUse(Class<?> service) {
        try {
            Object module = Class.class.getMethod("getModule").invoke(LogSink.class);
            module.getClass().getMethod("addUses", Class.class).invoke(module, service);
        } catch (ReflectiveOperationException | RuntimeException noModules) {
            // Java 8: nothing to declare.
        }
    }

    private static boolean present(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    /**
     * The {@code java.util.logging} backend, at level INFO. Records name the logger, {@value #LOGGER_NAME}, as their
     * source class (and no method), instead of the class and method java.util.logging would infer, this sink's.
     */
    static final class JulLogSink extends LogSink {
        private static final Logger LOG = Logger.getLogger(LOGGER_NAME);

        @Override
        public void info(String line) {
            LOG.logp(Level.INFO, LOGGER_NAME, null, line);
        }

        @Override
        public void warn(String line) {
            LOG.logp(Level.WARNING, LOGGER_NAME, null, line);
        }

        @Override
        public String backend() {
            return "jul";
        }
    }
}
