package dev.evalwire.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks that the three variants of each vendor's call send the same request (method, path and query, and a
 * JSON-equal body, with the vendor's auth header) and decode the canned answer. {@link Suite} runs it first, so a
 * benchmark never compares calls that do different work.
 */
public final class PayloadCheck {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PayloadCheck() {}

    /**
     * @param args unused
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        List<String> problems = run();
        if (!problems.isEmpty()) {
            System.exit(1);
        }
    }

    /**
     * Runs the check and prints one line per vendor.
     *
     * @return the problems found; empty when every variant matches
     * @throws Exception if a call fails
     */
    public static List<String> run() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Vendor vendor : Vendor.values()) {
            String line = null;
            JsonNode body = null;
            try (LoopbackServer server = LoopbackServer.startRecording(vendor.cannedResponse())) {
                for (Variant variant : new Variant[] {Variant.EVALWIRE, Variant.RAW, Variant.GENERATED}) {
                    try (UpdateCall call = Target.server(server.baseUrl()).create(variant, vendor)) {
                        if (call.call() == null) {
                            problems.add(vendor.id() + "/" + variant.id() + ": decoded nothing");
                        }
                    }
                    String head = server.lastRequestHead().toLowerCase(Locale.ROOT);
                    boolean auth = head.contains("\r\nauthorization: bearer " + Target.API_KEY.toLowerCase(Locale.ROOT))
                            || head.contains("\r\nx-api-key: " + Target.API_KEY.toLowerCase(Locale.ROOT));
                    if (!auth) {
                        problems.add(vendor.id() + "/" + variant.id() + ": no auth header");
                    }
                    JsonNode sent = MAPPER.readTree(server.lastRequestBody());
                    if (variant == Variant.EVALWIRE) {
                        line = server.lastRequestLine();
                        body = sent;
                        continue;
                    }
                    if (!line.equals(server.lastRequestLine())) {
                        problems.add(vendor.id() + "/" + variant.id() + ": sent '" + server.lastRequestLine()
                                + "', evalwire sent '" + line + "'");
                    }
                    if (!body.equals(sent)) {
                        problems.add(vendor.id() + "/" + variant.id() + ": body " + sent + " differs from evalwire's "
                                + body);
                    }
                }
            }
            System.out.println("payload check " + vendor.id() + ": " + line + " " + body);
        }
        for (String problem : problems) {
            System.out.println("PAYLOAD MISMATCH " + problem);
        }
        return problems;
    }
}
