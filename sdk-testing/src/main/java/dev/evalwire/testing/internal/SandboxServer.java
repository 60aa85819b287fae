package dev.evalwire.testing.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.evalwire.testing.Fault;
import dev.evalwire.testing.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side of a sandbox: a JDK {@link HttpServer} on 127.0.0.1 with a fixed pool of worker
 * threads. For each request it records it, applies a pending fault, checks auth and hands the
 * rest to the {@link VendorApi}.
 */
public final class SandboxServer implements AutoCloseable {

    private static final int THREADS = 16;

    static {
        // The JDK server writes the status line and the body in two packets; with Nagle's algorithm
        // and the client's delayed ACK every answer on a kept-alive connection then takes ~40 ms.
        // The property is read once, when the first JDK HttpServer starts; an explicit setting wins.
        try {
            if (System.getProperty("sun.net.httpserver.nodelay") == null) {
                System.setProperty("sun.net.httpserver.nodelay", "true");
            }
        } catch (SecurityException ignored) {
            // Slower answers, same behaviour.
        }
    }

    private static final AtomicInteger SERVER_IDS = new AtomicInteger();

    private final VendorApi api;
    private final HttpServer server;
    private final ExecutorService executor;
    private final RequestLog log = new RequestLog();
    private final FaultPlan faults = new FaultPlan();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final String baseUrl;

    private SandboxServer(VendorApi api, String name) throws IOException {
        this.api = api;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
        this.executor = Executors.newFixedThreadPool(THREADS, threads(name));
        server.setExecutor(executor);
        server.createContext("/", new Dispatcher());
        server.start();
        this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Binds a random free port on 127.0.0.1 and starts serving.
     *
     * @throws UncheckedIOException when no port can be bound
     */
    public static SandboxServer start(VendorApi api, String name) {
        try {
            return new SandboxServer(api, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the " + name + " sandbox", e);
        }
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The pending faults and random-fault settings. */
    public FaultPlan faults() {
        return faults;
    }

    /** Snapshot of the requests received so far. */
    public List<RecordedRequest> requests() {
        return log.snapshot();
    }

    /** Number of requests received so far. */
    public int requestCount() {
        return log.size();
    }

    /** Stops accepting connections and stops the worker threads. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    private final class Dispatcher implements HttpHandler {
        @Override
        public void handle(HttpExchange exchange) throws IOException {
            try {
                RecordedRequest request = ExchangeIO.read(exchange);
                log.add(request);
                Fault fault = faults.next();
                if (fault != null && fault.kind() == Fault.Kind.DISCONNECT) {
                    ExchangeIO.drop(exchange);
                    return;
                }
                if (fault != null && fault.kind() == Fault.Kind.SLOW) {
                    sleep(fault.delay().toMillis());
                    fault = null;
                }
                SandboxResponse response = fault != null ? FaultResponses.answer(fault, api.errors()) : answer(request);
                ExchangeIO.write(exchange, response);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ExchangeIO.drop(exchange);
            } catch (RuntimeException e) {
                ExchangeIO.write(exchange, api.errors().status(500));
            }
        }

        private SandboxResponse answer(RecordedRequest request) {
            if (!api.authenticator().accepts(request)) {
                return api.errors().unauthorized();
            }
            return api.handle(request);
        }
    }

    private static void sleep(long millis) throws InterruptedException {
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private static ThreadFactory threads(final String name) {
        final int serverId = SERVER_IDS.incrementAndGet();
        final AtomicInteger threadIds = new AtomicInteger();
        return new ThreadFactory() {
            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, name + "-sandbox-" + serverId + "-" + threadIds.incrementAndGet());
                t.setDaemon(true);
                return t;
            }
        };
    }
}
