package dev.evalwire.core.internal;

import dev.evalwire.core.PatchBody;
import dev.evalwire.core.http.HttpHeaders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * A vendor call described without HTTP details: method, path (literal and encoded parameter segments),
 * query, extra headers, the body object and the secret values it carries. Vendor modules build these;
 * the executor turns them into HTTP requests.
 */
public final class ApiRequest {

    private final String method;
    /** The path, built once: an async call keeps its request until it ends, so it holds no builder leftovers. */
    private final String path;

    private final Map<String, String> query;
    private final HttpHeaders headers;

    @Nullable
    private final Object body;

    private final Set<String> explicitSecrets;

    private ApiRequest(Builder builder) {
        this.method = builder.method;
        this.path = path(builder.segments, builder.trailingSlash);
        this.query = builder.query.isEmpty()
                ? Collections.<String, String>emptyMap()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.query));
        this.headers = builder.headers.build();
        this.body = builder.body;
        this.explicitSecrets =
                builder.secrets.isEmpty() ? Collections.<String>emptySet() : new LinkedHashSet<>(builder.secrets);
    }

    /**
     * Starts a request.
     *
     * @param method the HTTP method, for example {@code PATCH}
     * @return a builder
     */
    public static Builder builder(String method) {
        return new Builder(method);
    }

    /** @return the HTTP method */
    public String method() {
        return method;
    }

    /** @return the path, starting with {@code /}, with every segment encoded */
    public String path() {
        return path;
    }

    private static String path(List<String> encodedSegments, boolean trailingSlash) {
        StringBuilder path = new StringBuilder();
        for (String segment : encodedSegments) {
            path.append('/').append(segment);
        }
        if (trailingSlash || path.length() == 0) {
            path.append('/');
        }
        return path.toString();
    }

    /** @return the query parameters in order, not yet encoded */
    public Map<String, String> query() {
        return query;
    }

    /** @return headers for this call only */
    public HttpHeaders headers() {
        return headers;
    }

    /** @return the body object to serialize, or null for no body */
    @Nullable
    public Object body() {
        return body;
    }

    /**
     * Returns the secret values this request carries: those given to {@link Builder#secrets} and, when the body
     * is a {@link PatchBody}, its {@link PatchBody#secretValues()} (for example {@code custom_secrets} values).
     * They are scrubbed from messages and logs. Worked out on each call (the body is walked), so callers that
     * need them more than once keep the result, as {@link CallSecrets} does.
     *
     * @return the secret values, unmodifiable
     */
    public Set<String> secrets() {
        Set<String> all = new LinkedHashSet<>(explicitSecrets);
        if (body instanceof PatchBody) {
            all.addAll(((PatchBody) body).secretValues());
        }
        return Collections.unmodifiableSet(all);
    }

    /** Builds an {@link ApiRequest}. */
    public static final class Builder {
        private final String method;
        private final List<String> segments = new ArrayList<>();
        private boolean trailingSlash;
        private final Map<String, String> query = new LinkedHashMap<>();
        private final HttpHeaders.Builder headers = HttpHeaders.builder();

        @Nullable
        private Object body;

        private final Set<String> secrets = new LinkedHashSet<>();

        private Builder(String method) {
            this.method = Objects.requireNonNull(method, "method");
        }

        /**
         * Appends fixed path segments, such as {@code "api", "v1", "evaluations"}.
         *
         * @param literals segments written by the SDK, not by users
         * @return this builder
         */
        public Builder path(String... literals) {
            for (String literal : literals) {
                segments.add(PathEncoding.encode(literal));
            }
            return this;
        }

        /**
         * Appends a user-supplied id as exactly one encoded segment.
         *
         * @param name the parameter's API name, used in error messages
         * @param value the id
         * @return this builder
         * @throws IllegalArgumentException if the id is null, blank, {@code .} or {@code ..}, or is not valid UTF-16
         */
        public Builder pathParam(String name, String value) {
            segments.add(PathEncoding.segment(name, value));
            return this;
        }

        /**
         * Ends the path with {@code /} (Django-style APIs such as Keywords AI need it).
         *
         * @return this builder
         */
        public Builder trailingSlash() {
            this.trailingSlash = true;
            return this;
        }

        /**
         * Adds a query parameter.
         *
         * @param name the parameter name
         * @param value its value; encoded when the URL is built
         * @return this builder
         * @throws NullPointerException for a null name or value
         * @throws IllegalArgumentException when the name or value is not valid UTF-16 (an unpaired surrogate)
         */
        public Builder query(String name, String value) {
            PathEncoding.query("query parameter name", name);
            PathEncoding.query(name, value);
            query.put(name, value);
            return this;
        }

        /**
         * Sets a header for this call only.
         *
         * @param name header name
         * @param value header value, checked for CR/LF and non-ASCII
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.set(HeaderValues.checkName(name), HeaderValues.checkValue(name, value, ""));
            return this;
        }

        /**
         * Sets the JSON body; a {@link PatchBody}'s {@link PatchBody#queryParameters()} are added to the query.
         *
         * @param body the object serialized with the SDK's mapper
         * @return this builder
         */
        public Builder body(Object body) {
            this.body = Objects.requireNonNull(body, "body");
            return body instanceof PatchBody ? query((PatchBody) body) : this;
        }

        /**
         * Adds the query parameters of a request type that is sent without a body.
         *
         * @param params the request type
         * @return this builder
         */
        public Builder query(PatchBody params) {
            for (Map.Entry<String, String> parameter : params.queryParameters().entrySet()) {
                query(parameter.getKey(), parameter.getValue());
            }
            return this;
        }

        /**
         * Records secret values carried in the body, so they are scrubbed from messages and logs. A
         * {@link PatchBody}'s own {@link PatchBody#secretValues()} need not be given: {@link ApiRequest#secrets()}
         * adds them.
         *
         * @param values secret values
         * @return this builder
         */
        public Builder secrets(Iterable<String> values) {
            for (String value : values) {
                if (value != null) {
                    secrets.add(value);
                }
            }
            return this;
        }

        /** @return the request */
        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }
}
