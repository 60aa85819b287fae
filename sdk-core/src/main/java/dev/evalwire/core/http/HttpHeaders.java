package dev.evalwire.core.http;

import dev.evalwire.core.internal.Redaction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * Immutable HTTP headers with case-insensitive names. {@link #toString()} masks credentials
 * (Authorization, x-api-key, api-key, cookies) and, in headers the SDK hands out, the client's API key and the
 * request's secret values wherever a server echoed them, so headers can be logged and put into messages safely.
 */
public final class HttpHeaders {

    private static final HttpHeaders EMPTY = new HttpHeaders(Collections.<String, List<String>>emptyMap(),
            Collections.<String>emptyList());

    /** Lower-cased name to values, in the order first seen. */
    private final Map<String, List<String>> values;
    /** Values masked wherever they appear in {@link #toString()}. */
    private final Collection<String> maskedValues;

    private HttpHeaders(Map<String, List<String>> values, Collection<String> maskedValues) {
        this.values = values;
        this.maskedValues = maskedValues;
    }

    /** @return headers with no entries */
    public static HttpHeaders empty() {
        return EMPTY;
    }

    /**
     * Copies a name-to-values map.
     *
     * @param source header names to their values; names are matched case-insensitively
     * @return the immutable headers
     */
    public static HttpHeaders of(Map<String, ? extends List<String>> source) {
        Builder builder = builder();
        for (Map.Entry<String, ? extends List<String>> entry : source.entrySet()) {
            for (String value : entry.getValue()) {
                builder.add(entry.getKey(), value);
            }
        }
        return builder.build();
    }

    /** @return a builder for headers */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the first value of a header.
     *
     * @param name the header name, in any case
     * @return the first value, or null when the header is missing
     */
    @Nullable
    public String first(String name) {
        List<String> list = values.get(name.toLowerCase(Locale.ROOT));
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    /**
     * Returns every value of a header.
     *
     * @param name the header name, in any case
     * @return the values, empty when the header is missing
     */
    public List<String> all(String name) {
        List<String> list = values.get(name.toLowerCase(Locale.ROOT));
        return list == null ? Collections.<String>emptyList() : list;
    }

    /** @return the lower-cased header names to their values, unmodifiable */
    public Map<String, List<String>> asMap() {
        return values;
    }

    /**
     * Returns the same headers whose {@link #toString()} also masks the given values wherever they appear, in any
     * header. The SDK uses it for response headers, so that a server echoing the API key under an ordinary
     * header name cannot leak it through {@code toString()}. Lookups, {@link #asMap()} and equality are unchanged.
     *
     * @param secrets values to mask; null entries and entries shorter than 4 characters are ignored. The
     *     collection is read each time {@code toString()} runs, not copied, so pass one that does not change
     * @return headers sharing these values, masking {@code secrets} and the values already masked here
     */
    public HttpHeaders maskingValues(Collection<String> secrets) {
        Objects.requireNonNull(secrets, "secrets");
        if (maskedValues.isEmpty()) {
            return new HttpHeaders(values, Collections.unmodifiableCollection(secrets));
        }
        List<String> all = new ArrayList<>(maskedValues);
        all.addAll(secrets);
        return new HttpHeaders(values, Collections.unmodifiableList(all));
    }

    /** @return true when there are no headers */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HttpHeaders && values.equals(((HttpHeaders) o).values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** @return the headers with credential values, and the values given to {@link #maskingValues}, masked */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append(entry.getKey()).append('=');
            if (Redaction.isSensitiveHeader(entry.getKey())) {
                out.append(Redaction.MASK);
            } else {
                out.append(Redaction.scrub(entry.getValue().size() == 1 ? entry.getValue().get(0)
                        : entry.getValue().toString(), maskedValues));
            }
        }
        return out.append('}').toString();
    }

    /** Collects headers; names are case-insensitive. */
    public static final class Builder {
        private final Map<String, List<String>> values = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a value, keeping earlier values of the same header.
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         */
        public Builder add(String name, String value) {
            Objects.requireNonNull(name, "header name");
            Objects.requireNonNull(value, "header value");
            String key = name.toLowerCase(Locale.ROOT);
            List<String> list = values.get(key);
            if (list == null) {
                list = new ArrayList<>(1);
                values.put(key, list);
            }
            list.add(value);
            return this;
        }

        /**
         * Sets a header to a single value, replacing earlier values.
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         */
        public Builder set(String name, String value) {
            values.remove(name.toLowerCase(Locale.ROOT));
            return add(name, value);
        }

        /** @return the immutable headers */
        public HttpHeaders build() {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> entry : values.entrySet()) {
                copy.put(entry.getKey(), Collections.unmodifiableList(new ArrayList<>(entry.getValue())));
            }
            return new HttpHeaders(Collections.unmodifiableMap(copy), Collections.<String>emptyList());
        }
    }
}
