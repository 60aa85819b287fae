package dev.evalwire.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/**
 * Without SLF4J on the classpath (surefire's default execution, and PIT's), detection picks java.util.logging,
 * whichever class loader it looks in; Slf4jLoggingTest covers the classpath with SLF4J.
 */
class LogSinkTest {

    @Test
    void withoutSlf4jEveryClassLoaderGetsJavaUtilLogging() throws Exception {
        assertEquals("jul", LogSink.detect(LogSink.class.getClassLoader()).backend());
        try (URLClassLoader bootstrapOnly = new URLClassLoader(new URL[0], null)) {
            assertEquals("jul", LogSink.detect(bootstrapOnly).backend());
        }
    }
}
