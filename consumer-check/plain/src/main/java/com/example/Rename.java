package com.example;

import dev.evalwire.primeintellect.PrimeIntellectClient;
import dev.evalwire.primeintellect.UpdateEvaluationParams;
import dev.evalwire.primeintellect.UpdateEvaluationResponse;

/** A user's code: renames and retags a Prime Intellect evaluation. */
public final class Rename {

    private Rename() {}

    /**
     * @param client the client
     * @param evaluationId the evaluation
     * @param name its new name
     * @return the server's answer
     */
    public static UpdateEvaluationResponse rename(PrimeIntellectClient client, String evaluationId, String name) {
        return client.updateEvaluation(
                evaluationId,
                UpdateEvaluationParams.builder()
                        .name(name)
                        .tags("math", "baseline")
                        .clearDescription()
                        .build());
    }

    /**
     * Renames the evaluation {@code args[0]} to {@code args[1]} with the key in {@code PRIME_API_KEY}.
     *
     * @param args evaluation id and new name
     */
    public static void main(String[] args) {
        try (PrimeIntellectClient client = PrimeIntellectClient.fromEnv()) {
            System.out.println(rename(client, args[0], args[1]));
        }
    }
}
