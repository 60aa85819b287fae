package dev.evalwire.scale;

import static dev.evalwire.scale.Samples.json;
import static dev.evalwire.scale.ScaleServer.CHAT;
import static dev.evalwire.scale.ScaleServer.METRIC;
import static dev.evalwire.scale.ScaleServer.evaluation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.evalwire.core.ConcurrentChangeException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code modifyTaskConfiguration}: read with the tasks view, change, read again, compare the task's configuration,
 * then PATCH the task or refuse.
 */
class ScaleModifyTaskConfigurationTest {

    private static final String READ = "GET /v5/evaluations/eval_1?views=tasks";
    private static final String WRITE = "PATCH /v5/evaluations/eval_1/tasks/chat";

    @RegisterExtension
    final ScaleServer server = new ScaleServer();

    private final ScaleClient client =
            server.closeAfter(server.builder().accountId("acct_1").build());

    private static ChatCompletionConfiguration cooler() {
        return ChatCompletionConfiguration.builder()
                .model("openai/gpt-4o-mini")
                .messagesFromItem("item.messages")
                .temperature(0.2)
                .build();
    }

    @Test
    void typedOverlayKeepsStoredKeysAndReplacesSetOnes() throws Exception {
        server.enqueue(200, evaluation(CHAT, METRIC));
        server.enqueue(200, evaluation(CHAT, METRIC));
        server.enqueue(200, evaluation(CHAT, METRIC));

        Evaluation updated = client.modifyTaskConfiguration("eval_1", "chat", current -> current.overlay(cooler()));

        assertEquals("eval_1", updated.id());
        server.take(READ);
        server.take(READ);
        RecordedRequest write = server.take(WRITE);
        assertEquals("acct_1", write.getHeaders().get("x-selected-account-id"));
        assertEquals(ScaleServer.KEY, write.getHeaders().get("x-api-key"));
        assertEquals(
                json("{'configuration':{'model':'openai/gpt-4o-mini','messages':'item.messages','temperature':0.2,"
                        + "'max_tokens':100}}"),
                write.getBody().utf8());
        assertEquals(3, server.requestCount());
    }

    @Test
    void rawOverlayAddsAndReplacesKeys() throws Exception {
        server.enqueue(200, evaluation(CHAT, METRIC));
        server.enqueue(200, evaluation(CHAT, METRIC));
        server.enqueue(200, evaluation(CHAT, METRIC));
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("max_tokens", 256);
        changes.put("top_p", 0.9);

        client.modifyTaskConfiguration("eval_1", "chat", current -> current.overlay(RawTaskConfiguration.of(changes)));

        server.take(READ);
        server.take(READ);
        assertEquals(
                json("{'configuration':{'model':'openai/gpt-4o','messages':[{'role':'user','content':'hi'}],"
                        + "'temperature':0.5,'max_tokens':256,'top_p':0.9}}"),
                server.take().getBody().utf8());
    }

    @Test
    void editedCopyOfTheStoredConfigurationIsSentWhole() throws Exception {
        server.enqueue(200, evaluation(CHAT, METRIC));
        server.enqueue(200, evaluation(CHAT, METRIC));
        server.enqueue(200, evaluation(CHAT, METRIC));

        client.modifyTaskConfiguration("eval_1", "rougeL", current -> {
            assertInstanceOf(MetricTask.class, current.task());
            return RawTaskConfiguration.of(current.configuration().put("reference", "item.gold"));
        });

        server.take();
        server.take();
        RecordedRequest write = server.take("PATCH /v5/evaluations/eval_1/tasks/rougeL");
        assertEquals(
                json("{'configuration':{'type':'rougeL','candidate':'item.out','reference':'item.gold'}}"),
                write.getBody().utf8());
    }

    @Test
    void anotherWriterChangingTheConfigurationMeansNoWrite() throws Exception {
        server.enqueue(200, evaluation(CHAT, METRIC));
        server.enqueue(200, evaluation(CHAT.replace("0.5", "0.7"), METRIC));
        server.enqueue(200, evaluation(CHAT, METRIC));

        ConcurrentChangeException e = assertThrows(
                ConcurrentChangeException.class,
                () -> client.modifyTaskConfiguration("eval_1", "chat", current -> current.overlay(cooler())));

        assertEquals(
                "the configuration of task 'chat' of evaluation eval_1 changed between the read and the write;"
                        + " nothing was written",
                e.getMessage());
        assertEquals(Arrays.asList(READ, READ), server.calls());
    }

    @Test
    void aChangeToAnotherTaskDoesNotStopTheWrite() throws Exception {
        server.enqueue(200, evaluation(CHAT, METRIC));
        server.enqueue(200, evaluation(CHAT, METRIC.replace("item.ref", "item.gold")));
        server.enqueue(200, evaluation(CHAT, METRIC));

        client.modifyTaskConfiguration("eval_1", "chat", current -> current.overlay(cooler()));

        assertEquals(Arrays.asList(READ, READ, WRITE), server.calls());
    }

    @Test
    void typedChatConfigurationOnAnotherTaskTypeIsRefusedBeforeTheWrite() throws Exception {
        server.enqueue(200, evaluation(CHAT, METRIC));
        server.enqueue(200, evaluation(CHAT, METRIC));

        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> client.modifyTaskConfiguration("eval_1", "rougeL", current -> current.overlay(cooler())));

        assertEquals(
                "a ChatCompletionConfiguration fits chat_completion tasks only; task 'rougeL' is a metric task:"
                        + " change it with a RawTaskConfiguration",
                e.getMessage());
        assertEquals(Arrays.asList(READ), server.calls());
    }

    @Test
    void unknownAliasIsRefusedListingTheAliasesAndNothingIsWritten() throws Exception {
        server.enqueue(200, evaluation(CHAT, METRIC));
        server.enqueue(200, evaluation(CHAT, METRIC));

        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> client.modifyTaskConfiguration("eval_1", "judge", current -> current.overlay(cooler())));

        assertEquals("evaluation eval_1 has no task with alias 'judge'; its tasks: [chat, rougeL]", e.getMessage());
        assertEquals(Arrays.asList(READ), server.calls());
    }

    @Test
    void evaluationWithoutTasksListsNone() throws Exception {
        server.enqueue(
                200,
                json("{'id':'eval_1','name':'n','created_at':'2025-01-02T03:04:05Z','created_by':{'id':'u',"
                        + "'type':'user'},'datasets':null,'status':'running','tags':[]}"));

        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> client.modifyTaskConfiguration("eval_1", "chat", current -> current.overlay(cooler())));

        assertEquals("evaluation eval_1 has no task with alias 'chat'; its tasks: []", e.getMessage());
        assertEquals(Arrays.asList(READ), server.calls());
    }

    @Test
    void changeReturningNullFailsBeforeTheWrite() throws Exception {
        server.enqueue(200, evaluation(CHAT, METRIC));
        server.enqueue(200, evaluation(CHAT, METRIC));

        assertThrows(
                NullPointerException.class, () -> client.modifyTaskConfiguration("eval_1", "chat", current -> null));

        assertEquals(Arrays.asList(READ), server.calls());
    }

    @Test
    void nullChangeOrBadIdFailsBeforeAnyRequest() {
        assertThrows(NullPointerException.class, () -> client.modifyTaskConfiguration("eval_1", "chat", null));
        assertThrows(
                IllegalArgumentException.class,
                () -> client.modifyTaskConfiguration(" ", "chat", current -> current.overlay(cooler())));
        assertEquals(0, server.requestCount());
    }
}
