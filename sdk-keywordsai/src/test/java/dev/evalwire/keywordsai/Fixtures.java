package dev.evalwire.keywordsai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalwire.core.internal.json.JsonMapperFactory;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Shared JSON for the tests: a full evaluator response and helpers. */
final class Fixtures {

    static final String KEY = "rsp-test-key-0123456789";

    /** Every property the spec lists, with the seed's values plus versioning fields and one unknown field. */
    static final String FULL_EVALUATOR = q("{"
            + "'id':'0f4325f9-55ef-4c20-8abe-376694419947',"
            + "'name':'Enhanced Response Quality Evaluator',"
            + "'evaluator_slug':'response_quality_v1',"
            + "'type':'llm',"
            + "'score_value_type':'numerical',"
            + "'eval_class':'',"
            + "'description':'Advanced evaluator',"
            + "'score_config':{'min_score':0,'max_score':10,'choices':[{'name':'Poor','value':0},"
            + "{'name':'Pass','value':'pass'}]},"
            + "'passing_conditions':{'primary_score':{'operator':'gte','value':3},'secondary':{'x':1}},"
            + "'llm_config':{'model':'gpt-4o-mini','evaluator_definition':'Rate {{output}}',"
            + "'scoring_rubric':'1=Poor, 5=Excellent','temperature':0.1,'max_tokens':200,'top_p':0.9},"
            + "'code_config':{'eval_code_snippet':'def main(eval_inputs):\\n    return True'},"
            + "'configurations':{'llm_engine':'gpt-4o','model_options':{'temperature':0.2,'max_tokens':300},"
            + "'passing_score':4.0},"
            + "'categorical_choices':[{'name':'Good','value':3}],"
            + "'custom_required_fields':['reference'],"
            + "'starred':true,"
            + "'tags':['quality','production'],"
            + "'organization':2,"
            + "'created_by':{'first_name':'Respan','last_name':'Team','email':'admin@respan.ai'},"
            + "'updated_by':{'first_name':'Ada','last_name':'Lovelace','email':'ada@example.com','role':'admin'},"
            + "'created_at':'2025-09-11T09:43:55.858321Z',"
            + "'updated_at':'2025-09-11T10:15:22.123456Z',"
            + "'version_id':'evlv_1',"
            + "'version':3,"
            + "'is_read_only':false,"
            + "'version_description':'tighter rubric',"
            + "'future_field':{'a':[1,2]}"
            + "}");

    private Fixtures() {}

    /** @return {@code text} with single quotes turned into double quotes */
    static String q(String text) {
        return text.replace('\'', '"');
    }

    static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the exact JSON the SDK writes for {@code body} */
    static String wire(Object body) {
        try {
            return JsonMapperFactory.shared().writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
