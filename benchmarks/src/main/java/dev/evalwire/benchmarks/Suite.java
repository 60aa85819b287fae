package dev.evalwire.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole suite and writes a Markdown table of ratios to raw: the payload check, the in-memory benchmark
 * with the GC profiler, the loopback benchmark at 1 and 32 threads, and cold start in fresh JVMs.
 *
 * <p>Usage: {@code java -jar benchmarks/target/benchmarks.jar [--out=FILE] [--parts=inmemory,loopback,coldstart]
 * [--forks=N] [--iterations=N] [--coldstart-runs=N] [--quick]}. {@code --forks} (default 2) and
 * {@code --iterations} (warm-up and measured one-second iterations per fork; default 3 in memory, 2 on loopback)
 * trade time for narrower intervals. For anything else (a single vendor, say), run JMH directly:
 * {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main InMemoryBenchmark -prof gc ...}.
 */
public final class Suite {

    private static final String[] JVM_ARGS = {"-Xms1g", "-Xmx1g"};

    private final Map<String, Map<Variant, double[]>> rows = new LinkedHashMap<>();
    private final int forks;
    /** One-second iterations per fork, warm-up and measured each, or 0 for each part's default. */
    private final int iterations;

    private Suite(int forks, int iterations) {
        this.forks = forks;
        this.iterations = iterations;
    }

    /**
     * @param args options, see the class comment
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        boolean quick = options.containsKey("quick");
        List<String> parts = Arrays.asList(
                options.getOrDefault("parts", "inmemory,loopback,coldstart").split(","));
        int coldRuns = Integer.parseInt(options.getOrDefault("coldstart-runs", quick ? "2" : "6"));
        int forks = Integer.parseInt(options.getOrDefault("forks", quick ? "1" : "2"));
        int iterations = Integer.parseInt(options.getOrDefault("iterations", quick ? "1" : "0"));
        if (forks < 1 || iterations < 0 || coldRuns < 1) {
            System.err.println("--forks and --coldstart-runs must be at least 1, --iterations at least 0");
            System.exit(2);
        }
        Path out = Paths.get(options.getOrDefault("out", "benchmarks/target/benchmark-results.md"));

        if (!PayloadCheck.run().isEmpty()) {
            System.err.println("the variants do not send the same requests; not benchmarking");
            System.exit(1);
        }
        long start = System.nanoTime();
        Suite suite = new Suite(forks, iterations);
        if (parts.contains("inmemory")) {
            suite.inMemory();
        }
        if (parts.contains("loopback")) {
            suite.loopback(1);
            suite.loopback(32);
        }
        if (parts.contains("coldstart")) {
            suite.coldStart(coldRuns);
        }
        String table = suite.table(System.nanoTime() - start);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.write(out, table.getBytes(StandardCharsets.UTF_8));
        System.out.println();
        System.out.println(table);
        System.out.println("written to " + out.toAbsolutePath());
    }

    private ChainedOptionsBuilder jmh(String benchmark, int defaultIterations) {
        int count = iterations > 0 ? iterations : defaultIterations;
        return new OptionsBuilder()
                .include(benchmark)
                .forks(forks)
                .warmupIterations(count)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(count)
                .measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend(JVM_ARGS)
                .shouldFailOnError(true);
    }

    private void inMemory() throws Exception {
        Collection<RunResult> results = new Runner(jmh(InMemoryBenchmark.class.getName() + "\\.", 3)
                        .addProfiler(GCProfiler.class)
                        .build())
                .run();
        for (RunResult result : results) {
            Vendor vendor = Vendor.of(result.getParams().getParam("vendor"));
            Variant variant = variantOf(result);
            Result primary = result.getPrimaryResult();
            put(vendor, "in-memory ns/call (lower is better)", variant, primary.getScore(), primary.getScoreError());
            Result alloc = result.getSecondaryResults().get("gc.alloc.rate.norm");
            put(
                    vendor,
                    "in-memory bytes allocated/call (lower is better)",
                    variant,
                    alloc.getScore(),
                    alloc.getScoreError());
        }
    }

    /**
     * Loopback rows. A benchmark that fails (the JDK client behind the generated variant has been seen to lose a
     * keep-alive connection under 32 threads: "header parser received no bytes") leaves its cell empty instead
     * of ending the suite.
     */
    private void loopback(int threads) throws Exception {
        Collection<RunResult> results = new Runner(jmh(LoopbackBenchmark.class.getName() + "\\.", 2)
                        .threads(threads)
                        .shouldFailOnError(false)
                        .build())
                .run();
        for (RunResult result : results) {
            Vendor vendor = Vendor.of(result.getParams().getParam("vendor"));
            Result primary = result.getPrimaryResult();
            put(
                    vendor,
                    "loopback calls/s, " + threads + " thread" + (threads == 1 ? "" : "s") + " (higher is better)",
                    variantOf(result),
                    primary.getScore(),
                    primary.getScoreError());
        }
    }

