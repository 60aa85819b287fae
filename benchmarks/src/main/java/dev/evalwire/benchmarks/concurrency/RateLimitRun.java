package dev.evalwire.benchmarks.concurrency;

import dev.evalwire.core.EvalwireException;
import dev.evalwire.core.RetryPolicy;
import dev.evalwire.primeintellect.PrimeIntellectClient;
import dev.evalwire.primeintellect.UpdateEvaluationParams;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One rate-limit measurement, in its own JVM: 32 threads make sync Prime Intellect updates in a loop for a fixed
 * time against a {@link ScenarioServer} that accepts R requests a second, with the SDK's standard retry mode or its
 * adaptive one ({@code standard|adaptive}). Both modes honour {@code Retry-After} and retry up to 10 times. Prints
 * {@code RESULT <successful calls> <failed calls> <seconds>}; the server counts the requests and the 429s. The first
 * failed call's exception is printed to standard error.
 */
public final class RateLimitRun {

    static final int THREADS = 32;

    private RateLimitRun() {}

    /**
     * @param args {@code standard|adaptive}, the base URL, the seconds to run
     * @throws Exception if the run cannot complete
     */
    public static void main(String[] args) throws Exception {
        boolean adaptive = args[0].equals("adaptive");
        String baseUrl = args[1];
        double seconds = Double.parseDouble(args[2]);
        PrimeIntellectClient client = PrimeIntellectClient.builder()
                .apiKey("bench-key")
                .baseUrl(baseUrl)
                .retryPolicy(
                        RetryPolicy.builder().maxRetries(10).adaptive(adaptive).build())
                .build();
        UpdateEvaluationParams params =
                UpdateEvaluationParams.builder().name("rate-limited").build();
        AtomicLong successes = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        client.updateEvaluation("eval_demo", params);
                        successes.incrementAndGet();
                    } catch (EvalwireException failed) {
                        if (failures.incrementAndGet() == 1) {
                            System.err.println("first failed call (" + (adaptive ? "adaptive" : "standard") + "): "
                                    + failed.getClass().getSimpleName() + ": " + failed.getMessage());
                        }
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        System.out.println("RESULT " + successes.get() + " " + failures.get() + " " + seconds);
        System.exit(0);
    }
}
