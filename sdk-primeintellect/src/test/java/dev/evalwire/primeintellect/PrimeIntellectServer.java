package dev.evalwire.primeintellect;

import dev.evalwire.core.RetryPolicy;
import dev.evalwire.core.Sleeper;
import dev.evalwire.core.testing.RecordingSleeper;
import dev.evalwire.core.testing.WireServer;
import java.time.Clock;

/** The wire tests' server, with the Prime Intellect key, clients of it and the evaluation bodies the tests share. */
final class PrimeIntellectServer extends WireServer {

    static final String KEY = "pi-test-key-0123456789";
    static final String PATH = "/api/v1/evaluations/eval_1";

    PrimeIntellectServer() {
        super("req_pi");
    }

    /** @return a builder for a client of this server, with its key */
    PrimeIntellectClient.Builder builder() {
        return PrimeIntellectClient.builder().apiKey(KEY).baseUrl(url());
    }

    /** @return a client of this server that never retries on its own, closed when the test ends */
    PrimeIntellectClient client() {
        return client(new RecordingSleeper(), Clock.systemUTC());
    }

    /** @return a client of this server that never retries on its own, with the given sleeper and clock, closed when the test ends */
    PrimeIntellectClient client(Sleeper sleeper, Clock clock) {
        return closeAfter(builder()
                .retryPolicy(RetryPolicy.none())
                .sleeper(sleeper)
                .clock(clock)
                .build());
    }

    /** @return an evaluation record with the given status, modification time and tags */
    static String evaluation(String status, String updatedAt, String tags) {
        return "{\"evaluation_id\":\"eval_1\",\"name\":\"gsm8k\",\"status\":\"" + status + "\",\"eval_type\":\"suite\","
                + "\"total_samples\":10,\"created_at\":\"2025-05-01T10:00:00Z\",\"updated_at\":\"" + updatedAt + "\","
                + "\"tags\":" + tags + ",\"error_message\":null}";
    }

    /** @return a record in {@code status}, otherwise fixed */
    static String inStatus(String status) {
        return evaluation(status, "2025-05-01T11:00:00Z", "[]");
    }
}
