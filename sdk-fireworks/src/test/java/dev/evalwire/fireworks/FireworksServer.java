package dev.evalwire.fireworks;

import dev.evalwire.core.RetryPolicy;
import dev.evalwire.core.Sleeper;
import dev.evalwire.core.testing.RecordingSleeper;
import dev.evalwire.core.testing.WireServer;
import java.time.Clock;

/** The wire tests' server, with the Fireworks key, clients of it and the evaluator they answer with. */
final class FireworksServer extends WireServer {

    static final String API_KEY = "fw-test-key-123";
    static final String EVALUATOR_JSON = "{\"name\":\"accounts/acme/evaluators/exact-match\","
            + "\"displayName\":\"Exact match\",\"state\":\"ACTIVE\"}";

    final RecordingSleeper sleeper = new RecordingSleeper();

    FireworksServer() {
        super("req-1");
    }

    /** @return the server's root URL without the trailing {@code /} */
    String baseUrl() {
        String url = url();
        return url.substring(0, url.length() - 1);
    }

    /** @return a builder for a client of this server, with its key and recording sleeper but no account */
    FireworksClient.Builder clientBuilder() {
        return FireworksClient.builder().apiKey(API_KEY).baseUrl(baseUrl()).sleeper(sleeper);
    }

    /** @return a client of this server for account {@code acme}, closed when the test ends */
    FireworksClient client() {
        return closeAfter(clientBuilder().accountId("acme").build());
    }

    /** @return a client of this server for account {@code acme} that never retries on its own, closed when the test ends */
    FireworksClient client(Sleeper sleeper, Clock clock) {
        return closeAfter(clientBuilder()
                .accountId("acme")
                .retryPolicy(RetryPolicy.none())
                .sleeper(sleeper)
                .clock(clock)
                .build());
    }

    void enqueueEvaluator() {
        enqueue(200, EVALUATOR_JSON);
    }
}
