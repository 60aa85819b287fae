package dev.evalwire.core.internal.http;

import dev.evalwire.core.ConcurrencyLimits;
import dev.evalwire.core.Timeouts;
import dev.evalwire.core.http.HttpCall;
import dev.evalwire.core.http.HttpHeaders;
import dev.evalwire.core.http.HttpRequest;
import dev.evalwire.core.http.HttpResponse;
import dev.evalwire.core.http.HttpTransport;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javax.annotation.Nullable;
import okhttp3.Call;
import okhttp3.Dispatcher;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * {@link HttpTransport} on OkHttp. One instance owns one connection pool; when it was handed a user's
 * {@link OkHttpClient} it shares that client's pool, dispatcher and interceptors and leaves them open on
 * {@link #close()}. Redirects are never followed, whatever the shared client's settings: a 3xx response is returned
 * as it is.
 */
public final class OkHttpTransport implements HttpTransport {

    private static final byte[] NO_BYTES = new byte[0];
    /** The content type of every SDK request body; parsed once (MediaType.parse runs a regex per call). */
    private static final String JSON_TYPE_NAME = "application/json";

    private static final MediaType JSON_TYPE = MediaType.get(JSON_TYPE_NAME);

    private final OkHttpClient client;
    private final boolean ownsClient;
    private final long maxResponseBytes;
    /** The last origin parsed; a client sends every call to one origin, so it is almost always a hit. */
    private volatile Remembered<String, HttpUrl> lastOrigin;
    /** The OkHttp form of the last header set sent; a client sends the same set on almost every call. */
    private volatile Remembered<HttpHeaders, Headers> lastHeaders;

    private OkHttpTransport(OkHttpClient client, boolean ownsClient, long maxResponseBytes) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.maxResponseBytes = maxResponseBytes;
    }

    /**
     * Creates a transport.
     *
     * @param shared a user's client to share, or null to create one
     * @param timeouts timeouts to apply; null keeps the shared client's own (or the defaults for a new client)
     * @param maxResponseBytes the largest body read; a longer one fails the attempt with an {@link IOException}
     * @param limits how many calls a new client runs at once; ignored for a shared client, whose dispatcher is used
     * @return the transport
     */
    public static OkHttpTransport create(
            @Nullable OkHttpClient shared,
            @Nullable Timeouts timeouts,
            long maxResponseBytes,
            ConcurrencyLimits limits) {
        OkHttpClient.Builder builder =
                shared == null ? new OkHttpClient.Builder().dispatcher(dispatcher(limits)) : shared.newBuilder();
        Timeouts applied = timeouts == null && shared == null ? Timeouts.defaults() : timeouts;
        if (applied != null) {
            withTimeouts(builder, applied);
        }
        Redirects.neverFollow(builder);
        if (shared == null) {
            builder.retryOnConnectionFailure(false);
        }
        return new OkHttpTransport(builder.build(), shared == null, maxResponseBytes);
    }

    /** Sets the four timeouts; a client derived this way shares the pool and dispatcher of the one it came from. */
    private static OkHttpClient.Builder withTimeouts(OkHttpClient.Builder builder, Timeouts timeouts) {
        return builder.connectTimeout(timeouts.connect().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeouts.read().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(timeouts.write().toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(timeouts.call().toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Dispatcher dispatcher(ConcurrencyLimits limits) {
        Dispatcher dispatcher = new Dispatcher(DispatcherThreads.create(limits.maxRequests()));
        dispatcher.setMaxRequests(limits.maxRequests());
        dispatcher.setMaxRequestsPerHost(limits.maxRequestsPerHost());
        return dispatcher;
    }

    /** @return the OkHttp client behind this transport (tests read its pool) */
    public OkHttpClient client() {
        return client;
    }

    @Override
    public HttpCall newCall(HttpRequest request) {
        Timeouts timeouts = request.timeouts();
        OkHttpClient sending = timeouts == null
                ? client
                : withTimeouts(client.newBuilder(), timeouts).build();
        return new OkHttpCall(sending.newCall(toOkHttp(request)));
    }

    /** One attempt on OkHttp; also OkHttp's callback when it is enqueued, so that a queued call costs one object. */
    private final class OkHttpCall implements HttpCall, okhttp3.Callback {
        private final Call call;

        @Nullable
        private Callback callback;

        OkHttpCall(Call call) {
            this.call = call;
        }

        @Override
        public HttpResponse execute() throws IOException {
            try (Response response = call.execute()) {
                return read(response);
            }
        }

        @Override
        public void enqueue(Callback callback) {
            this.callback = callback;
            call.enqueue(this);
        }

        @Override
        public void onResponse(Call ignored, Response response) {
            HttpResponse read;
            try (Response closed = response) {
                read = read(closed);
            } catch (IOException | RuntimeException failure) {
                callback.onFailure(failure);
                return;
            }
            callback.onResponse(read);
        }

        @Override
        public void onFailure(Call ignored, IOException failure) {
            callback.onFailure(failure);
        }

        @Override
        public void cancel() {
            call.cancel();
        }
    }

    private HttpResponse read(Response response) throws IOException {
        HttpHeaders headers = fromOkHttp(response.headers());
        return new HttpResponse(response.code(), headers, readBody(response, headers));
    }

    private Request toOkHttp(HttpRequest request) {
        Request.Builder builder = new Request.Builder().url(url(request)).headers(headers(request.headers()));
        RequestBody body = null;
        if (request.body() != null) {
            MediaType type = request.contentType() == null
                    ? null
                    : JSON_TYPE_NAME.equals(request.contentType()) ? JSON_TYPE : MediaType.parse(request.contentType());
            body = RequestBody.create(request.body(), type);
        }
        return builder.method(request.method(), body).build();
    }

    /**
     * Parses a request URL. Parsing the scheme and host is most of OkHttp's cost per URL (the host goes through
     * IDNA mapping), so the origin is parsed once and each call's path and query are resolved against it, as
     * Retrofit does with its base URL. A URL given whole is split at its path first. URLs whose path starts with two
     * slashes (either way round, which a relative reference would read as a new host) or whose base has characters
     * other than those of a plain host and port (a base with a path, for one) are parsed whole.
     */
    private HttpUrl url(HttpRequest request) {
        String base = request.base();
        String target = request.target();
        int authority = base.indexOf("://");
        if (target.isEmpty()) {
            int pathStart = authority < 0 ? -1 : base.indexOf('/', authority + 3);
            if (pathStart < 0) {
                return HttpUrl.get(base);
            }
            target = base.substring(pathStart);
            base = base.substring(0, pathStart);
        }
        if (authority < 0 || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) {
            return HttpUrl.get(base + target);
        }
        Remembered<String, HttpUrl> origin = lastOrigin;
        if (origin == null || !origin.key.equals(base)) {
            if (!isPlainOrigin(base, authority + 3)) {
                return HttpUrl.get(base + target);
            }
            origin = new Remembered<>(base, HttpUrl.get(base + "/"));
            lastOrigin = origin;
        }
        HttpUrl resolved = origin.value.resolve(target);
        return resolved != null ? resolved : HttpUrl.get(base + target);
    }

    private static boolean isPlainOrigin(String prefix, int hostStart) {
        for (int i = hostStart; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '-'
                    || c == ':'
                    || c == '['
                    || c == ']';
            if (!plain) {
                return false;
            }
        }
        return prefix.length() > hostStart;
    }

    private Headers headers(HttpHeaders headers) {
        Remembered<HttpHeaders, Headers> last = lastHeaders;
        if (last != null && last.key == headers) {
            return last.value;
        }
        Headers.Builder builder = new Headers.Builder();
        for (int i = 0; i < headers.size(); i++) {
            builder.add(headers.name(i), headers.value(i));
        }
        Headers converted = builder.build();
        lastHeaders = new Remembered<>(headers, converted);
        return converted;
    }

    /**
     * One input and what the transport made of it: an origin as the SDK wrote it and its parsed form, or a header
     * set and its OkHttp form. Immutable, so it can be swapped in a volatile field.
     */
    private static final class Remembered<K, V> {
        final K key;
        final V value;

        Remembered(K key, V value) {
            this.key = key;
            this.value = value;
        }
    }

    private byte[] readBody(Response response, HttpHeaders headers) throws IOException {
        ResponseBody body = response.body();
        long declared = body.contentLength();
        if (declared > maxResponseBytes) {
            throw new ResponseTooLargeException(response.code(), headers, declared, maxResponseBytes);
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        while (source.read(buffer, 8192) != -1) {
            if (buffer.size() > maxResponseBytes) {
                throw new ResponseTooLargeException(response.code(), headers, buffer.size(), maxResponseBytes);
            }
        }
        return buffer.size() == 0 ? NO_BYTES : buffer.readByteArray();
    }

    private static HttpHeaders fromOkHttp(Headers headers) {
        HttpHeaders.Builder builder = HttpHeaders.builder();
        for (int i = 0; i < headers.size(); i++) {
            builder.add(headers.name(i), headers.value(i));
        }
        return builder.build();
    }

    @Override
    public void close() {
        if (ownsClient) {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }
}
