package dev.evalwire.primeintellect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalwire.core.internal.json.JsonMapperFactory;
import dev.evalwire.core.testing.GeneratedConformance;
import dev.evalwire.primeintellect.fixture.FixtureParams;
import dev.evalwire.primeintellect.fixture.FixtureResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * An optional field added to a spec reaches setters, checks, {@code clearX()}, responses and conformance with no
 * hand-written edit: {@code fixture-added-field.yaml} adds {@code priority} (request) and {@code priority_label}
 * (response), and the generated classes carry them.
 */
class AddedFieldTest {

    private static final ObjectMapper MAPPER = JsonMapperFactory.shared();

    @Test
    void theAddedFieldsFollowTheSpecLikeEveryOther() throws Exception {
        assertEquals(
                Arrays.asList("UpdateEvaluationRequest", "UpdateEvaluationResponse"),
                GeneratedConformance.check("fixture-added-field.yaml", "dev.evalwire.primeintellect.fixture"));
    }

    @Test
    void theAddedFieldsAreTyped() throws Exception {
        assertEquals(
                "{\"name\":\"n\",\"priority\":5}",
                MAPPER.writeValueAsString(
                        FixtureParams.builder().name("n").priority(5).build()));
        assertEquals(
                "{\"priority\":null}",
                MAPPER.writeValueAsString(
                        FixtureParams.builder().clearPriority().build()));
        assertEquals(
                "high",
                FixtureResponse.fromJson(MAPPER.readTree("{\"evaluation_id\":\"e\",\"priority_label\":\"high\"}"))
                        .priorityLabel());
    }
}
