package dev.evalwire.benchmarks.concurrency;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The concurrency benchmarks of issue "performance at scale", each measurement in fresh JVMs (client and server
 * apart): the fan-out of 1,000 and 10,000 concurrent async updates against a slow server and a rate-limiting one,
 * SDK against raw OkHttp {@code enqueue}; and 32 threads against a server that accepts R requests a second, the
 * standard retry mode against the adaptive one. Prints Markdown tables.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.evalwire.benchmarks.concurrency.ConcurrencySuite [--calls 1000,10000]
 * [--repeats 3] [--rate 100] [--seconds 20]}.
 */
public final class ConcurrencySuite {

    private ConcurrencySuite() {}

    /**
     * @param args see the class comment
     * @throws Exception if a measurement fails
     */
    public static void main(String[] args) throws Exception {
        List<Integer> callCounts = Arrays.asList(1_000, 10_000);
        int repeats = 3;
        int rate = 100;
        int seconds = 20;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--calls":
                    callCounts = new ArrayList<>();
                    for (String count : args[i + 1].split(",")) {
                        callCounts.add(Integer.parseInt(count));
                    }
                    break;
                case "--repeats":
                    repeats = Integer.parseInt(args[i + 1]);
                    break;
                case "--rate":
                    rate = Integer.parseInt(args[i + 1]);
                    break;
                case "--seconds":
                    seconds = Integer.parseInt(args[i + 1]);
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        fanOut(callCounts, repeats);
        rateLimit(rate, seconds);
    }

    private static void fanOut(List<Integer> callCounts, int repeats) throws IOException {
        System.out.println(
                "| scenario | calls | variant | peak threads | heap bytes / pending call | time ms | failed |");
        System.out.println("|---|---:|---|---:|---:|---:|---:|");
        for (String scenario : new String[] {"slow", "first429"}) {
            for (int calls : callCounts) {
                for (int repeat = 0; repeat < repeats; repeat++) {
                    for (String variant : new String[] {"raw", "sdk"}) {
                        try (ChildJvm server = new ChildJvm("512m", ScenarioServer.class, scenario)) {
                            String url = "http://127.0.0.1:" + server.awaitLine("PORT ");
                            try (ChildJvm client =
                                    new ChildJvm("2g", FanOutRun.class, variant, url, String.valueOf(calls))) {
                                String[] result = client.awaitLine("RESULT ").split(" ");
                                System.out.println("| " + scenario + " | " + calls + " | " + variant + " | "
                                        + result[0] + " | " + result[1] + " | " + result[2] + " | " + result[3]
                                        + " |");
                            }
                        }
                    }
                }
            }
        }
    }

    private static void rateLimit(int rate, int seconds) throws IOException {
        System.out.println();
        System.out.println(
                "| mode | R (req/s) | goodput (ok/s) | goodput / R | requests | 429s | 429 share | failed |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (String mode : new String[] {"standard", "adaptive"}) {
            try (ChildJvm server = new ChildJvm("512m", ScenarioServer.class, "rate:" + rate)) {
                String url = "http://127.0.0.1:" + server.awaitLine("PORT ");
                String[] result;
                try (ChildJvm client = new ChildJvm("1g", RateLimitRun.class, mode, url, String.valueOf(seconds))) {
                    result = client.awaitLine("RESULT ").split(" ");
                }
                String[] stats = stats(url).split(" ");
                long ok = Long.parseLong(result[0]);
                long requests = Long.parseLong(stats[0]);
                long throttled = Long.parseLong(stats[1]);
                double goodput = ok / (double) seconds;
                System.out.println(String.format(
                        Locale.ROOT,
                        "| %s | %d | %.1f | %.3f | %d | %d | %.2f %% | %s |",
                        mode,
                        rate,
                        goodput,
                        goodput / rate,
                        requests,
                        throttled,
                        100.0 * throttled / requests,
                        result[1]));
            }
        }
    }

    private static String stats(String baseUrl) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(baseUrl + "/stats").openConnection();
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
        } finally {
            connection.disconnect();
        }
    }
}
