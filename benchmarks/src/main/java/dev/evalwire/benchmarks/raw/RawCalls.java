package dev.evalwire.benchmarks.raw;

import static dev.evalwire.benchmarks.Payloads.*;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.evalwire.benchmarks.Target;
import dev.evalwire.benchmarks.UpdateCall;
import dev.evalwire.benchmarks.Vendor;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The raw variant, the floor: what a careful user writes by hand with OkHttp and Jackson. One shared client and
 * mapper; the body built as a Jackson tree; the answer read into a small hand-written class per vendor (nested
 * objects kept as trees). No retries, no error mapping, no path encoding, no checks.
 */
public final class RawCalls {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private RawCalls() {}

    /**
     * @param vendor the vendor
     * @param target where calls go
     * @return the vendor's update call written by hand
     */
    public static UpdateCall create(Vendor vendor, Target target) {
        final OkHttpClient client = target.okHttp() != null ? target.okHttp() : new OkHttpClient();
        final boolean owns = target.okHttp() == null;
        final String base = target.baseUrl();
        final String bearer = "Bearer " + Target.API_KEY;
        final UpdateCall.Action body;
        switch (vendor) {
            case PRIMEINTELLECT:
                body = () -> {
                    ObjectNode json = MAPPER.createObjectNode();
                    json.put("name", PI_NAME);
                    json.putArray("tags").add(PI_TAGS.get(0)).add(PI_TAGS.get(1));
                    json.putNull("description");
                    ObjectNode config = json.putObject("eval_config");
                    config.put("num_examples", PI_NUM_EXAMPLES);
                    config.put("rollouts_per_example", PI_ROLLOUTS);
                    config.put("timeout_minutes", PI_TIMEOUT_MINUTES);
                    Request request = new Request.Builder()
                            .url(base + "/api/v1/evaluations/" + PI_EVALUATION_ID)
                            .header("Authorization", bearer)
                            .header("Accept", "application/json")
                            .put(RequestBody.create(MAPPER.writeValueAsBytes(json), JSON))
                            .build();
                    return send(client, request, PiEvaluation.class);
                };
                break;
            case FIREWORKS:
                body = () -> {
                    ObjectNode json = MAPPER.createObjectNode();
                    json.put("displayName", FW_DISPLAY_NAME);
                    ObjectNode criterion = json.putArray("criteria").addObject();
                    criterion.put("type", "CODE_SNIPPETS");
                    criterion.put("name", FW_CRITERION);
                    ObjectNode code = criterion.putObject("codeSnippets");
                    code.put("language", FW_LANGUAGE);
                    code.putObject("fileContents").put(FW_FILE, FW_CODE);
                    code.put("entryFile", FW_FILE);
                    code.put("entryFunc", FW_ENTRY_FUNC);
                    json.put("requirements", FW_REQUIREMENTS);
                    json.put("entryPoint", FW_ENTRY_POINT);
                    Request request = new Request.Builder()
                            .url(base + "/v1/accounts/" + FW_ACCOUNT + "/evaluators/" + FW_EVALUATOR
                                    + "?prepareCodeUpload=true")
                            .header("Authorization", bearer)
                            .header("Accept", "application/json")
                            .patch(RequestBody.create(MAPPER.writeValueAsBytes(json), JSON))
                            .build();
                    return send(client, request, FwEvaluator.class);
                };
                break;
            case SCALE:
                body = () -> {
                    ObjectNode json = MAPPER.createObjectNode();
                    ObjectNode config = json.putObject("configuration");
                    config.put("model", SCALE_MODEL);
                    config.put("messages", SCALE_MESSAGES);
                    config.put("temperature", SCALE_TEMPERATURE);
                    config.putArray("stop").add(SCALE_STOP.get(0)).add(SCALE_STOP.get(1));
                    Request request = new Request.Builder()
                            .url(base + "/v5/evaluations/" + SCALE_EVALUATION_ID + "/tasks/" + SCALE_ALIAS)
                            .header("x-api-key", Target.API_KEY)
                            .header("Accept", "application/json")
                            .patch(RequestBody.create(MAPPER.writeValueAsBytes(json), JSON))
                            .build();
                    return send(client, request, ScaleEvaluation.class);
                };
                break;
            case KEYWORDSAI:
                body = () -> {
                    ObjectNode json = MAPPER.createObjectNode();
                    ObjectNode configurations = json.putObject("configurations");
                    configurations.put(KW_RUBRIC_KEY, KW_RUBRIC);
                    configurations.putNull(KW_REMOVED_KEY);
                    ObjectNode primary = json.putObject("passing_conditions").putObject("primary_score");
                    primary.put("operator", KW_OPERATOR);
                    primary.put("value", KW_THRESHOLD);
                    json.put("starred", true);
                    json.putArray("tags").add(KW_TAGS.get(0)).add(KW_TAGS.get(1));
                    Request request = new Request.Builder()
                            .url(base + "/api/evaluators/" + KW_EVALUATOR_ID + "/")
                            .header("Authorization", bearer)
                            .header("Accept", "application/json")
                            .patch(RequestBody.create(MAPPER.writeValueAsBytes(json), JSON))
                            .build();
                    return send(client, request, KwEvaluator.class);
                };
                break;
            default:
                throw new IllegalArgumentException(vendor.toString());
        }
        return UpdateCall.of(body, () -> {
            if (owns) {
                client.dispatcher().executorService().shutdown();
                client.connectionPool().evictAll();
            }
        });
    }

