package dev.evalwire.benchmarks.sdk;

import static dev.evalwire.benchmarks.Payloads.*;

import dev.evalwire.benchmarks.Target;
import dev.evalwire.benchmarks.UpdateCall;
import dev.evalwire.benchmarks.Vendor;
import dev.evalwire.core.ClientBuilder;
import dev.evalwire.fireworks.CodeSnippets;
import dev.evalwire.fireworks.Criterion;
import dev.evalwire.fireworks.CriterionType;
import dev.evalwire.fireworks.FireworksClient;
import dev.evalwire.keywordsai.ConfigurationsPatch;
import dev.evalwire.keywordsai.FilterOperator;
import dev.evalwire.keywordsai.KeywordsAiClient;
import dev.evalwire.keywordsai.PassingCondition;
import dev.evalwire.keywordsai.PassingConditions;
import dev.evalwire.primeintellect.HostedEvalConfig;
import dev.evalwire.primeintellect.PrimeIntellectClient;
import dev.evalwire.primeintellect.UpdateEvaluationParams;
import dev.evalwire.scale.ChatCompletionConfiguration;
import dev.evalwire.scale.ScaleClient;

/** The evalwire variant: each vendor's public client, used as the README shows. */
public final class SdkCalls {

    private SdkCalls() {}

    /**
     * @param vendor the vendor
     * @param target where calls go
     * @return the vendor's update call through its evalwire client
     */
    public static UpdateCall create(Vendor vendor, Target target) {
        switch (vendor) {
            case PRIMEINTELLECT: {
                PrimeIntellectClient client =
                        configure(PrimeIntellectClient.builder(), target).build();
                return call(
                        client,
                        () -> client.updateEvaluation(
                                PI_EVALUATION_ID,
                                UpdateEvaluationParams.builder()
                                        .name(PI_NAME)
                                        .tags(PI_TAGS)
                                        .clearDescription()
                                        .evalConfig(HostedEvalConfig.builder()
                                                .numExamples(PI_NUM_EXAMPLES)
                                                .rolloutsPerExample(PI_ROLLOUTS)
                                                .timeoutMinutes(PI_TIMEOUT_MINUTES)
                                                .build())
                                        .build()));
            }
            case FIREWORKS: {
                FireworksClient client = configure(FireworksClient.builder(), target)
                        .accountId(FW_ACCOUNT)
                        .build();
                return call(
                        client,
                        () -> client.updateEvaluator(
                                FW_EVALUATOR,
                                dev.evalwire.fireworks.UpdateEvaluatorParams.builder()
                                        .prepareCodeUpload(true)
                                        .displayName(FW_DISPLAY_NAME)
                                        .criteria(Criterion.builder()
                                                .type(CriterionType.CODE_SNIPPETS)
                                                .name(FW_CRITERION)
                                                .codeSnippets(CodeSnippets.builder()
                                                        .language(FW_LANGUAGE)
                                                        .putFile(FW_FILE, FW_CODE)
                                                        .entryFile(FW_FILE)
                                                        .entryFunc(FW_ENTRY_FUNC)
                                                        .build())
                                                .build())
                                        .requirements(FW_REQUIREMENTS)
                                        .entryPoint(FW_ENTRY_POINT)
                                        .build()));
            }
            case SCALE: {
                ScaleClient client = configure(ScaleClient.builder(), target).build();
                return call(
                        client,
                        () -> client.updateTaskConfiguration(
                                SCALE_EVALUATION_ID,
                                SCALE_ALIAS,
                                ChatCompletionConfiguration.builder()
                                        .model(SCALE_MODEL)
                                        .messagesFromItem(SCALE_MESSAGES)
                                        .temperature(SCALE_TEMPERATURE)
                                        .stop(SCALE_STOP)
                                        .build()));
            }
            case KEYWORDSAI: {
                KeywordsAiClient client =
                        configure(KeywordsAiClient.builder(), target).build();
                return call(
                        client,
                        () -> client.updateEvaluator(
                                KW_EVALUATOR_ID,
                                dev.evalwire.keywordsai.UpdateEvaluatorParams.builder()
                                        .configurations(ConfigurationsPatch.builder()
                                                .put(KW_RUBRIC_KEY, KW_RUBRIC)
                                                .remove(KW_REMOVED_KEY)
                                                .build())
                                        .passingConditions(PassingConditions.builder()
                                                .primaryScore(PassingCondition.of(
                                                        FilterOperator.of(KW_OPERATOR), KW_THRESHOLD))
                                                .build())
                                        .starred(true)
                                        .tags(KW_TAGS)
                                        .build()));
            }
            default:
                throw new IllegalArgumentException(vendor.toString());
        }
    }

    private static <B extends ClientBuilder<B, ?>> B configure(B builder, Target target) {
        builder.apiKey(Target.API_KEY).baseUrl(target.baseUrl());
        if (target.okHttp() != null) {
            builder.okHttpClient(target.okHttp());
        }
        return builder;
    }

    private static UpdateCall call(AutoCloseable client, UpdateCall.Action action) {
        return UpdateCall.of(action, () -> {
            try {
                client.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
