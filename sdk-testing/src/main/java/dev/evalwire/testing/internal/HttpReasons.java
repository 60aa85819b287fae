package dev.evalwire.testing.internal;

import java.util.HashMap;
import java.util.Map;

/** Standard reason phrases, used as messages of bare-status errors. */
public final class HttpReasons {

    private static final Map<Integer, String> PHRASES = new HashMap<>();

    static {
        PHRASES.put(400, "Bad Request");
        PHRASES.put(401, "Unauthorized");
        PHRASES.put(403, "Forbidden");
        PHRASES.put(404, "Not Found");
        PHRASES.put(405, "Method Not Allowed");
        PHRASES.put(408, "Request Timeout");
        PHRASES.put(409, "Conflict");
        PHRASES.put(413, "Payload Too Large");
        PHRASES.put(422, "Unprocessable Entity");
        PHRASES.put(429, "Too Many Requests");
        PHRASES.put(500, "Internal Server Error");
        PHRASES.put(501, "Not Implemented");
        PHRASES.put(502, "Bad Gateway");
        PHRASES.put(503, "Service Unavailable");
        PHRASES.put(504, "Gateway Timeout");
    }

    private HttpReasons() {}

    /** The reason phrase of {@code status}, or {@code "HTTP <status>"} for uncommon ones. */
    public static String phrase(int status) {
        String phrase = PHRASES.get(status);
        return phrase != null ? phrase : "HTTP " + status;
    }
}
