package dev.evalwire.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.ApiConnectionException;
import dev.evalwire.core.EvalwireException;
import dev.evalwire.core.InternalServerException;
import dev.evalwire.core.RateLimitException;
import dev.evalwire.core.RequestOptions;
import dev.evalwire.core.Timeouts;
import dev.evalwire.core.testing.RecordingSleeper;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bounded soak: 32 threads make 4,000 calls, reads and updates mixed at random (fixed seed), across the four clients
 * and across sync and async, against the four sandboxes with 20 % random faults (429, 5xx, slow answers, dropped
 * connections). Afterwards every call is accounted for (a typed response or a typed exception), every retry of each
 * call is matched by a request with that call's method that the sandboxes saw, no async future is lost, every
 * connection of the user-supplied pools is idle (no response body left open) and can be evicted, and no client
 * thread outlives {@code close()}.
 */
class SoakTest {

    static final int THREADS = 32;
    static final int CALLS = 4000;
    static final double FAULT_PROBABILITY = 0.2;
    static final long PLAN_SEED = 20240602L;

    /** Which call each of the {@link #CALLS} makes: vendor by index, operation by a seeded coin. */
    static Endpoint[] plan() {
        Random coin = new Random(PLAN_SEED);
        Endpoint[] plan = new Endpoint[CALLS];
        for (int call = 0; call < CALLS; call++) {
            plan[call] =
                    new Endpoint(Vendor.values()[call % 4], coin.nextBoolean() ? Operation.READ : Operation.UPDATE);
        }
        return plan;
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void thousandsOfCallsUnderRandomFaults() throws Exception {
        Set<String> threadsBefore = clientThreads();
        long start = System.nanoTime();
        Endpoint[] plan = plan();
        Map<Vendor, VendorSandbox> sandboxes = new EnumMap<>(Vendor.class);
        Map<Endpoint, AutoCloseable> clients = new HashMap<>();
        Map<Vendor, OkHttpClient> okHttp = new EnumMap<>(Vendor.class);
        Map<Endpoint, RecordingSleeper> sleepers = new HashMap<>();
        ConcurrentHashMap<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        List<Throwable> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<CompletableFuture<?>> futures = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<CompletableFuture<?>> recorded = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicInteger accounted = new AtomicInteger();
        try {
            long seed = 20240601L;
            for (Vendor vendor : Vendor.values()) {
                VendorSandbox sandbox = VendorSandbox.start(vendor, Vendor.API_KEY);
                sandbox.sandbox().randomFaults(FAULT_PROBABILITY, seed++);
                sandboxes.put(vendor, sandbox);
                // The read and the update client share the user's OkHttpClient, as two views of one app would.
                OkHttpClient own = new OkHttpClient.Builder()
                        .connectionPool(new ConnectionPool(8, 1, TimeUnit.MINUTES))
                        .retryOnConnectionFailure(false)
                        .build();
                okHttp.put(vendor, own);
            }
            for (Endpoint endpoint : Endpoint.all()) {
                Vendor vendor = endpoint.vendor();
                RecordingSleeper sleeper = new RecordingSleeper();
                sleepers.put(endpoint, sleeper);
                clients.put(
                        endpoint,
                        vendor.build(vendor.builder()
                                .apiKey(Vendor.API_KEY)
                                .baseUrl(sandboxes.get(vendor).baseUrl(endpoint.operation()))
                                .okHttpClient(okHttp.get(vendor))
                                .sleeper(sleeper)
                                .timeouts(Timeouts.builder()
                                        .connect(Duration.ofSeconds(5))
                                        .read(Duration.ofSeconds(10))
                                        .write(Duration.ofSeconds(10))
                                        .call(Duration.ofSeconds(20))
                                        .build())));
            }

            ExecutorService workers = Executors.newFixedThreadPool(THREADS);
            CountDownLatch done = new CountDownLatch(CALLS);
            for (int i = 0; i < CALLS; i++) {
                final int call = i;
                workers.execute(() -> {
                    try {
                        Endpoint endpoint = plan[call];
                        AutoCloseable client = clients.get(endpoint);
                        if ((call / 4) % 2 == 0) {
                            record(outcomes, unexpected, accounted, endpoint, syncOutcome(endpoint, client));
                        } else {
                            CompletableFuture<?> future =
                                    endpoint.callAsync(client, endpoint.ids(), RequestOptions.none());
                            futures.add(future);
                            recorded.add(future.whenComplete((result, failure) -> record(
                                    outcomes,
                                    unexpected,
                                    accounted,
                                    endpoint,
                                    failure != null ? unwrap(failure) : result)));
                        }
                    } catch (Throwable escaped) {
                        unexpected.add(escaped);
                    } finally {
                        done.countDown();
                    }
                });
            }
            assertTrue(done.await(60, TimeUnit.SECONDS), "all calls started and sync ones finished");
            workers.shutdown();
            assertTrue(workers.awaitTermination(10, TimeUnit.SECONDS));
            CompletableFuture.allOf(recorded.toArray(new CompletableFuture<?>[0]))
                    .handle((r, f) -> null)
                    .get(60, TimeUnit.SECONDS);
            for (CompletableFuture<?> future : futures) {
                assertTrue(future.isDone(), "no lost future");
            }
            assertEquals(CALLS / 2, futures.size(), "async calls");
            assertEquals(CALLS, accounted.get(), "every completion recorded");

            assertTrue(unexpected.isEmpty(), "only typed outcomes: " + unexpected);
            int total = outcomes.values().stream().mapToInt(AtomicInteger::get).sum();
            assertEquals(CALLS, total, "every call accounted for: " + outcomes);

            // Per call: each retry is one wait asked of that call's sleepers and one more request with its method.
            Map<Operation, Integer> calls = new EnumMap<>(Operation.class);
            for (Endpoint endpoint : plan) {
                calls.merge(endpoint.operation(), 1, Integer::sum);
            }
            int requests = 0;
            int retries = 0;
            for (Operation operation : Operation.values()) {
                int made = calls.getOrDefault(operation, 0);
                assertTrue(made > CALLS / 3, "the plan mixes both calls: " + calls);
                int succeeded = outcomes.getOrDefault(operation + " success", new AtomicInteger())
                        .get();
                assertTrue(succeeded > made * 0.9, operation + ": most calls succeed: " + outcomes);
                int sent = 0;
                int waits = 0;
                for (Vendor vendor : Vendor.values()) {
                    Endpoint endpoint = new Endpoint(vendor, operation);
                    sent += (int) sandboxes.get(vendor).requests(operation).stream()
                            .filter(r -> r.method().equals(endpoint.method()))
                            .count();
                    waits += sleepers.get(endpoint).sleeps().size();
                }
                assertEquals(made + waits, sent, operation + ": requests = calls + retries");
                requests += sent;
                retries += waits;
            }
            int seen = 0;
            for (VendorSandbox sandbox : sandboxes.values()) {
                seen += sandbox.sandbox().requestCount();
            }
            assertEquals(CALLS + retries, seen, "requests = calls + retries");

            // Connections: all back in their pools, idle; none held by an unread body.
            for (AutoCloseable client : clients.values()) {
                client.close();
            }
            for (Vendor vendor : Vendor.values()) {
                ConnectionPool pool = okHttp.get(vendor).connectionPool();
                assertEquals(pool.connectionCount(), pool.idleConnectionCount(), vendor + ": every connection idle");
                pool.evictAll();
                assertEquals(0, pool.connectionCount(), vendor + ": pool empty after evictAll");
                okHttp.get(vendor).dispatcher().executorService().shutdown();
            }
            joinNewThreads(threadsBefore);
            assertEquals(threadsBefore, clientThreads(), "client threads gone after close");
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("Soak: " + CALLS + " calls (" + calls + ", " + futures.size() + " async) on " + THREADS
                    + " threads in " + millis + " ms; " + requests + " requests, " + retries + " retries; outcomes "
                    + new TreeMap<>(outcomes.entrySet().stream()
                            .collect(Collectors.toMap(
                                    Map.Entry::getKey, e -> e.getValue().get()))));
        } finally {
            for (AutoCloseable client : clients.values()) {
                client.close();
            }
            for (VendorSandbox sandbox : sandboxes.values()) {
                sandbox.close();
            }
        }
    }

    private static Object syncOutcome(Endpoint endpoint, AutoCloseable client) {
        try {
            return endpoint.call(client, endpoint.ids(), RequestOptions.none());
        } catch (EvalwireException typed) {
            return typed;
        }
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
    }

    /** Counts the outcome under "{operation} {success or exception}"; anything but the three typed faults is unexpected. */
    private static void record(
            Map<String, AtomicInteger> outcomes,
            List<Throwable> unexpected,
            AtomicInteger accounted,
            Endpoint endpoint,
            Object outcome) {
        String key;
        if (!(outcome instanceof Throwable)) {
            key = endpoint.operation() + " success";
        } else if (outcome instanceof InternalServerException
                || outcome instanceof RateLimitException
                || outcome instanceof ApiConnectionException) {
            key = endpoint.operation() + " " + outcome.getClass().getSimpleName();
        } else {
            key = endpoint.operation() + " unexpected";
            unexpected.add((Throwable) outcome);
        }
        outcomes.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        accounted.incrementAndGet();
    }

    /**
     * Live threads a client could have started: its async pool ({@code evalwire-*}) and OkHttp's per-client
     * threads. OkHttp's {@code TaskRunner} threads belong to one process-wide pool and are left out, also while one
     * of them runs a task under the task's name (for example {@code OkHttp ConnectionPool connection closer}, which
     * evictAll() can start after the threads were joined).
     */
    static Set<String> clientThreads() {
        return liveClientThreads().stream()
                .map(Thread::getName)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    static List<Thread> liveClientThreads() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().isAlive())
                .filter(e -> e.getKey().getName().startsWith("evalwire-")
                        || (e.getKey().getName().startsWith("OkHttp") && !isTaskRunner(e.getKey(), e.getValue())))
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
    }

    private static boolean isTaskRunner(Thread thread, StackTraceElement[] stack) {
        if (thread.getName().startsWith("OkHttp TaskRunner")) {
            return true;
        }
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("okhttp3.internal.concurrent.TaskRunner")) {
                return true;
            }
        }
        return false;
    }

    /** Waits (bounded) for threads started since {@code before} to end; close() stops them asynchronously. */
    static void joinNewThreads(Set<String> before) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (Thread thread : liveClientThreads()) {
            if (!before.contains(thread.getName())) {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
        }
    }
}
