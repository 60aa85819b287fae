package dev.evalwire.benchmarks.concurrency;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.evalwire.benchmarks.Vendor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The loopback server of the concurrency benchmarks, run in its own JVM so that its threads and heap are not
 * counted with the client's. It answers Prime Intellect's update with the canned 200 body, in one of three ways:
 * <ul>
 *   <li>{@code slow}: after 100 ms (the wait is scheduled; no server thread sleeps);</li>
 *   <li>{@code first429}: 429 with {@code Retry-After: 1} to the first attempt of every call (told apart by the
 *       {@code X-Call-Id} header), 200 at once to the next;</li>
 *   <li>{@code rate:R}: 200 to at most R requests a second (a token bucket holding R/10 tokens), 429 with
 *       {@code Retry-After: 1} beyond that.</li>
 * </ul>
 * It prints {@code PORT <port>} when it is listening, answers {@code GET /stats} with
 * {@code <requests> <429s>}, and exits when its standard input closes. It binds only to the loopback address.
 */
public final class ScenarioServer {

    private final byte[] ok = Vendor.PRIMEINTELLECT.cannedResponse();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Set<String> seenCalls = ConcurrentHashMap.newKeySet();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final String scenario;
    private final double ratePerSecond;
    private double tokens;
    private long lastRefill = System.nanoTime();

    private ScenarioServer(String scenario) {
        this.scenario = scenario.startsWith("rate:") ? "rate" : scenario;
        this.ratePerSecond = scenario.startsWith("rate:") ? Double.parseDouble(scenario.substring(5)) : 0;
        this.tokens = ratePerSecond / 10;
    }

    /**
     * @param args the scenario: {@code slow}, {@code first429} or {@code rate:<requests per second>}
     * @throws IOException if the server cannot start
     */
    public static void main(String[] args) throws IOException {
        ScenarioServer handler = new ScenarioServer(args[0]);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", handler::handle);
        server.start();
        System.out.println("PORT " + server.getAddress().getPort());
        System.out.flush();
        while (System.in.read() != -1) {
            // Runs until the benchmark closes this process's standard input.
        }
        server.stop(0);
        System.exit(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
        }
        if (exchange.getRequestURI().getPath().equals("/stats")) {
            respond(exchange, 200, (requests.get() + " " + throttled.get()).getBytes(StandardCharsets.US_ASCII));
            return;
        }
        requests.incrementAndGet();
        switch (scenario) {
            case "slow":
                timer.schedule(() -> respondQuietly(exchange, 200, ok), 100, TimeUnit.MILLISECONDS);
                return;
            case "first429":
                String call = exchange.getRequestHeaders().getFirst("X-Call-Id");
                if (seenCalls.add(call)) {
                    throttle(exchange);
                } else {
                    respond(exchange, 200, ok);
                }
                return;
            default:
                if (takeToken()) {
                    respond(exchange, 200, ok);
                } else {
                    throttle(exchange);
                }
        }
    }

    private synchronized boolean takeToken() {
        long now = System.nanoTime();
        tokens = Math.min(ratePerSecond / 10, tokens + (now - lastRefill) / 1e9 * ratePerSecond);
        lastRefill = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    private void throttle(HttpExchange exchange) throws IOException {
        throttled.incrementAndGet();
        exchange.getResponseHeaders().set("Retry-After", "1");
        respond(exchange, 429, "{\"detail\":\"rate limited\"}".getBytes(StandardCharsets.US_ASCII));
    }

    private static void respondQuietly(HttpExchange exchange, int status, byte[] body) {
        try {
            respond(exchange, status, body);
        } catch (IOException closedByTheClient) {
            exchange.close();
        }
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
