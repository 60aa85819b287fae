package dev.evalwire.benchmarks.openapi;

import static dev.evalwire.benchmarks.Payloads.*;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.evalwire.benchmarks.Target;
import dev.evalwire.benchmarks.UpdateCall;
import dev.evalwire.benchmarks.Vendor;
import dev.evalwire.benchmarks.generated.fireworks.api.GatewayApi;
import dev.evalwire.benchmarks.generated.fireworks.model.CodeSnippets;
import dev.evalwire.benchmarks.generated.fireworks.model.Criterion;
import dev.evalwire.benchmarks.generated.fireworks.model.CriterionType;
import dev.evalwire.benchmarks.generated.keywordsai.api.DefaultApi;
import dev.evalwire.benchmarks.generated.keywordsai.model.FilterOperator;
import dev.evalwire.benchmarks.generated.keywordsai.model.PassingCondition;
import dev.evalwire.benchmarks.generated.keywordsai.model.PassingConditions;
import dev.evalwire.benchmarks.generated.primeintellect.api.EvalsApi;
import dev.evalwire.benchmarks.generated.primeintellect.model.HostedEvalConfig;
import dev.evalwire.benchmarks.generated.primeintellect.model.UpdateEvaluationRequest;
import dev.evalwire.benchmarks.generated.scale.api.EvaluationsApi;
import dev.evalwire.benchmarks.generated.scale.model.UpdateTestCriteriaConfigurationRequest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The generated variant: the API classes openapi-generator writes for each spec (library {@code native}, Jackson),
 * used the way its README shows. The native library has no auth support, so the key is added by a request
 * interceptor, as its users do.
 */
public final class GeneratedCalls {

    private GeneratedCalls() {}

    /**
     * @param vendor the vendor
     * @param target where calls go
     * @return the vendor's update call through the generated client
     */
    public static UpdateCall create(Vendor vendor, Target target) {
        HttpClient.Builder http = target.jdkHttp() != null ? target.jdkHttp() : HttpClient.newBuilder();
        Consumer<HttpRequest.Builder> bearer = request -> request.header("Authorization", "Bearer " + Target.API_KEY);
        switch (vendor) {
            case PRIMEINTELLECT: {
                dev.evalwire.benchmarks.generated.primeintellect.invoker.ApiClient client =
                        new dev.evalwire.benchmarks.generated.primeintellect.invoker.ApiClient(
                                http,
                                dev.evalwire.benchmarks.generated.primeintellect.invoker.ApiClient
                                        .createDefaultObjectMapper(),
                                target.baseUrl());
                client.setRequestInterceptor(bearer);
                EvalsApi api = new EvalsApi(client);
                return call(() -> {
                    List<String> tags = new ArrayList<>(PI_TAGS);
                    return api.updateEvaluation(
                            PI_EVALUATION_ID,
                            new UpdateEvaluationRequest()
                                    .name(PI_NAME)
                                    .tags(tags)
                                    .description(null)
                                    .evalConfig(new HostedEvalConfig()
                                            .numExamples((long) PI_NUM_EXAMPLES)
                                            .rolloutsPerExample((long) PI_ROLLOUTS)
                                            .timeoutMinutes((long) PI_TIMEOUT_MINUTES)));
                });
            }
            case FIREWORKS: {
                dev.evalwire.benchmarks.generated.fireworks.invoker.ApiClient client =
                        new dev.evalwire.benchmarks.generated.fireworks.invoker.ApiClient(
                                http,
                                dev.evalwire.benchmarks.generated.fireworks.invoker.ApiClient
                                        .createDefaultObjectMapper(),
                                target.baseUrl());
                client.setRequestInterceptor(bearer);
                GatewayApi api = new GatewayApi(client);
                return call(() -> api.updateEvaluator(
                        FW_ACCOUNT,
                        FW_EVALUATOR,
                        new dev.evalwire.benchmarks.generated.fireworks.model.UpdateEvaluatorRequest()
                                .displayName(FW_DISPLAY_NAME)
                                .criteria(Collections.singletonList(new Criterion()
                                        .type(CriterionType.CODE_SNIPPETS)
                                        .name(FW_CRITERION)
                                        .codeSnippets(new CodeSnippets()
                                                .language(FW_LANGUAGE)
                                                .fileContents(Collections.singletonMap(FW_FILE, FW_CODE))
                                                .entryFile(FW_FILE)
                                                .entryFunc(FW_ENTRY_FUNC))))
                                .requirements(FW_REQUIREMENTS)
                                .entryPoint(FW_ENTRY_POINT),
                        true));
            }
            case SCALE: {
                dev.evalwire.benchmarks.generated.scale.invoker.ApiClient client =
                        new dev.evalwire.benchmarks.generated.scale.invoker.ApiClient(
                                http,
                                dev.evalwire.benchmarks.generated.scale.invoker.ApiClient.createDefaultObjectMapper(),
                                target.baseUrl());
                client.setRequestInterceptor(request -> request.header("x-api-key", Target.API_KEY));
                EvaluationsApi api = new EvaluationsApi(client);
                return call(() -> {
                    Map<String, Object> configuration = new LinkedHashMap<>();
                    configuration.put("model", SCALE_MODEL);
                    configuration.put("messages", SCALE_MESSAGES);
                    configuration.put("temperature", SCALE_TEMPERATURE);
                    configuration.put("stop", SCALE_STOP);
                    return api.updateTestCriteriaConfiguration(
                            SCALE_EVALUATION_ID,
                            SCALE_ALIAS,
                            new UpdateTestCriteriaConfigurationRequest()._configuration(configuration),
                            null);
                });
            }
            case KEYWORDSAI: {
                dev.evalwire.benchmarks.generated.keywordsai.invoker.ApiClient client =
                        new dev.evalwire.benchmarks.generated.keywordsai.invoker.ApiClient(
                                http,
                                dev.evalwire.benchmarks.generated.keywordsai.invoker.ApiClient
                                        .createDefaultObjectMapper(),
                                target.baseUrl());
                client.setRequestInterceptor(bearer);
                DefaultApi api = new DefaultApi(client);
                return call(() -> {
                    Map<String, Object> configurations = new LinkedHashMap<>();
                    configurations.put(KW_RUBRIC_KEY, KW_RUBRIC);
                    configurations.put(KW_REMOVED_KEY, null);
                    return api.updateEvaluator(
                            KW_EVALUATOR_ID,
                            new dev.evalwire.benchmarks.generated.keywordsai.model.UpdateEvaluatorRequest()
                                    .configurations(configurations)
                                    .passingConditions(new PassingConditions()
                                            .primaryScore(new PassingCondition()
                                                    .operator(FilterOperator.fromValue(KW_OPERATOR))
                                                    .value(IntNode.valueOf(KW_THRESHOLD))))
                                    .starred(true)
                                    .tags(new ArrayList<>(KW_TAGS)));
                });
            }
            default:
                throw new IllegalArgumentException(vendor.toString());
        }
    }

    /** java.net.http.HttpClient has no close() before Java 21, and its threads are daemons: nothing to release. */
    private static UpdateCall call(UpdateCall.Action action) {
        return UpdateCall.of(action, () -> {});
    }
}
