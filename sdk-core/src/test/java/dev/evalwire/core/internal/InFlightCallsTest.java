package dev.evalwire.core.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The client's list of calls in flight: closing stops exactly the calls that entered and have not left, whatever
 * order they left in, and refuses calls after the close.
 */
class InFlightCallsTest {

    private final InFlightCalls inFlight = new InFlightCalls();

    @Test
    void closingStopsOnlyTheCallsThatHaveNotLeft() {
        Cancellation first = new Cancellation();
        Cancellation middle = new Cancellation();
        Cancellation last = new Cancellation();
        Cancellation alone = new Cancellation();
        assertTrue(inFlight.enter(first));
        assertTrue(inFlight.enter(middle));
        assertTrue(inFlight.enter(last));
        assertTrue(inFlight.enter(alone));
        inFlight.leave(middle);
        inFlight.leave(alone);
        inFlight.leave(alone);

        inFlight.closeAll();

        assertTrue(first.isStopped(), "the first call entered is stopped");
        assertTrue(last.isStopped(), "a call entered after one that left is stopped");
        assertFalse(middle.isStopped(), "a call that left is not stopped");
        assertFalse(alone.isStopped(), "a call that left twice is not stopped");
    }

    @Test
    void leavingTheNewestAndTheOldestKeepsTheRest() {
        Cancellation oldest = new Cancellation();
        Cancellation kept = new Cancellation();
        Cancellation newest = new Cancellation();
        inFlight.enter(oldest);
        inFlight.enter(kept);
        inFlight.enter(newest);
        inFlight.leave(newest);
        inFlight.leave(oldest);

        inFlight.closeAll();

        assertTrue(kept.isStopped());
        assertFalse(oldest.isStopped());
        assertFalse(newest.isStopped());
    }

    @Test
    void neighboursThatLeaveOneAfterTheOtherAreBothGone() {
        Cancellation oldest = new Cancellation();
        Cancellation older = new Cancellation();
        Cancellation newer = new Cancellation();
        Cancellation newest = new Cancellation();
        inFlight.enter(oldest);
        inFlight.enter(older);
        inFlight.enter(newer);
        inFlight.enter(newest);
        inFlight.leave(newer);
        inFlight.leave(older);
        inFlight.leave(oldest);

        inFlight.closeAll();

        assertTrue(newest.isStopped());
        assertFalse(newer.isStopped());
        assertFalse(older.isStopped(), "a call whose newer neighbour left before it is gone too");
        assertFalse(oldest.isStopped());
    }

    @Test
    void leavingAgainLaterBringsNoOtherCallBack() {
        Cancellation oldest = new Cancellation();
        Cancellation middle = new Cancellation();
        Cancellation newest = new Cancellation();
        inFlight.enter(oldest);
        inFlight.enter(middle);
        inFlight.enter(newest);
        inFlight.leave(middle);
        inFlight.leave(oldest);
        inFlight.leave(middle);

        inFlight.closeAll();

        assertTrue(newest.isStopped());
        assertFalse(oldest.isStopped(), "a call that left stays gone when a call that left before it leaves again");
        assertFalse(middle.isStopped());
    }

    @Test
    void aCallThatLeftCanEnterAgain() {
        Cancellation call = new Cancellation();
        inFlight.enter(call);
        inFlight.leave(call);
        inFlight.enter(call);

        inFlight.closeAll();

        assertTrue(call.isStopped());
    }

    @Test
    void afterTheCloseNoCallEnters() {
        inFlight.closeAll();
        Cancellation late = new Cancellation();

        assertFalse(inFlight.enter(late));
        inFlight.leave(late);
        assertFalse(late.isStopped(), "a refused call is left to its caller");
    }
}
