package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.evalwire.core.internal.ApiRequest;
import dev.evalwire.core.internal.PatchFields;
import dev.evalwire.core.internal.json.JsonMapperFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** List-valued query parameters: copied, null items and empty lists refused, sent joined with commas. */
class PatchQueryListTest {

    static final class Params extends PatchBody {
        Params(PatchFields fields) {
            super(fields);
        }
    }

    @Test
    void aListIsCopiedSoLaterChangesToTheCallersListDoNotLeakIn() {
        List<String> views = new ArrayList<>(Arrays.asList("tasks", "metrics"));
        PatchFields fields = new PatchFields();
        fields.setQuery("views", views);
        views.add("later");
        views.set(0, "changed");

        Params params = new Params(fields);
        assertEquals(Collections.singletonMap("views", "tasks,metrics"), params.queryParameters());
        @SuppressWarnings("unchecked")
        List<String> stored = (List<String>) fields.queryValues().get("views");
        assertEquals(Arrays.asList("tasks", "metrics"), stored);
        assertThrows(UnsupportedOperationException.class, () -> stored.add("x"));
    }

    @Test
    void aNullItemIsRefusedNamingTheParameter() {
        PatchFields fields = new PatchFields();
        NullPointerException e =
                assertThrows(NullPointerException.class, () -> fields.setQuery("views", Arrays.asList("tasks", null)));
        assertEquals("views must not be null; pass only the values to send", e.getMessage());
        assertEquals(Collections.emptyMap(), fields.queryValues(), "nothing was set");
    }

    @Test
    void anEmptyListIsRefusedNamingTheParameter() {
        PatchFields fields = new PatchFields();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> fields.setQuery("views", Collections.emptyList()));
        assertEquals("views must hold at least one value; leave it unset to not send it", e.getMessage());
        assertEquals(Collections.emptyMap(), fields.queryValues());
    }

    @Test
    void scalarsAndListsAreSentInSettingOrderAndNeverInTheBody() throws Exception {
        PatchFields fields = new PatchFields();
        fields.setQuery("views", Arrays.asList("tasks"));
        fields.setQuery("include_archived", true);
        fields.setQuery("ids", Arrays.asList(1, 2, 3));
        Params params = new Params(fields);

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("views", "tasks");
        expected.put("include_archived", "true");
        expected.put("ids", "1,2,3");
        assertEquals(expected, params.queryParameters());
        assertEquals(
                Arrays.asList("views", "include_archived", "ids"),
                new ArrayList<>(params.queryParameters().keySet()));
        assertEquals("{}", JsonMapperFactory.shared().writeValueAsString(params));
        assertThrows(
                UnsupportedOperationException.class,
                () -> params.queryParameters().put("x", "y"));
    }

    @Test
    void requestBuilderAddsTheParametersOfABodilessParamsType() {
        PatchFields fields = new PatchFields();
        fields.setQuery("views", Arrays.asList("tasks", "metrics"));
        fields.setQuery("include_archived", false);

        ApiRequest request = ApiRequest.builder("GET")
                .path("v5", "evaluations")
                .pathParam("evaluation_id", "e1")
                .query(new Params(fields))
                .build();

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("views", "tasks,metrics");
        expected.put("include_archived", "false");
        assertEquals(expected, request.query());
        assertEquals(null, request.body());
    }
}
