package dev.evalwire.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON written with single quotes for readability, and a complete Evaluation body. */
final class Samples {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Samples() {}

    /** @return {@code text} with single quotes turned into double quotes */
    static String json(String text) {
        return text.replace('\'', '"');
    }

    static JsonNode tree(String text) {
        try {
            return MAPPER.readTree(json(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One task of every known type plus an unknown one and one without task_type. */
    static final String TASKS = "["
            + "{'task_type':'chat_completion','alias':'chat','configuration':{'model':'openai/gpt-4o',"
            + "'messages':[{'role':'user','content':'hi'}],'temperature':0.5}},"
            + "{'task_type':'inference','alias':'inference','configuration':{'model':'m-inf'}},"
            + "{'task_type':'application_variant','alias':'app','configuration':{'application_variant_id':'av_1',"
            + "'inputs':'item.inputs'}},"
            + "{'task_type':'agentex_output','alias':'agentex_output','configuration':{'agentex_agent_id':'ag_1',"
            + "'input_column':{'q':'item.q'}}},"
            + "{'task_type':'metric','alias':'rougeL','configuration':{'type':'rougeL','candidate':'item.out',"
            + "'reference':'item.ref'}},"
            + "{'task_type':'auto_evaluation.question','alias':'q','configuration':{'model':'judge','prompt':'p',"
            + "'question_id':'qu_1'}},"
            + "{'task_type':'auto_evaluation.guided_decoding','alias':'gd','configuration':{'model':'judge',"
            + "'prompt':'ok?','choices':['yes','no']}},"
            + "{'task_type':'auto_evaluation.agent','alias':'agent','configuration':{'definition':'d','name':'n',"
            + "'output_rules':['r1','r2']}},"
            + "{'task_type':'contributor_evaluation.question','alias':'human','configuration':{'layout':"
            + "{'direction':'row'},'question_id':'qu_2'}},"
            + "{'task_type':'custom_function','alias':'fn','configuration':{'function_source':'def f(x): return 1'}},"
            + "{'task_type':'quantum_judge','alias':'future','configuration':{'qubits':3},'priority':1},"
            + "{'alias':'untyped','configuration':{'x':1}}"
            + "]";

    /** Every Evaluation property, nested objects filled, plus an unknown top-level field. */
    static final String EVALUATION = json("{'id':'eval_1','name':'Nightly','created_at':'2025-01-02T03:04:05Z',"
            + "'created_by':{'id':'user_1','type':'user','object':'identity'},"
            + "'tags':['a','b'],"
            + "'datasets':[{'id':'ds_1','created_by':{'id':'sa_1','type':'service_account','object':'identity'},"
            + "'name':'golden','created_at':'2024-12-31T23:00:00+01:00','tags':['t'],'current_version_num':4,"
            + "'object':'dataset','description':'dd','archived_at':'2025-02-01T00:00:00Z'}],"
            + "'status':'running','object':'evaluation','description':'desc','archived_at':'2025-03-01T00:00:00Z',"
            + "'status_reason':'in progress',"
            + "'progress':{'workflows':{'total':4,'completed':1,'failed':1,'pending':2},"
            + "'items':{'total':10,'successful':7,'failed':1,'pending':2,"
            + "'failed_items':[{'item_id':'it_9','error':'boom','error_type':'timeout'}]}},"
            + "'tasks':" + TASKS + ","
            + "'metadata':{'owner':'team-x','n':1},"
            + "'error_count':3,"
            + "'new_server_field':{'x':true}}");
}