    private static <T> T send(OkHttpClient client, Request request, Class<T> type) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + response.code());
            }
            return MAPPER.readValue(response.body().bytes(), type);
        }
    }

    /** Prime Intellect's answer. */
    public static final class PiEvaluation {
        /** evaluation_id. */
        @JsonProperty("evaluation_id")
        public String evaluationId;
        /** name. */
        public String name;
        /** status. */
        public String status;
        /** updated_at. */
        @JsonProperty("updated_at")
        public OffsetDateTime updatedAt;
    }

    /** Fireworks' evaluator. */
    public static final class FwEvaluator {
        /** name. */
        public String name;
        /** displayName. */
        public String displayName;
        /** description. */
        public String description;
        /** createTime. */
        public OffsetDateTime createTime;
        /** createdBy. */
        public String createdBy;
        /** updateTime. */
        public OffsetDateTime updateTime;
        /** state. */
        public String state;
        /** criteria. */
        public JsonNode criteria;
        /** requirements. */
        public String requirements;
        /** entryPoint. */
        public String entryPoint;
        /** status. */
        public JsonNode status;
        /** commitHash. */
        public String commitHash;
        /** source. */
        public JsonNode source;
        /** defaultDataset. */
        public String defaultDataset;
    }

    /** Scale's evaluation. */
    public static final class ScaleEvaluation {
        /** id. */
        public String id;
        /** name. */
        public String name;
        /** created_at. */
        @JsonProperty("created_at")
        public OffsetDateTime createdAt;
        /** created_by. */
        @JsonProperty("created_by")
        public JsonNode createdBy;
        /** tags. */
        public List<String> tags;
        /** datasets. */
        public JsonNode datasets;
        /** status. */
        public String status;
        /** object. */
        public String object;
        /** description. */
        public String description;
        /** archived_at. */
        @JsonProperty("archived_at")
        public OffsetDateTime archivedAt;
        /** status_reason. */
        @JsonProperty("status_reason")
        public String statusReason;
        /** progress. */
        public JsonNode progress;
        /** tasks. */
        public JsonNode tasks;
        /** metadata. */
        public JsonNode metadata;
        /** error_count. */
        @JsonProperty("error_count")
        public Long errorCount;
    }

    /** Keywords AI's evaluator. */
    public static final class KwEvaluator {
        /** id. */
        public String id;
        /** name. */
        public String name;
        /** evaluator_slug. */
        @JsonProperty("evaluator_slug")
        public String evaluatorSlug;
        /** type. */
        public String type;
        /** score_value_type. */
        @JsonProperty("score_value_type")
        public String scoreValueType;
        /** eval_class. */
        @JsonProperty("eval_class")
        public String evalClass;
        /** description. */
        public String description;
        /** score_config. */
        @JsonProperty("score_config")
        public JsonNode scoreConfig;
        /** passing_conditions. */
        @JsonProperty("passing_conditions")
        public JsonNode passingConditions;
        /** llm_config. */
        @JsonProperty("llm_config")
        public JsonNode llmConfig;
        /** code_config. */
        @JsonProperty("code_config")
        public JsonNode codeConfig;
        /** configurations. */
        public JsonNode configurations;
        /** categorical_choices. */
        @JsonProperty("categorical_choices")
        public JsonNode categoricalChoices;
        /** custom_required_fields. */
        @JsonProperty("custom_required_fields")
        public List<String> customRequiredFields;
        /** starred. */
        public Boolean starred;
        /** tags. */
        public List<String> tags;
        /** organization. */
        public Long organization;
        /** created_by. */
        @JsonProperty("created_by")
        public JsonNode createdBy;
        /** updated_by. */
        @JsonProperty("updated_by")
        public JsonNode updatedBy;
        /** created_at. */
        @JsonProperty("created_at")
        public OffsetDateTime createdAt;
        /** updated_at. */
        @JsonProperty("updated_at")
        public OffsetDateTime updatedAt;
    }
}
