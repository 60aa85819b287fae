package dev.evalwire.core.http;

import dev.evalwire.core.internal.Redaction;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
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
 *
 * <p>Stored as one flat array of lower-cased names and values, in the order they were added, as OkHttp stores its
 * own; a request carries a few headers, so a lookup is a short scan.
 *
 * <p>Serializable (an exception that holds headers can cross a process boundary): the serialized form holds the
 * values as {@link #toString()} shows them, credential headers and masked values replaced by a mask, so a secret
 * never reaches the stream.
 */
public final class HttpHeaders implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Names that most requests and responses carry, lower case. A name equal to one of them but for the case of its
     * ASCII letters is stored as this shared string rather than as a new lower-case copy: HTTP/1.1 servers mostly
     * send names capitalised, and a response's headers live as long as the response (or a call waiting to retry).
     */
    private static final String[] COMMON_NAMES = {
        "accept",
        "authorization",
        "cache-control",
        "connection",
        "content-encoding",
        "content-length",
        "content-type",
        "date",
        "etag",
        "keep-alive",
        "location",
        "retry-after",
        "server",
        "set-cookie",
        "strict-transport-security",
        "transfer-encoding",
        "user-agent",
        "vary",
        "www-authenticate",
        "x-request-id"
    };

    private static final HttpHeaders EMPTY = new HttpHeaders(new String[0], Collections.<String>emptyList());

    /** Name, value, name, value, ...; names lower-cased. */
    private final String[] namesAndValues;
    /** Values masked wherever they appear in {@link #toString()}. */
    private final Collection<String> maskedValues;

    private HttpHeaders(String[] namesAndValues, Collection<String> maskedValues) {
        this.namesAndValues = namesAndValues;
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
     * @return the headers
     * @throws NullPointerException for a null name or value
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

    /** @return the number of name-value pairs (a header with two values counts twice) */
    public int size() {
        return namesAndValues.length / 2;
    }

    /**
     * @param index from 0 to {@link #size()} - 1, in the order the pairs were added
     * @return the lower-cased name of that pair
     * @throws IndexOutOfBoundsException outside that range
     */
    public String name(int index) {
        checkIndex(index);
        return namesAndValues[2 * index];
    }

    /**
     * @param index from 0 to {@link #size()} - 1, in the order the pairs were added
     * @return the value of that pair
     * @throws IndexOutOfBoundsException outside that range
     */
    public String value(int index) {
        checkIndex(index);
        return namesAndValues[2 * index + 1];
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("header index " + index + " is not between 0 and " + (size() - 1));
        }
    }

    /**
     * Returns the first value of a header.
     *
     * @param name the header name, in any case
     * @return the value, or null when absent
     */
    @Nullable
    public String first(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equals(key)) {
                return namesAndValues[i + 1];
            }
        }
        return null;
    }

    /**
     * Returns every value of a header.
     *
     * @param name the header name, in any case
     * @return the values in order, empty when absent
     */
    public List<String> all(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        List<String> values = new ArrayList<>(1);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equals(key)) {
                values.add(namesAndValues[i + 1]);
            }
        }
        return Collections.unmodifiableList(values);
    }

    /** @return the lower-cased header names, in the order first seen, to their values; unmodifiable */
    public Map<String, List<String>> asMap() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.computeIfAbsent(namesAndValues[i], name -> new ArrayList<>(1)).add(namesAndValues[i + 1]);
        }
        for (Map.Entry<String, List<String>> entry : map.entrySet()) {
            entry.setValue(Collections.unmodifiableList(entry.getValue()));
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns the same headers whose {@link #toString()} also masks the given values wherever they appear, in any
     * header. The SDK uses it for response headers, so that a server echoing the API key under an ordinary
     * header name cannot leak it through {@code toString()}. Lookups, {@link #asMap()} and equality are unchanged.
     *
     * @param secrets values to mask; read when the headers are printed
     * @return headers with the same entries
     */
    public HttpHeaders maskingValues(Collection<String> secrets) {
        Objects.requireNonNull(secrets, "secrets");
        if (maskedValues.isEmpty()) {
            return new HttpHeaders(namesAndValues, Collections.unmodifiableCollection(secrets));
        }
        List<String> all = new ArrayList<>(maskedValues);
        all.addAll(secrets);
        return new HttpHeaders(namesAndValues, Collections.unmodifiableList(all));
    }

    /** @return the headers as {@link #toString()} shows them: credential headers and masked values masked */
    private String[] maskedCopy() {
        String[] copy = namesAndValues.clone();
        for (int i = 0; i < copy.length; i += 2) {
            copy[i + 1] =
                    Redaction.isSensitiveHeader(copy[i]) ? Redaction.MASK : Redaction.scrub(copy[i + 1], maskedValues);
        }
        return copy;
    }

    /** @return the masked form that is written instead of these headers */
    private Object writeReplace() {
        return new SerializedForm(maskedCopy());
    }

    /**
     * Refuses a stream that holds headers other than through their serialized form.
     *
     * @param in the stream
     * @throws InvalidObjectException always: headers are only ever read back through their serialized form
     */
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("HttpHeaders are read through their serialized form");
    }

    /** What is written for headers: names and masked values, read back as headers with those entries. */
    private static final class SerializedForm implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Name, value, name, value, ...; values masked as {@link HttpHeaders#toString()} shows them. */
        private final String[] namesAndValues;

        SerializedForm(String[] namesAndValues) {
            this.namesAndValues = namesAndValues;
        }

        /**
         * @return headers with the written entries
         * @throws InvalidObjectException when names and values do not come in pairs
         */
        private Object readResolve() throws InvalidObjectException {
            if (namesAndValues == null || namesAndValues.length % 2 != 0) {
                throw new InvalidObjectException("header names and values must come in pairs");
            }
            Builder builder = builder();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                builder.add(namesAndValues[i], namesAndValues[i + 1]);
            }
            return builder.build();
        }
    }

    /** @return true when there are no headers */
    public boolean isEmpty() {
        return namesAndValues.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HttpHeaders && asMap().equals(((HttpHeaders) o).asMap());
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }

    /** @return the headers with credential values, and the values given to {@link #maskingValues}, masked */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, List<String>> entry : asMap().entrySet()) {
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append(entry.getKey()).append('=');
            if (Redaction.isSensitiveHeader(entry.getKey())) {
                out.append(Redaction.MASK);
            } else {
                out.append(Redaction.scrub(
                        entry.getValue().size() == 1
                                ? entry.getValue().get(0)
                                : entry.getValue().toString(),
                        maskedValues));
            }
        }
        return out.append('}').toString();
    }

    /** @return {@code name} in lower case: one of {@link #COMMON_NAMES} when it is one, else a lower-cased copy */
    private static String lowerCase(String name) {
        for (String common : COMMON_NAMES) {
            if (equalsIgnoringAsciiCase(common, name)) {
                return common;
            }
        }
        return name.toLowerCase(Locale.ROOT);
    }

    private static boolean equalsIgnoringAsciiCase(String lowerCase, String name) {
        if (lowerCase.length() != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Collects headers; names are case-insensitive. */
    public static final class Builder {
        private String[] namesAndValues = new String[16];
        private int length;

        private Builder() {}

        /**
         * Adds a value, keeping earlier values of the same header.
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         * @throws NullPointerException for a null name or value
         */
        public Builder add(String name, String value) {
            Objects.requireNonNull(name, "header name");
            Objects.requireNonNull(value, "header value");
            if (length == namesAndValues.length) {
                namesAndValues = Arrays.copyOf(namesAndValues, length * 2);
            }
            namesAndValues[length++] = lowerCase(name);
            namesAndValues[length++] = value;
            return this;
        }

        /**
         * Sets a header to a single value, replacing earlier values.
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         * @throws NullPointerException for a null name or value
         */
        public Builder set(String name, String value) {
            String key = lowerCase(Objects.requireNonNull(name, "header name"));
            int kept = 0;
            for (int i = 0; i < length; i += 2) {
                if (!namesAndValues[i].equals(key)) {
                    namesAndValues[kept++] = namesAndValues[i];
                    namesAndValues[kept++] = namesAndValues[i + 1];
                }
            }
            Arrays.fill(namesAndValues, kept, length, null);
            length = kept;
            return add(name, value);
        }

        /** @return the immutable headers */
        public HttpHeaders build() {
            return length == 0
                    ? EMPTY
                    : new HttpHeaders(Arrays.copyOf(namesAndValues, length), Collections.<String>emptyList());
        }
    }
}
