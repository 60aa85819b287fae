package dev.evalwire.testing.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A path template such as {@code /api/evaluators/{evaluator_id}/} matched against raw request
 * paths segment by segment. A trailing slash is significant. Captured variables are
 * percent-decoded after splitting, so an encoded {@code %2F} stays inside its variable.
 */
public final class PathPattern {

    private final String template;
    private final List<String> segments;

    private PathPattern(String template) {
        this.template = template;
        this.segments = Collections.unmodifiableList(split(template));
    }

    /** Compiles a template; variables are written {@code {name}}. */
    public static PathPattern of(String template) {
        return new PathPattern(template);
    }

    /** The template as written, e.g. for looking the operation up in the spec. */
    public String template() {
        return template;
    }

    /**
     * Matches a raw (still encoded) path. Returns the decoded variables by name, or {@code null}
     * when the path does not match, a variable is empty, or an escape is malformed.
     */
    public Map<String, String> match(String rawPath) {
        List<String> actual = split(rawPath);
        if (actual.size() != segments.size()) {
            return null;
        }
        Map<String, String> vars = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            String got = actual.get(i);
            if (expected.startsWith("{") && expected.endsWith("}")) {
                if (got.isEmpty()) {
                    return null;
                }
                try {
                    vars.put(expected.substring(1, expected.length() - 1), PercentDecoding.decodeSegment(got));
                } catch (IllegalArgumentException e) {
                    return null;
                }
            } else if (!expected.equals(got)) {
                return null;
            }
        }
        return vars;
    }

    private static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/", -1)) {
            out.add(s);
        }
        return out;
    }
}
