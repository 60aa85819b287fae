package dev.evalwire.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalwire.core.EvalwireException;
import dev.evalwire.core.RequestOptions;
import dev.evalwire.core.http.HttpCall;
import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.http.HttpRequest;
import dev.evalwire.core.http.HttpResponse;
import dev.evalwire.core.http.HttpTransport;
import dev.evalwire.reliability.Vendor.Body;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Jazzer fuzz targets for the response decoders and the error decoding of all four vendors, through both the update
 * and the read (Prime Intellect's read answers its own {@code GetEvaluationResponse}; the others' reads share the
 * update's type but still go through the read call). Each input is answered by an in-memory {@link HttpTransport} plugged in with {@code ClientBuilder.transport(...)} and goes
 * through the public client; the only allowed outcomes are the typed response or an {@link EvalwireException}.
 * Anything else (a Jackson, IO or runtime exception, an error) escapes and is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} the targets run the committed seed corpus under
 * {@code src/test/resources/dev/evalwire/reliability/DecoderFuzzTestInputs/<target>/} (regression mode, in CI).
 * With {@code JAZZER_FUZZ=1} Jazzer fuzzes one target for its {@code maxDuration}; see GUARANTEES for the command.
 */
class DecoderFuzzTest {

    /** Answers every request with the response set for the current input. */
    static final class CannedTransport implements HttpTransport {
        volatile HttpResponse next;

        @Override
        public HttpCall newCall(HttpRequest request) {
            return new HttpCall() {
                @Override
                public HttpResponse execute() {
                    return next;
                }

                @Override
                public void cancel() {}
            };
        }

        @Override
        public void close() {}
    }

    static final CannedTransport TRANSPORT = new CannedTransport();
    static final Map<Vendor, AutoCloseable> CLIENTS = new EnumMap<>(Vendor.class);
    static final Map<Endpoint, JsonNode> VALID = new HashMap<>();
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final int[] ERROR_STATUSES = {400, 401, 404, 408, 422, 429, 500, 503, 418};
    static final String[] CONTENT_TYPES = {
        "application/json", "text/plain; charset=utf-8", "text/html", null, "application/problem+json"
    };

