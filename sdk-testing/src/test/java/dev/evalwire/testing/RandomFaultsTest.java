package dev.evalwire.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomFaultsTest {

    /** Sends n sequential requests; each outcome is the status, or -1 for a dropped connection. */
    private static List<Integer> outcomes(ScaleSandbox s, int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            try {
                out.add(Http.send(Http.request(
                                        "PATCH",
                                        s.baseUrl() + "/v5/evaluations/eval_demo/tasks/judge",
                                        "{\"configuration\":{}}")
                                .header("x-api-key", s.apiKey()))
                        .status);
            } catch (IOException e) {
                out.add(-1);
            }
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameFaults() {
        List<Integer> first;
        List<Integer> second;
        List<Integer> otherSeed;
        try (ScaleSandbox a = ScaleSandbox.start();
                ScaleSandbox b = ScaleSandbox.start();
                ScaleSandbox c = ScaleSandbox.start()) {
            a.randomFaults(0.5, 42L);
            b.randomFaults(0.5, 42L);
            c.randomFaults(0.5, 7L);
            first = outcomes(a, 60);
            second = outcomes(b, 60);
            otherSeed = outcomes(c, 60);
        }

        assertEquals(first, second);
        assertNotEquals(first, otherSeed);
        assertTrue(first.contains(200), first.toString());
        assertTrue(new HashSet<>(first).size() >= 4, "several kinds of fault: " + first);
        for (int outcome : first) {
            assertTrue(
                    outcome == 200 || outcome == -1 || outcome == 429 || (outcome >= 500 && outcome <= 504),
                    "unexpected " + outcome);
        }
    }

    @Test
    void probabilityOneFaultsEveryRequestAndZeroTurnsItOff() {
        try (ScaleSandbox s = ScaleSandbox.start()) {
            s.randomFaults(1.0, 3L);
            List<Integer> all = outcomes(s, 20);
            // A slow fault answers normally after its delay; every other menu item is a failure.
            assertTrue(all.stream().filter(o -> o == 200).count() < 20, all.toString());

            s.randomFaults(0.0, 3L);
            for (int outcome : outcomes(s, 10)) {
                assertEquals(200, outcome);
            }
            assertEquals(30, s.requestCount());
        }
    }

    @Test
    void rejectsAProbabilityOutsideZeroToOne() {
        try (ScaleSandbox s = ScaleSandbox.start()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.randomFaults(1.5, 1L));
            assertEquals("probability must be between 0 and 1, got 1.5", e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> s.randomFaults(-0.1, 1L));
            assertThrows(IllegalArgumentException.class, () -> s.randomFaults(Double.NaN, 1L));
        }
    }
}
