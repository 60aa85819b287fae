package dev.evalwire.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RedactedCause#of} keeps a clean exception as it is, even one whose cause chain loops, and replaces a chain
 * whose secret sits anywhere in it (the top, a cause, a suppressed exception) with stand-ins that keep the original
 * class names, messages with the secret masked, stack traces and shape.
 */
class RedactedCauseTest {

    private static final String KEY = "sk-redacted-cause-key";
    private static final List<String> SECRETS = Collections.singletonList(KEY);

    @Test
    void aCleanChainIsKeptEvenWhenItLoops() {
        RuntimeException inner = new RuntimeException("inner");
        IOException outer = new IOException("outer", inner);
        inner.initCause(outer);
        outer.addSuppressed(new IllegalStateException("clean"));
        outer.addSuppressed(inner);
        assertSame(outer, RedactedCause.of(outer, SECRETS));
    }

    @Test
    void aLoopingChainWithASecretIsReplacedAndTheLoopCut() {
        RuntimeException inner = new RuntimeException("inner " + KEY);
        IOException outer = new IOException("outer", inner);
        inner.initCause(outer);
        RedactedCause standIn = assertInstanceOf(RedactedCause.class, RedactedCause.of(outer, SECRETS));
        assertEquals("java.io.IOException: outer", standIn.toString());
        RedactedCause cause = assertInstanceOf(RedactedCause.class, standIn.getCause());
        assertEquals("java.lang.RuntimeException: inner [REDACTED]", cause.toString());
        assertNull(cause.getCause());
    }

    @Test
    void aSecretOnlyInTheCauseReplacesTheWholeChain() {
        IOException outer = new IOException("outer", new IllegalStateException("inner " + KEY));
        RedactedCause standIn = assertInstanceOf(RedactedCause.class, RedactedCause.of(outer, SECRETS));
        assertEquals("java.io.IOException", standIn.originalClass());
        assertEquals("outer", standIn.getMessage());
        assertArrayEquals(outer.getStackTrace(), standIn.getStackTrace());
        RedactedCause cause = assertInstanceOf(RedactedCause.class, standIn.getCause());
        assertEquals("java.lang.IllegalStateException", cause.originalClass());
        assertEquals("inner [REDACTED]", cause.getMessage());
    }

    @Test
    void aSecretOnlyInASuppressedExceptionReplacesTheWholeChain() {
        IOException outer = new IOException("outer");
        outer.addSuppressed(new IllegalStateException("clean"));
        outer.addSuppressed(new RuntimeException("suppressed " + KEY));
        RedactedCause standIn = assertInstanceOf(RedactedCause.class, RedactedCause.of(outer, SECRETS));
        assertNull(standIn.getCause());
        Throwable[] suppressed = standIn.getSuppressed();
        assertEquals(2, suppressed.length);
        assertEquals("java.lang.IllegalStateException: clean", suppressed[0].toString());
        assertEquals("java.lang.RuntimeException: suppressed [REDACTED]", suppressed[1].toString());
    }

    @Test
    void aStandInForAnExceptionWithoutAMessageIsNamedByItsClassAlone() {
        IOException outer = new IOException(null, new IllegalStateException(KEY));
        RedactedCause standIn = assertInstanceOf(RedactedCause.class, RedactedCause.of(outer, SECRETS));
        assertNull(standIn.getMessage());
        assertEquals("java.io.IOException", standIn.toString());
        assertEquals(
                "java.lang.IllegalStateException: [REDACTED]",
                standIn.getCause().toString());
    }

    @Test
    void aSecretOnlyInToStringOrTheLocalizedMessageIsFound() {
        Exception inToString = new Exception("plain") {
            @Override
            public String toString() {
                return "custom " + KEY;
            }
        };
        Exception inLocalized = new Exception("plain") {
            @Override
            public String getLocalizedMessage() {
                return "localized " + KEY;
            }
        };
        assertInstanceOf(RedactedCause.class, RedactedCause.of(inToString, SECRETS));
        assertInstanceOf(RedactedCause.class, RedactedCause.of(inLocalized, SECRETS));
    }
}
