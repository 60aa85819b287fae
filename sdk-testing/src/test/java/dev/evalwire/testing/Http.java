package dev.evalwire.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A tiny OkHttp-based client for the sandbox tests. */
final class Http {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final MediaType JSON = MediaType.get("application/json");

    /** No silent retries, so every request the test sends reaches the sandbox exactly once. */
    static final OkHttpClient CLIENT = new OkHttpClient.Builder()
            .retryOnConnectionFailure(false)
            .readTimeout(10, TimeUnit.SECONDS)
            .build();

    private Http() {}

    /** An answer: status, headers and body text. */
    static final class Reply {
        final int status;
        final okhttp3.Headers headers;
        final String body;

        Reply(int status, okhttp3.Headers headers, String body) {
            this.status = status;
            this.headers = headers;
            this.body = body;
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.get(name);
        }
    }

    static Request.Builder request(String method, String url, String body) {
        RequestBody requestBody = body == null ? null : RequestBody.create(body, JSON);
        return new Request.Builder().url(url).method(method, requestBody);
    }

    static Reply send(Request.Builder request) throws IOException {
        try (Response response = CLIENT.newCall(request.build()).execute()) {
            return new Reply(
                    response.code(), response.headers(), response.body().string());
        }
    }

    /** Sends with {@code Authorization: Bearer <key>}. */
    static Reply bearer(String method, String url, String key, String body) throws IOException {
        return send(request(method, url, body).header("Authorization", "Bearer " + key));
    }

    /**
     * Sends {@code method path} with a body over a plain socket, for what OkHttp refuses to send
     * (a GET with a body). Headers are {@code name: value} lines; {@code Content-Length} and
     * {@code Connection: close} are added. Returns the status and body.
     */
    static Reply raw(String baseUrl, String method, String path, String body, String... headers) throws IOException {
        java.net.URI uri = java.net.URI.create(baseUrl);
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n")
                .append("Host: ")
                .append(uri.getHost())
                .append(':')
                .append(uri.getPort())
                .append("\r\n")
                .append("Content-Length: ")
                .append(bytes.length)
                .append("\r\n")
                .append("Connection: close\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        head.append("\r\n");
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = socket.getInputStream().read(buffer)) != -1; ) {
                received.write(buffer, 0, n);
            }
            String text = new String(received.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(9, 12));
            String answer = text.substring(text.indexOf("\r\n\r\n") + 4);
            return new Reply(status, okhttp3.Headers.of(), answer);
        }
    }

    static Reply sendUnchecked(Request.Builder request) {
        try {
            return send(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** Single quotes to double quotes, so JSON literals in tests stay readable. */
    static String q(String text) {
        return text.replace('\'', '"');
    }

    /** Asserts status and exact JSON body (key order ignored). */
    static void assertJson(int status, String expectedJson, Reply reply) {
        assertEquals(status, reply.status, reply.body);
        assertEquals(json(q(expectedJson)), reply.json(), reply.body);
    }

    /** Asserts that {@code method url} with a wrong bearer key, and with none, is 401 with exactly this JSON. */
    static void assertKeyRequired(String method, String url, String body, String expectedJson) throws IOException {
        assertJson(401, expectedJson, bearer(method, url, "wrong-key", body));
        assertJson(401, expectedJson, send(request(method, url, body)));
    }

    /** Asserts a 200 answer in {@code application/json} and returns its body. */
    static JsonNode okJson(Reply reply) {
        assertEquals(200, reply.status, reply.body);
        assertEquals("application/json", reply.header("Content-Type"));
        return reply.json();
    }

    /** Removes a field (typically a timestamp) and returns its text. */
    static String take(JsonNode node, String field) {
        JsonNode value = ((ObjectNode) node).remove(field);
        return value == null ? null : value.asText();
    }
}
