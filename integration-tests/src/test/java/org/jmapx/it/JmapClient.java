package org.jmapx.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JMAP client as a third-party client would be: plain HTTP, Basic auth, a plain
 * "Accept: application/json" header (no James-specific jmapVersion parameter).
 */
public class JmapClient {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String origin;
    private final String authorization;

    public JmapClient(int port, String username, String password) {
        this.origin = "http://127.0.0.1:" + port;
        this.authorization = "Basic " + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> session() {
        return send(request("/jmap/session").GET().build());
    }

    public JsonNode sessionJson() {
        return parse(session().body());
    }

    /** POSTs a raw request body to /jmap and returns the raw response. */
    public HttpResponse<String> post(String body) {
        return send(request("/jmap").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** POSTs a request body and returns the parsed response, failing on a non-200 status. */
    public JsonNode call(String body) {
        HttpResponse<String> response = post(body);
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(origin + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", authorization)
            .header("Accept", "application/json");
    }

    /** Opens the JMAP WebSocket (RFC 8887) at James's /jmap/ws, with the "jmap" subprotocol. */
    public java.util.concurrent.CompletableFuture<java.net.http.WebSocket> webSocket(java.net.http.WebSocket.Listener listener) {
        return HTTP.newWebSocketBuilder()
            .header("Authorization", authorization)
            .subprotocols("jmap")
            .buildAsync(URI.create(origin.replace("http://", "ws://") + "/jmap/ws"), listener);
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }

    public static HttpClient http() {
        return HTTP;
    }
}
