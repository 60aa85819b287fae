package dev.evalwire.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.evalwire.core.ConcurrentChangeException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ReadModifyWrite: read, change, second read, version compare, then write or refuse. */
class ReadModifyWriteTest {

    /** A resource as two reads return it: a version and some content. */
    private static final class Snapshot {
        final String version;
        final String content;

        Snapshot(String version, String content) {
            this.version = version;
            this.content = content;
        }
    }

    private final List<String> log = new ArrayList<>();
    private final Deque<Snapshot> answers = new ArrayDeque<>();

    private ReadModifyWrite<Snapshot> rmw() {
        return new ReadModifyWrite<>(
                "item i1",
                () -> {
                    log.add("read");
                    return answers.removeFirst();
                },
                snapshot -> snapshot.version);
    }

    private String write(String params) {
        log.add("write " + params);
        return "written";
    }

    @Test
    void sameVersionWritesWhatTheChangeComputedFromTheFirstRead() {
        answers.add(new Snapshot("v1", "a"));
        answers.add(new Snapshot("v1", "b"));

        String answer = rmw().run(
                        current -> {
                            log.add("change " + current.content);
                            return current.content + "+x";
                        },
                        this::write);

        assertEquals("written", answer);
        assertEquals(Arrays.asList("read", "change a", "read", "write a+x"), log);
    }

    @Test
    void anotherVersionAtTheSecondReadThrowsAndWritesNothing() {
        answers.add(new Snapshot("v1", "a"));
        answers.add(new Snapshot("v2", "a"));

        ConcurrentChangeException e =
                assertThrows(ConcurrentChangeException.class, () -> rmw().run(current -> "p", this::write));

        assertEquals("item i1 changed between the read and the write; nothing was written", e.getMessage());
        assertEquals(Arrays.asList("read", "read"), log);
    }

    @Test
    void versionsAreComparedByValueAndNullEqualsNull() {
        answers.add(new Snapshot(new String("v1"), "a"));
        answers.add(new Snapshot(new String("v1"), "a"));
        assertEquals("written", rmw().run(current -> "p", this::write));

        answers.add(new Snapshot(null, "a"));
        answers.add(new Snapshot(null, "a"));
        assertEquals("written", rmw().run(current -> "p", this::write));

        answers.add(new Snapshot(null, "a"));
        answers.add(new Snapshot("v1", "a"));
        assertThrows(ConcurrentChangeException.class, () -> rmw().run(current -> "p", this::write));
    }

    @Test
    void structuredVersionsSuchAsAConfigurationCompareWhole() {
        List<Map<String, Integer>> reads = new ArrayList<>(
                Arrays.asList(Collections.singletonMap("temperature", 1), Collections.singletonMap("temperature", 2)));
        ReadModifyWrite<Map<String, Integer>> rmw =
                new ReadModifyWrite<>("task t", () -> reads.remove(0), configuration -> configuration);
        assertThrows(ConcurrentChangeException.class, () -> rmw.run(current -> "p", this::write));
        assertEquals(Collections.emptyList(), log);
    }

    @Test
    void nullChangeFailsBeforeAnyRead() {
        answers.add(new Snapshot("v1", "a"));
        NullPointerException e = assertThrows(NullPointerException.class, () -> rmw().run(null, this::write));
        assertEquals("change", e.getMessage());
        assertEquals(Collections.emptyList(), log);
    }

    @Test
    void changeReturningNullFailsBeforeTheSecondReadAndTheWrite() {
        answers.add(new Snapshot("v1", "a"));
        answers.add(new Snapshot("v1", "a"));
        NullPointerException e =
                assertThrows(NullPointerException.class, () -> rmw().run(current -> null, this::write));
        assertEquals("the change returned null; return the parameters to send", e.getMessage());
        assertEquals(Arrays.asList("read"), log);
    }

    @Test
    void failuresOfTheChangeOrTheReadsPassThroughWithoutAWrite() {
        answers.add(new Snapshot("v1", "a"));
        IllegalStateException refused = new IllegalStateException("no");
        assertSame(
                refused,
                assertThrows(
                        IllegalStateException.class,
                        () -> rmw().run(
                                        current -> {
                                            throw refused;
                                        },
                                        this::write)));

        ReadModifyWrite<Snapshot> failingSecondRead = new ReadModifyWrite<>(
                "item i1",
                () -> {
                    log.add("read");
                    if (log.size() > 2) {
                        throw new UnsupportedOperationException("second read failed");
                    }
                    return new Snapshot("v1", "a");
                },
                snapshot -> snapshot.version);
        assertThrows(UnsupportedOperationException.class, () -> failingSecondRead.run(current -> "p", this::write));
        assertEquals(Arrays.asList("read", "read", "read"), log);
    }
}
