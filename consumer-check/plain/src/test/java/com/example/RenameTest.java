package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.primeintellect.PrimeIntellectClient;
import dev.evalwire.primeintellect.UpdateEvaluationResponse;
import dev.evalwire.testing.PrimeIntellectSandbox;
import org.junit.jupiter.api.Test;

class RenameTest {

    @Test
    void renamesTheSandboxEvaluation() {
        try (PrimeIntellectSandbox sandbox = PrimeIntellectSandbox.start();
                PrimeIntellectClient client = PrimeIntellectClient.builder()
                        .baseUrl(sandbox.baseUrl())
                        .apiKey(sandbox.apiKey())
                        .build()) {
            UpdateEvaluationResponse renamed = Rename.rename(client, "eval_demo", "gsm8k-baseline");

            assertEquals("gsm8k-baseline", renamed.name());
            assertEquals(1, sandbox.requestCount());
            assertTrue(
                    sandbox.evaluation("eval_demo").contains("\"description\":null"), sandbox.evaluation("eval_demo"));
            System.out.println("consumer-check/plain: " + renamed);
        }
    }
}
