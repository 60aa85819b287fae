package dev.evalwire.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small, fast HTTP/1.1 server on 127.0.0.1 that answers every request with the same canned 200 JSON response:
 * one thread per connection, keep-alive, the request head parsed just enough to find the body's length. Much
 * cheaper per request than MockWebServer, so the clients' cost dominates the loopback figures.
 */
public final class LoopbackServer implements AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ServerSocket socket;
    private final byte[] response;
    private final boolean record;
    private volatile String lastRequestLine;
    private volatile String lastRequestHead;
    private volatile byte[] lastRequestBody;

    private LoopbackServer(byte[] body, boolean record) throws IOException {
        this.record = record;
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nx-request-id: req_bench\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        this.response = new byte[head.length + body.length];
        System.arraycopy(head, 0, response, 0, head.length);
        System.arraycopy(body, 0, response, head.length, body.length);
        this.socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        Thread acceptor = new Thread(this::accept, "loopback-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * Starts a server.
     *
     * @param body the response body for every request
     * @return the running server
     * @throws IOException if it cannot bind
     */
    public static LoopbackServer start(byte[] body) throws IOException {
        return new LoopbackServer(body, false);
    }

    /**
     * Starts a server that keeps the last request (for the payload check, not for benchmarks).
     *
     * @param body the response body for every request
     * @return the running server
     * @throws IOException if it cannot bind
     */
    public static LoopbackServer startRecording(byte[] body) throws IOException {
        return new LoopbackServer(body, true);
    }

    /** @return {@code http://127.0.0.1:<port>} */
    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** @return the last request line, for example {@code PATCH /x HTTP/1.1} (recording servers only) */
    public String lastRequestLine() {
        return lastRequestLine;
    }

    /** @return the last request's head, lines separated by CRLF (recording servers only) */
    public String lastRequestHead() {
        return lastRequestHead;
    }

    /** @return the last request body (recording servers only) */
    public byte[] lastRequestBody() {
        return lastRequestBody;
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connection.setTcpNoDelay(true);
                Thread worker = new Thread(() -> serve(connection), "loopback-" + THREADS.incrementAndGet());
                worker.setDaemon(true);
                worker.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (Socket s = connection) {
            InputStream in = new BufferedInputStream(s.getInputStream(), 16384);
            OutputStream out = s.getOutputStream();
            byte[] head = new byte[16384];
            while (true) {
                int length = readHead(in, head);
                if (length < 0) {
                    return;
                }
                long contentLength = contentLength(head, length);
                byte[] body = record ? new byte[(int) contentLength] : null;
                for (long read = 0; read < contentLength; ) {
                    int n = record
                            ? in.read(body, (int) read, (int) (contentLength - read))
                            : (int) in.skip(contentLength - read);
                    if (n <= 0) {
                        if (in.read() < 0) {
                            return;
                        }
                        n = 1;
                    }
                    read += n;
                }
                if (record) {
                    String text = new String(head, 0, length, StandardCharsets.ISO_8859_1);
                    lastRequestLine = text.substring(0, text.indexOf("\r\n"));
                    lastRequestHead = text;
                    lastRequestBody = body;
                }
                out.write(response);
                out.flush();
            }
        } catch (IOException ignored) {
            // client went away
        }
    }

    /** Reads up to and including the blank line; returns its length, or -1 at end of stream. */
    private static int readHead(InputStream in, byte[] head) throws IOException {
        int length = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                return -1;
            }
            if (length == head.length) {
                throw new IOException("request head too long");
            }
            head[length++] = (byte) b;
            if (length >= 4
                    && b == '\n'
                    && head[length - 2] == '\r'
                    && head[length - 3] == '\n'
                    && head[length - 4] == '\r') {
                return length;
            }
        }
    }

    private static long contentLength(byte[] head, int length) {
        String text = new String(head, 0, length, StandardCharsets.ISO_8859_1);
        int at = text.toLowerCase(Locale.ROOT).indexOf("\r\ncontent-length:");
        if (at < 0) {
            return 0;
        }
        int start = at + "\r\ncontent-length:".length();
        int end = text.indexOf("\r\n", start);
        return Long.parseLong(text.substring(start, end).trim());
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
