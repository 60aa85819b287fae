package dev.evalwire.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The loopback ratio of Evalwire to raw OkHttp + Jackson, measured in pairs: in one JVM, against one
 * {@link LoopbackServer}, the two variants run alternate blocks of calls (raw, SDK, SDK, raw, ... so that drift
 * in the machine's speed falls on both alike), and each pair of neighbouring blocks gives one throughput ratio.
 * Run-to-run noise on a 2-core machine moves both blocks of a pair together, so the pairs' ratios vary far less
 * than two separately measured throughputs. Reports the geometric mean of the ratios with a 99.9 % confidence
 * interval (percentile bootstrap of the mean log ratio, 20,000 resamples, fixed seed).
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.evalwire.benchmarks.PairedLoopback [pairs] [calls per block]
 * [vendor threads]}; with a vendor id and a thread count, only that row is measured (to repeat one row in several
 * JVMs, whose compiled code differs more between them than one JVM's pairs do).
 */
public final class PairedLoopback {

    private static final int WARM_UP_PAIRS = 3;
    private static final int RESAMPLES = 20_000;

    private PairedLoopback() {}

    /**
     * @param args pairs per row (default 30), calls per block (default 2,000), optionally one row: a vendor id
     *     ({@code primeintellect}, ...) and a thread count
     * @throws Exception if a call fails
     */
    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int callsPerBlock = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        System.out.println("| vendor | threads | SDK / raw (geometric mean) | 99.9 % interval | pairs |");
        System.out.println("|---|---:|---:|---|---:|");
        for (Vendor vendor : Vendor.values()) {
            for (int threads : new int[] {1, 32}) {
                if (args.length > 3 && !(vendor.id().equals(args[2]) && threads == Integer.parseInt(args[3]))) {
                    continue;
                }
                try (LoopbackServer server = LoopbackServer.start(vendor.cannedResponse());
                        UpdateCall raw = Target.server(server.baseUrl()).create(Variant.RAW, vendor);
                        UpdateCall sdk = Target.server(server.baseUrl()).create(Variant.EVALWIRE, vendor)) {
                    double[] logRatios = measure(raw, sdk, threads, pairs, callsPerBlock);
                    print(vendor, threads, logRatios);
                }
            }
        }
        System.exit(0);
    }

    private static double[] measure(UpdateCall raw, UpdateCall sdk, int threads, int pairs, int callsPerBlock)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double[] logRatios = new double[pairs];
            for (int pair = -WARM_UP_PAIRS; pair < pairs; pair++) {
                boolean rawFirst = (pair & 1) == 0;
                double first = block(rawFirst ? raw : sdk, pool, threads, callsPerBlock);
                double second = block(rawFirst ? sdk : raw, pool, threads, callsPerBlock);
                if (pair >= 0) {
                    double rawSeconds = rawFirst ? first : second;
                    double sdkSeconds = rawFirst ? second : first;
                    logRatios[pair] = Math.log(rawSeconds / sdkSeconds);
                }
            }
            return logRatios;
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return seconds for {@code calls} calls spread over {@code threads} threads */
    private static double block(UpdateCall call, ExecutorService pool, int threads, int calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int share = calls / threads + (t < calls % threads ? 1 : 0);
            workers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < share; i++) {
                    call.call();
                }
                return null;
            }));
        }
        long begin = System.nanoTime();
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get();
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    private static void print(Vendor vendor, int threads, double[] logRatios) {
        double mean = Arrays.stream(logRatios).average().orElse(Double.NaN);
        Random random = new Random(42);
        double[] means = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double sum = 0;
            for (int i = 0; i < logRatios.length; i++) {
                sum += logRatios[random.nextInt(logRatios.length)];
            }
            means[r] = sum / logRatios.length;
        }
        Arrays.sort(means);
        double low = means[(int) (RESAMPLES * 0.0005)];
        double high = means[(int) (RESAMPLES * 0.9995) - 1];
        System.out.println(String.format(
                Locale.ROOT,
                "| %s | %d | %.3f | %.3f – %.3f | %d |",
                vendor.id(),
                threads,
                Math.exp(mean),
                Math.exp(low),
                Math.exp(high),
                logRatios.length));
    }
}
