package dev.evalwire.primeintellect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.evalwire.core.PatchBody;
import dev.evalwire.core.PatchValue;
import dev.evalwire.core.Timeouts;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A user's own OkHttpClient and ObjectMapper customiser, end to end through a vendor client. */
class PrimeIntellectInteropTest {

    private static final String KEY = "pi-interop-key-0123456789";
    private static final String OK_BODY = "{\"evaluation_id\":\"eval_1\",\"name\":\"gsm8k\",\"status\":\"RUNNING\","
            + "\"updated_at\":\"2025-05-01T11:00:00+02:00\",\"brand_new_field\":{\"x\":1}}";

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void respondOk() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body(OK_BODY)
                .build());
    }

    @Test
    void sharedOkHttpClientRunsItsInterceptorsAndSharesItsPool() throws Exception {
        ConnectionPool pool = new ConnectionPool();
        AtomicInteger applicationCalls = new AtomicInteger();
        AtomicInteger networkCalls = new AtomicInteger();
        OkHttpClient shared = new OkHttpClient.Builder()
                .connectionPool(pool)
                .addInterceptor(chain -> {
                    applicationCalls.incrementAndGet();
                    return chain.proceed(chain.request()
                            .newBuilder()
                            .header("X-Tenant", "acme")
                            .build());
                })
                .addNetworkInterceptor(chain -> {
                    networkCalls.incrementAndGet();
                    return chain.proceed(chain.request());
                })
                .build();
        try {
            for (int i = 0; i < 3; i++) {
                respondOk();
            }
            // One client keeps the shared client's timeouts, the other sets its own (a derived OkHttpClient).
            try (PrimeIntellectClient plain = PrimeIntellectClient.builder()
                            .apiKey(KEY)
                            .baseUrl(server.url("/").toString())
                            .okHttpClient(shared)
                            .build();
                    PrimeIntellectClient tuned = PrimeIntellectClient.builder()
                            .apiKey(KEY)
                            .baseUrl(server.url("/").toString())
                            .okHttpClient(shared)
                            .timeouts(Timeouts.builder()
                                    .read(Duration.ofSeconds(5))
                                    .build())
                            .build()) {
                plain.updateEvaluation(
                        "eval_1", UpdateEvaluationParams.builder().name("a").build());
                tuned.updateEvaluation(
                        "eval_1", UpdateEvaluationParams.builder().name("b").build());
            }
            for (int i = 0; i < 2; i++) {
                RecordedRequest request = server.takeRequest();
                assertEquals("acme", request.getHeaders().get("X-Tenant"));
                assertEquals("Bearer " + KEY, request.getHeaders().get("Authorization"));
            }
            assertEquals(2, applicationCalls.get());
            assertEquals(2, networkCalls.get());
            // Both clients went through the user's pool, over one kept-alive connection.
            assertEquals(1, pool.connectionCount());

            // Closing the SDK clients leaves the user's client working.
            try (Response response = shared.newCall(new Request.Builder()
                            .url(server.url("/api/v1/evaluations/eval_1"))
                            .build())
                    .execute()) {
                assertEquals(200, response.code());
            }
            assertEquals(3, applicationCalls.get());
        } finally {
            shared.dispatcher().executorService().shutdown();
            pool.evictAll();
        }
    }

    /** Writes every PatchValue as a string: would break the three-state rule if it won. */
    @SuppressWarnings("rawtypes")
    static final class HijackingSerializer extends JsonSerializer<PatchValue> {
        @Override
        public void serialize(PatchValue value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString("hijacked");
        }
    }

    @Test
    void objectMapperCustomiserCannotBreakThreeStateBodiesOrUnknownFieldTolerance() throws Exception {
        respondOk();
        respondOk();
        SimpleModule hostile = new SimpleModule("hostile");
        hostile.addSerializer(PatchValue.class, new HijackingSerializer());
        hostile.addSerializer(PatchBody.class, new JsonSerializer<PatchBody>() {
            @Override
            public void serialize(PatchBody value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString("hijacked");
            }
        });
        AtomicInteger customiserCalls = new AtomicInteger();
        try (PrimeIntellectClient client = PrimeIntellectClient.builder()
                        .apiKey(KEY)
                        .baseUrl(server.url("/").toString())
                        .objectMapperCustomizer(mapper -> {
                            customiserCalls.incrementAndGet();
                            mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
                            mapper.enable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
                            mapper.enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
                            mapper.setSerializationInclusion(JsonInclude.Include.ALWAYS);
                            mapper.setDefaultPropertyInclusion(JsonInclude.Include.ALWAYS);
                            mapper.registerModule(hostile);
                        })
                        .build();
                PrimeIntellectClient untouched = PrimeIntellectClient.builder()
                        .apiKey(KEY)
                        .baseUrl(server.url("/").toString())
                        .build()) {
            assertEquals(1, customiserCalls.get());

            UpdateEvaluationResponse response = client.updateEvaluation(
                    "eval_1",
                    UpdateEvaluationParams.builder()
                            .name("gsm8k")
                            .clearDescription()
                            .tags("math")
                            .build());
            // Unset fields left out, the clear sent as null, values as themselves.
            assertEquals(
                    "{\"name\":\"gsm8k\",\"description\":null,\"tags\":[\"math\"]}",
                    server.takeRequest().getBody().utf8());
            // The unknown response field is tolerated and kept; the date keeps the offset the server sent.
            assertEquals("gsm8k", response.name());
            assertEquals(1, response.rawField("brand_new_field").get("x").asInt());
            assertEquals("2025-05-01T11:00+02:00", response.updatedAt().toString());

            // A client without a customiser is unaffected (the SDK's shared mapper was never changed).
            untouched.updateEvaluation(
                    "eval_1",
                    UpdateEvaluationParams.builder().clearDescription().build());
            assertEquals(
                    "{\"description\":null}", server.takeRequest().getBody().utf8());
        }
    }
}
