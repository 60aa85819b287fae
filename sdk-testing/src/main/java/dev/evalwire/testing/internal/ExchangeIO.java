package dev.evalwire.testing.internal;

import com.sun.net.httpserver.HttpExchange;
import dev.evalwire.testing.RecordedRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Reads a whole request from, and writes a whole response to, an {@link HttpExchange}. */
final class ExchangeIO {

    private ExchangeIO() {}

    static RecordedRequest read(HttpExchange exchange) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = exchange.getRequestBody()) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) != -1; ) {
                body.write(buffer, 0, n);
            }
        }
        return new RecordedRequest(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(),
                new String(body.toByteArray(), StandardCharsets.UTF_8));
    }

    static void write(HttpExchange exchange, SandboxResponse response) throws IOException {
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            exchange.getResponseHeaders().set(header.getKey(), header.getValue());
        }
        int length = response.bodyLength();
        boolean bodyless = length == 0
                || "HEAD".equalsIgnoreCase(exchange.getRequestMethod())
                || response.status() == 204
                || response.status() == 304
                || response.status() < 200;
        exchange.sendResponseHeaders(response.status(), bodyless ? -1 : length);
        if (!bodyless) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.bodyUnsafe());
            }
        }
        exchange.close();
    }

    /** Closes the connection without a status line: nothing was sent yet, so the socket is dropped. */
    static void drop(HttpExchange exchange) {
        exchange.close();
    }
}
