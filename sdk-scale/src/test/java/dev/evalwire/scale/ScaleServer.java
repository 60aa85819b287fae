package dev.evalwire.scale;

import static dev.evalwire.scale.Samples.json;

import dev.evalwire.core.testing.RecordingSleeper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A MockWebServer and the evaluation bodies the read and modify tests share. */
final class ScaleServer implements AutoCloseable {

    static final String KEY = "sgp-test-key-0123456789";
    static final String CHAT = "{'task_type':'chat_completion','alias':'chat','configuration':{'model':'openai/gpt-4o',"
            + "'messages':[{'role':'user','content':'hi'}],'temperature':0.5,'max_tokens':100}}";
    static final String METRIC = "{'task_type':'metric','alias':'rougeL','configuration':{'type':'rougeL',"
            + "'candidate':'item.out','reference':'item.ref'}}";

    final MockWebServer server = new MockWebServer();
    private int taken;

    ScaleServer() throws IOException {
        server.start();
    }

    ScaleClient.Builder builder() {
        return ScaleClient.builder()
                .apiKey(KEY)
                .baseUrl(server.url("/").toString())
                .sleeper(new RecordingSleeper());
    }

    /** @return an evaluation body holding these tasks (single-quoted JSON) */
    static String evaluation(String... tasks) {
        return json("{'id':'eval_1','name':'Nightly','created_at':'2025-01-02T03:04:05Z',"
                + "'created_by':{'id':'user_1','type':'user'},'datasets':null,'status':'running','tags':[],"
                + "'tasks':[" + String.join(",", tasks) + "]}");
    }

    void ok(String body) {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .addHeader("x-request-id", "req_1")
                .body(body)
                .build());
    }

    void error(int code, String body) {
        server.enqueue(new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(json(body))
                .build());
    }

    RecordedRequest take() throws InterruptedException {
        RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("no request reached the server");
        }
        taken++;
        return request;
    }

    /** @return "METHOD target" of every request received and not yet taken, in order */
    List<String> calls() throws InterruptedException {
        List<String> calls = new ArrayList<>();
        for (int i = server.getRequestCount() - taken; i > 0; i--) {
            RecordedRequest request = take();
            calls.add(request.getMethod() + " " + request.getTarget());
        }
        return calls;
    }

    @Override
    public void close() {
        server.close();
    }
}