    private static Variant variantOf(RunResult result) {
        String label = result.getParams().getBenchmark();
        return Variant.of(label.substring(label.lastIndexOf('.') + 1));
    }

    /** Fresh JVMs, round-robin over the variants so drift hits all of them alike; reports the median. */
    private void coldStart(int runs) throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String jar = new File(Suite.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .getPath();
        for (Vendor vendor : Vendor.values()) {
            Map<Variant, List<Long>> samples = new EnumMap<>(Variant.class);
            try (LoopbackServer server = LoopbackServer.start(vendor.cannedResponse())) {
                for (int run = 0; run < runs; run++) {
                    for (Variant variant : Variant.values()) {
                        samples.computeIfAbsent(variant, v -> new ArrayList<>())
                                .add(coldStartOnce(java, jar, variant, vendor, server.baseUrl()));
                    }
                }
            }
            for (Map.Entry<Variant, List<Long>> entry : samples.entrySet()) {
                List<Long> sorted = new ArrayList<>(entry.getValue());
                sorted.sort(null);
                double median = sorted.size() % 2 == 1
                        ? sorted.get(sorted.size() / 2)
                        : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2.0;
                double spread = (sorted.get(sorted.size() - 1) - sorted.get(0)) / 2.0;
                put(
                        vendor,
                        "cold start ms, JVM launch to first call done, median of " + runs + " (lower is better)",
                        entry.getKey(),
                        median,
                        spread);
            }
            System.out.println("cold start " + vendor.id() + ": " + samples);
        }
    }

    private static long coldStartOnce(String java, String jar, Variant variant, Vendor vendor, String baseUrl)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                        java, "-cp", jar, ColdStart.class.getName(), variant.id(), vendor.id(), baseUrl)
                .redirectErrorStream(true);
        long launched = System.currentTimeMillis();
        Process process = builder.start();
        long done = -1;
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                output.append(line).append('\n');
                if (line.startsWith("done ")) {
                    done = Long.parseLong(line.substring(5).trim());
                }
            }
        }
        if (process.waitFor() != 0 || done < 0) {
            throw new IllegalStateException("cold start " + variant.id() + "/" + vendor.id() + " failed:\n" + output);
        }
        return done - launched;
    }

    private void put(Vendor vendor, String metric, Variant variant, double score, double error) {
        rows.computeIfAbsent(vendor.id() + "|" + metric, k -> new EnumMap<>(Variant.class))
                .put(variant, new double[] {score, error});
    }

    private String table(long elapsedNanos) {
        StringBuilder md = new StringBuilder();
        md.append("| vendor | figure | raw | evalwire | evalwire / raw | generated | generated / raw |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Map<Variant, double[]>> row : rows.entrySet()) {
            String[] key = row.getKey().split("\\|", 2);
            double[] raw = row.getValue().get(Variant.RAW);
            double[] sdk = row.getValue().get(Variant.EVALWIRE);
            double[] gen = row.getValue().get(Variant.GENERATED);
            md.append("| ")
                    .append(key[0])
                    .append(" | ")
                    .append(key[1])
                    .append(" | ")
                    .append(cell(raw))
                    .append(" | ")
                    .append(cell(sdk))
                    .append(" | ")
                    .append(ratio(sdk, raw))
                    .append(" | ")
                    .append(cell(gen))
                    .append(" | ")
                    .append(ratio(gen, raw))
                    .append(" |\n");
        }
        md.append("\nJMH scores ± the 99.9 % confidence half-width (cold start: ± half the range). ")
                .append(String.format(
                        Locale.ROOT,
                        "Suite time %.1f min; %d fork%s",
                        elapsedNanos / 60e9,
                        forks,
                        forks == 1 ? "" : "s"))
                .append(iterations > 0 ? ", " + iterations + " + " + iterations + " iterations of 1 s" : "")
                .append("; ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, JDK ")
                .append(System.getProperty("java.vm.version"))
                .append(" (")
                .append(System.getProperty("java.vm.name"))
                .append(").\n");
        return md.toString();
    }

    private static String cell(double[] value) {
        if (value == null) {
            return "-";
        }
        if (Double.isNaN(value[1])) {
            return String.format(Locale.ROOT, "%,.0f", value[0]);
        }
        return String.format(Locale.ROOT, "%,.0f ± %,.0f", value[0], value[1]);
    }

    private static String ratio(double[] value, double[] raw) {
        return value == null || raw == null ? "-" : String.format(Locale.ROOT, "%.2f", value[0] / raw[0]);
    }
}
