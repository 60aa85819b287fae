package dev.evalwire.testing.internal;

import dev.evalwire.testing.Fault;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * Decides which fault, if any, the next request meets: first the queued one-shot faults in FIFO
 * order, otherwise (when switched on) a draw from {@link #MENU} with a seeded random source.
 * Thread-safe; draws happen in the order requests arrive.
 */
public final class FaultPlan {

    /** The faults random mode picks from, with equal weight. */
    public static final List<Fault> MENU = Collections.unmodifiableList(Arrays.asList(
            Fault.rateLimited(Duration.ofSeconds(1)),
            Fault.status(500),
            Fault.status(502),
            Fault.status(503),
            Fault.status(504),
            Fault.slow(Duration.ofMillis(5)),
            Fault.disconnect()));

    private final Deque<Fault> queue = new ArrayDeque<>();
    private double probability;
    private Random random;

    /** Adds a one-shot fault behind those already queued. */
    public synchronized void enqueue(Fault fault) {
        if (fault == null) {
            throw new NullPointerException("fault must not be null");
        }
        queue.addLast(fault);
    }

    /**
     * Switches random faults on (or off with probability 0), restarting the random sequence.
     *
     * @throws IllegalArgumentException if {@code probability} is not within 0..1
     */
    public synchronized void random(double probability, long seed) {
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability must be between 0 and 1, got " + probability);
        }
        this.probability = probability;
        this.random = probability == 0.0 ? null : new Random(seed);
    }

    /** The fault for the request that just arrived, or {@code null} for normal handling. */
    public synchronized Fault next() {
        Fault queued = queue.pollFirst();
        if (queued != null) {
            return queued;
        }
        if (random == null) {
            return null;
        }
        double roll = random.nextDouble();
        int pick = random.nextInt(MENU.size());
        return roll < probability ? MENU.get(pick) : null;
    }
}
