package dev.evalwire.reliability;

import dev.evalwire.testing.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.net.ServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.ConnectionPool;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * Serves a vendor's read in front of a sandbox that routes only the update. It records each request as the client
 * sent it, then forwards it to the sandbox (a read's path mapped by {@link Vendor#sandboxReadPath} onto the update's
 * route), so that the sandbox still counts it, checks the key and answers with a pending fault. When the sandbox
 * instead refuses the read's method (405 with an {@code Allow} header, which an injected 405 does not carry), the
 * front answers with the vendor's valid read body. A connection the sandbox drops is dropped towards the client too.
 * Once the sandboxes route the reads themselves, this class and {@link VendorSandbox} can go.
 */
final class ReadFront implements AutoCloseable {

    /** Set per hop, by OkHttp or by the server; never copied across. */
    private static final Set<String> HOP_HEADERS =
            Set.of("host", "connection", "content-length", "transfer-encoding", "accept-encoding", "keep-alive");

    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final OkHttpClient http;
    private final String sandboxUrl;
    private final String readBody;
    private final UnaryOperator<String> sandboxReadPath;

    private ReadFront(String sandboxUrl, String readBody, UnaryOperator<String> sandboxReadPath) {
        this.sandboxUrl = sandboxUrl;
        this.readBody = readBody;
        this.sandboxReadPath = sandboxReadPath;
        // One attempt per request, as the client made it: a retry here would be a request the client did not make.
        this.http = new OkHttpClient.Builder()
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .connectionPool(new ConnectionPool(4, 10, TimeUnit.SECONDS))
                .readTimeout(Duration.ofSeconds(60))
                .build();
        server.setServerSocketFactory(new NoDelaySockets());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(mockwebserver3.RecordedRequest request) {
                return forward(request);
            }
        });
    }

    /**
     * Starts a front for the vendor's sandbox at {@code sandboxUrl}.
     *
     * @param vendor whose read body and read path mapping to use
     * @param sandboxUrl the sandbox's base URL
     */
    static ReadFront start(Vendor vendor, String sandboxUrl) {
        ReadFront front =
                new ReadFront(sandboxUrl, vendor.body(Operation.READ, Vendor.Body.VALID), vendor::sandboxReadPath);
        try {
            front.server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return front;
    }

    /** The URL clients call instead of the sandbox's, without a trailing slash. */
    String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    /** The requests as the client sent them (raw path and query), in order. */
    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.close();
        http.connectionPool().evictAll();
    }

    private MockResponse forward(mockwebserver3.RecordedRequest request) {
        String target = request.getTarget();
        int mark = target.indexOf('?');
        String path = mark < 0 ? target : target.substring(0, mark);
        String query = mark < 0 ? null : target.substring(mark + 1);
        boolean read = request.getMethod().equals("GET");
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        requests.add(new RecordedRequest(
                request.getMethod(), path, query, request.getHeaders().toMultimap(), body));

        String sandboxTarget = (read ? sandboxReadPath.apply(path) : path) + (query == null ? "" : "?" + query);
        Request.Builder forward = new Request.Builder().url(sandboxUrl + sandboxTarget);
        copy(request.getHeaders(), (name, value) -> forward.addHeader(name, value));
        String contentType = request.getHeaders().get("Content-Type");
        forward.method(
                request.getMethod(),
                body.isEmpty()
                        ? null
                        : RequestBody.create(
                                request.getBody(), contentType == null ? null : MediaType.parse(contentType)));
        try (Response answer = http.newCall(forward.build()).execute()) {
            byte[] bytes = answer.body().bytes();
            if (read && answer.code() == 405 && answer.header("Allow") != null) {
                return FaultMatrixTest.ok(readBody);
            }
            MockResponse.Builder back = new MockResponse.Builder().code(answer.code());
            copy(answer.headers(), back::addHeader);
            return back.body(new Buffer().write(bytes)).build();
        } catch (IOException dropped) {
            return new MockResponse.Builder()
                    .onResponseStart(new SocketEffect.CloseSocket())
                    .build();
        }
    }

    /**
     * Server sockets whose connections send at once: without TCP_NODELAY each answer waited about 40 ms for the
     * client's delayed ACK.
     */
    private static final class NoDelaySockets extends ServerSocketFactory {
        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new ServerSocket() {
                @Override
                public Socket accept() throws IOException {
                    Socket socket = super.accept();
                    socket.setTcpNoDelay(true);
                    return socket;
                }
            };
        }

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds the unbound socket itself");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds the unbound socket itself");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds the unbound socket itself");
        }
    }

    private interface HeaderSink {
        void add(String name, String value);
    }

    private static void copy(Headers headers, HeaderSink sink) {
        for (int i = 0; i < headers.size(); i++) {
            if (!HOP_HEADERS.contains(headers.name(i).toLowerCase(Locale.ROOT))) {
                sink.add(headers.name(i), headers.value(i));
            }
        }
    }
}
