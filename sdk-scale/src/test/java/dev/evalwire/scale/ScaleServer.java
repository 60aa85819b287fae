package dev.evalwire.scale;

import static dev.evalwire.scale.Samples.json;

import dev.evalwire.core.testing.RecordingSleeper;
import dev.evalwire.core.testing.WireServer;

/** The wire tests' server, with the Scale key, client builders for it and the evaluation bodies the tests share. */
final class ScaleServer extends WireServer {

    static final String KEY = "sgp-test-key-0123456789";
    static final String CHAT = "{'task_type':'chat_completion','alias':'chat','configuration':{'model':'openai/gpt-4o',"
            + "'messages':[{'role':'user','content':'hi'}],'temperature':0.5,'max_tokens':100}}";
    static final String METRIC = "{'task_type':'metric','alias':'rougeL','configuration':{'type':'rougeL',"
            + "'candidate':'item.out','reference':'item.ref'}}";

    final RecordingSleeper sleeper = new RecordingSleeper();

    ScaleServer() {
        super("req_1");
    }

    /** @return a builder for a client of this server, with its key and recording sleeper */
    ScaleClient.Builder builder() {
        return ScaleClient.builder().apiKey(KEY).baseUrl(url()).sleeper(sleeper);
    }

    /** @return an evaluation body holding these tasks (single-quoted JSON) */
    static String evaluation(String... tasks) {
        return json("{'id':'eval_1','name':'Nightly','created_at':'2025-01-02T03:04:05Z',"
                + "'created_by':{'id':'user_1','type':'user'},'datasets':null,'status':'running','tags':[],"
                + "'tasks':[" + String.join(",", tasks) + "]}");
    }

    /** Queues an error answer given as single-quoted JSON, without a request id. */
    void error(int code, String body) {
        enqueueWithoutRequestId(code, json(body));
    }
}
