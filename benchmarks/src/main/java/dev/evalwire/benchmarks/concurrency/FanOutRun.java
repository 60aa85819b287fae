package dev.evalwire.benchmarks.concurrency;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalwire.core.ConcurrencyLimits;
import dev.evalwire.core.RequestOptions;
import dev.evalwire.primeintellect.PrimeIntellectClient;
import dev.evalwire.primeintellect.UpdateEvaluationParams;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collections;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * One fan-out measurement, in its own JVM: N concurrent async Prime Intellect updates against a
 * {@link ScenarioServer}, through the SDK ({@code sdk}) or hand-written OkHttp {@code enqueue} with Jackson and a
 * scheduled re-send after {@code Retry-After} ({@code raw}), both under the same dispatcher limits (64 calls, 64 per
 * host). Prints {@code RESULT <peak live threads> <heap bytes per pending call> <milliseconds until all done>
 * <failures>}.
 *
 * <p>Heap per pending call is the heap in use, after a full GC, right after all N calls were started, less the heap
 * in use before, divided by N.
 */
public final class FanOutRun {

    static final int MAX_REQUESTS = 64;
    private static final int WARM_UP_CALLS = 200;
    private static final MediaType JSON = MediaType.get("application/json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FanOutRun() {}

    /**
     * @param args {@code sdk|raw}, the base URL, the number of calls
     * @throws Exception if the run cannot complete
     */
    public static void main(String[] args) throws Exception {
        String variant = args[0];
        String baseUrl = args[1];
        int calls = Integer.parseInt(args[2]);
        AtomicInteger failures = new AtomicInteger();
        Starter starter = variant.equals("sdk") ? sdk(baseUrl, failures) : raw(baseUrl, failures);
        CountDownLatch warm = new CountDownLatch(WARM_UP_CALLS);
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            starter.start("warm-" + i, warm::countDown);
        }
        warm.await(2, TimeUnit.MINUTES);
        failures.set(0);
        settle();
        long heapBefore = usedHeap();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        threads.resetPeakThreadCount();
        CountDownLatch done = new CountDownLatch(calls);
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            starter.start("call-" + i, done::countDown);
        }
        settle();
        long heapPerCall = (usedHeap() - heapBefore) / calls;
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("calls did not finish: " + done.getCount() + " left");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(
                "RESULT " + threads.getPeakThreadCount() + " " + heapPerCall + " " + millis + " " + failures.get());
        System.exit(0);
    }

    /** Starts one call with the given {@code X-Call-Id}; {@code done} runs when it ends. */
    interface Starter {
        void start(String callId, Runnable done);
    }

    private static Starter sdk(String baseUrl, AtomicInteger failures) {
        PrimeIntellectClient client = PrimeIntellectClient.builder()
                .apiKey("bench-key")
                .baseUrl(baseUrl)
                .concurrencyLimits(ConcurrencyLimits.of(MAX_REQUESTS, MAX_REQUESTS))
                .build();
        UpdateEvaluationParams params =
                UpdateEvaluationParams.builder().name("fan-out").build();
        return (callId, done) -> client.updateEvaluationAsync(
                        "eval_demo",
                        params,
                        RequestOptions.builder().header("X-Call-Id", callId).build())
                .whenComplete((response, failure) -> {
                    if (failure != null) {
                        failures.incrementAndGet();
                    }
                    done.run();
                });
    }

    private static Starter raw(String baseUrl, AtomicInteger failures) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(MAX_REQUESTS);
        dispatcher.setMaxRequestsPerHost(MAX_REQUESTS);
        OkHttpClient client = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .retryOnConnectionFailure(false)
                .build();
        ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "raw-retry");
            thread.setDaemon(true);
            return thread;
        });
        return new Starter() {
            @Override
            public void start(String callId, Runnable done) {
                byte[] body;
                try {
                    body = MAPPER.writeValueAsBytes(Collections.singletonMap("name", "fan-out"));
                } catch (IOException impossible) {
                    throw new IllegalStateException(impossible);
                }
                Request request = new Request.Builder()
                        .url(baseUrl + "/api/v1/evaluations/eval_demo")
                        .header("Authorization", "Bearer bench-key")
                        .header("Accept", "application/json")
                        .header("X-Call-Id", callId)
                        .put(RequestBody.create(body, JSON))
                        .build();
                send(request, done);
            }

            private void send(Request request, Runnable done) {
                client.newCall(request).enqueue(new Callback() {
                    @Override
                    public void onResponse(Call call, Response response) {
                        try (Response closed = response) {
                            byte[] bytes = closed.body().bytes();
                            if (closed.code() == 429) {
                                long seconds = Long.parseLong(closed.header("Retry-After", "1"));
                                retries.schedule(() -> send(request, done), seconds, TimeUnit.SECONDS);
                                return;
                            }
                            MAPPER.readTree(bytes);
                        } catch (IOException | RuntimeException failed) {
                            failures.incrementAndGet();
                        }
                        done.run();
                    }

                    @Override
                    public void onFailure(Call call, IOException failed) {
                        failures.incrementAndGet();
                        done.run();
                    }
                });
            }
        };
    }

    private static void settle() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
