package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** WaitTimeoutException and ConcurrentChangeException: messages, fields, and both are EvalwireExceptions. */
class WaitExceptionsTest {

    @Test
    void timeoutSaysWhatWasWaitedForItsLastStateAndTheReads() {
        WaitTimeoutException e = new WaitTimeoutException("evaluator e1", "BUILDING", 4, Duration.ofSeconds(90));
        assertEquals("evaluator e1 was still BUILDING after PT1M30S (4 reads)", e.getMessage());
        assertEquals("BUILDING", e.lastState());
        assertEquals(4, e.reads());
        assertEquals(Duration.ofSeconds(90), e.timeout());
        assertNull(e.getCause());
        assertInstanceOf(EvalwireException.class, e);
    }

    @Test
    void concurrentChangeKeepsItsMessage() {
        ConcurrentChangeException e = new ConcurrentChangeException("evaluation x changed");
        assertEquals("evaluation x changed", e.getMessage());
        assertNull(e.getCause());
        assertInstanceOf(EvalwireException.class, e);
    }
}