    static {
        for (Vendor vendor : Vendor.values()) {
            // One attempt per input: retryable statuses then fail with their exception instead of looping.
            CLIENTS.put(
                    vendor,
                    vendor.build(vendor.builder()
                            .apiKey(Vendor.API_KEY)
                            .baseUrl("https://api.example.com")
                            .transport(TRANSPORT)
                            .maxRetries(0)
                            .sleeper(d -> {})));
        }
        for (Endpoint endpoint : Endpoint.all()) {
            try {
                VALID.put(endpoint, MAPPER.readTree(endpoint.body(Body.VALID)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Arbitrary bytes (seeded with valid bodies) as a 200 JSON body, through every vendor's update and read. */
    @FuzzTest(maxDuration = "2m")
    void successBody(byte[] body) {
        for (Endpoint endpoint : Endpoint.all()) {
            call(endpoint, 200, "application/json", body);
        }
    }

    /** Arbitrary bytes (seeded with each vendor's error shapes) as an error body, for several statuses. */
    @FuzzTest(maxDuration = "2m")
    void errorBody(byte[] body) {
        int pick = body.length == 0 ? 0 : body[0] & 0xff;
        for (Endpoint endpoint : Endpoint.all()) {
            for (int i = 0; i < 3; i++) {
                int status = ERROR_STATUSES[(pick + i * 3) % ERROR_STATUSES.length];
                call(endpoint, status, CONTENT_TYPES[(pick + i) % CONTENT_TYPES.length], body);
            }
        }
    }

    /**
     * A vendor's valid update or read body with fuzzer-chosen nodes replaced by values of other JSON types, removed, or given
     * extreme numbers and odd strings: exercises type confusion in every typed field.
     */
    @FuzzTest(maxDuration = "2m")
    void mutatedValidBody(FuzzedDataProvider data) {
        Endpoint endpoint = new Endpoint(data.pickValue(Vendor.values()), data.pickValue(Operation.values()));
        JsonNode body = VALID.get(endpoint).deepCopy();
        int edits = data.consumeInt(1, 6);
        for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
            List<Slot> slots = new ArrayList<>();
            collect(body, slots);
            if (slots.isEmpty()) {
                break;
            }
            Slot slot = slots.get(data.consumeInt(0, slots.size() - 1));
            slot.replace(value(data));
        }
        int status = data.consumeBoolean() ? 200 : ERROR_STATUSES[data.consumeInt(0, ERROR_STATUSES.length - 1)];
        call(endpoint, status, "application/json", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void call(Endpoint endpoint, int status, String contentType, byte[] body) {
        HttpHeaders.Builder headers = HttpHeaders.builder().set("x-request-id", "req_fuzz");
        if (contentType != null) {
            headers.set("Content-Type", contentType);
        }
        TRANSPORT.next = new HttpResponse(status, headers.build(), body);
        try {
            Object result = endpoint.call(CLIENTS.get(endpoint.vendor()), endpoint.ids(), RequestOptions.none());
            if (result == null || status != 200) {
                throw new AssertionError(endpoint + ": status " + status + " gave a result: " + result);
            }
            // A decoded response must be printable and keep its JSON; a lazily read one fails its strict check
            // only with an EvalwireException.
            result.toString();
            validate(result);
        } catch (EvalwireException typed) {
            if (typed.getMessage() == null) {
                throw new AssertionError("exception without a message", typed);
            }
        }
    }

    private static void validate(Object result) {
        java.lang.reflect.Method validate;
        try {
            validate = result.getClass().getMethod("validate");
        } catch (NoSuchMethodException eager) {
            return;
        }
        try {
            validate.invoke(result);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (!(e.getCause() instanceof EvalwireException) || e.getCause().getMessage() == null) {
                throw new AssertionError("validate() must fail only with an EvalwireException", e.getCause());
            }
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /** Where a value sits in the tree, so it can be replaced or removed. */
    interface Slot {
        void replace(JsonNode value);
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            Iterator<String> names = object.fieldNames();
            List<String> keys = new ArrayList<>();
            names.forEachRemaining(keys::add);
            for (String key : keys) {
                slots.add(value -> {
                    if (value == null) {
                        object.remove(key);
                    } else {
                        object.set(key, value);
                    }
                });
                collect(object.get(key), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                slots.add(value -> array.set(index, value == null ? JsonNodeFactory.instance.nullNode() : value));
                collect(array.get(i), slots);
            }
        }
    }

    /** A replacement value: null means "remove the field". */
    private static JsonNode value(FuzzedDataProvider data) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (data.consumeInt(0, 11)) {
            case 0:
                return null;
            case 1:
                return f.nullNode();
            case 2:
                return f.booleanNode(data.consumeBoolean());
            case 3:
                return f.numberNode(data.consumeLong());
            case 4:
                return f.numberNode(data.consumeDouble());
            case 5:
                return f.numberNode(new java.math.BigInteger(1, data.consumeBytes(40)));
            case 6:
                return f.textNode(data.consumeString(64));
            case 7:
                return f.textNode(data.pickValue(new String[] {
                    "2025-13-45T99:99:99Z",
                    "2025-05-01T11:00:00+25:00",
                    "",
                    "COMPLETED",
                    "unknown",
                    "1e309",
                    "-0",
                    "\u0000",
                    "\uD800",
                    "item.",
                    "TYPE_UNSPECIFIED"
                }));
            case 8:
                return f.arrayNode()
                        .add(f.textNode(data.consumeString(8)))
                        .addNull()
                        .add(f.objectNode());
            case 9:
                return f.objectNode().put(data.consumeString(8), data.consumeInt());
            case 10:
                return f.arrayNode();
            default:
                ObjectNode deep = f.objectNode();
                ObjectNode cursor = deep;
                for (int i = 0; i < data.consumeInt(0, 50); i++) {
                    cursor = cursor.putObject("n");
                }
                return deep;
        }
    }
}
