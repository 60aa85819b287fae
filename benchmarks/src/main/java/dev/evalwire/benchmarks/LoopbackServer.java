package dev.evalwire.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
            new Connection(s.getInputStream()).serve(s.getOutputStream());
        } catch (IOException ignored) {
            // client went away
        }
    }

    /**
     * Reads one connection's requests from its own buffer: the head is found and its {@code Content-Length} read in
     * place, without copying, decoding or lower-casing it, so that a request's cost to the server hardly depends on
     * how many header bytes the client sends (the server shares the machine's cores with the client it measures).
     */
    private final class Connection {
        private final InputStream in;
        private final byte[] buffer = new byte[16384];
        /** The unread bytes are {@code buffer[start, end)}. */
        private int start;

        private int end;

        Connection(InputStream in) {
            this.in = in;
        }

        void serve(OutputStream out) throws IOException {
            while (true) {
                int headEnd = readHead();
                if (headEnd < 0) {
                    return;
                }
                long contentLength = contentLength(buffer, start, headEnd);
                if (record) {
                    String head = new String(buffer, start, headEnd - start, StandardCharsets.ISO_8859_1);
                    lastRequestLine = head.substring(0, head.indexOf("\r\n"));
                    lastRequestHead = head;
                }
                start = headEnd;
                byte[] body = readBody(contentLength);
                if (record) {
                    lastRequestBody = body;
                }
                out.write(response);
                out.flush();
            }
        }

        /** @return the index just past the head's blank line, reading more as needed; -1 at end of stream */
        private int readHead() throws IOException {
            int scanned = start;
            while (true) {
                for (int i = Math.max(scanned, start + 3); i < end; i++) {
                    if (buffer[i] == '\n' && buffer[i - 1] == '\r' && buffer[i - 2] == '\n' && buffer[i - 3] == '\r') {
                        return i + 1;
                    }
                }
                scanned = end;
                if (start > 0) {
                    System.arraycopy(buffer, start, buffer, 0, end - start);
                    scanned -= start;
                    end -= start;
                    start = 0;
                }
                if (end == buffer.length) {
                    throw new IOException("request head too long");
                }
                int read = in.read(buffer, end, buffer.length - end);
                if (read < 0) {
                    return -1;
                }
                end += read;
            }
        }

        /** Consumes the body; @return it when recording, else null */
        private byte[] readBody(long length) throws IOException {
            byte[] body = record ? new byte[(int) length] : null;
            long done = 0;
            while (done < length) {
                if (start == end) {
                    start = 0;
                    end = in.read(buffer, 0, buffer.length);
                    if (end < 0) {
                        throw new IOException("body cut short");
                    }
                }
                int take = (int) Math.min(length - done, end - start);
                if (body != null) {
                    System.arraycopy(buffer, start, body, (int) done, take);
                }
                start += take;
                done += take;
            }
            return body;
        }
    }

    private static final byte[] CONTENT_LENGTH = "\r\ncontent-length:".getBytes(StandardCharsets.US_ASCII);

    /** @return the head's {@code Content-Length}, found ignoring the case of its name; 0 when there is none */
    private static long contentLength(byte[] head, int from, int to) {
        for (int at = from; at + CONTENT_LENGTH.length <= to; at++) {
            if (startsWithIgnoringCase(head, at, CONTENT_LENGTH)) {
                long length = 0;
                for (int i = at + CONTENT_LENGTH.length; head[i] != '\r'; i++) {
                    if (head[i] >= '0' && head[i] <= '9') {
                        length = length * 10 + (head[i] - '0');
                    }
                }
                return length;
            }
        }
        return 0;
    }

    private static boolean startsWithIgnoringCase(byte[] bytes, int at, byte[] lowerCase) {
        for (int i = 0; i < lowerCase.length; i++) {
            int b = bytes[at + i];
            if ((b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b) != lowerCase[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
