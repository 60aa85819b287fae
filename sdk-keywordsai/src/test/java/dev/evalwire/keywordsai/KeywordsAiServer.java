package dev.evalwire.keywordsai;

import static dev.evalwire.keywordsai.Fixtures.KEY;

import dev.evalwire.core.testing.RecordingSleeper;
import dev.evalwire.core.testing.WireServer;

/** The wire tests' server, with clients of it that use the Keywords AI test key and a recording sleeper. */
final class KeywordsAiServer extends WireServer {

    final RecordingSleeper sleeper = new RecordingSleeper();

    KeywordsAiServer() {
        super("req_7");
    }

    /** @return a client of this server with the test key and this server's sleeper, closed when the test ends */
    KeywordsAiClient client() {
        return closeAfter(KeywordsAiClient.builder()
                .apiKey(KEY)
                .baseUrl(url())
                .sleeper(sleeper)
                .build());
    }
}
