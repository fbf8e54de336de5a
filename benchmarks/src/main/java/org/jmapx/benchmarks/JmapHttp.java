package org.jmapx.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The driver's JMAP client: plain HTTP/1.1 with keep-alive, Basic auth, "Accept: application/json". */
public final class JmapHttp {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client;
    private final URI base;
    private final URI api;
    private final String username;
    private final String authorization;

    public JmapHttp(URI base, String username, String password) {
        this.base = Loopback.requireLoopback(base);
        String origin = base.toString().replaceAll("/+$", "");
        this.api = URI.create(origin + "/jmap");
        this.username = username;
        this.authorization = "Basic " + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    }

    URI base() {
        return base;
    }

    /** GET /jmap/session; fails loudly on anything but a 200 with a JSON session. */
    public Workload.Session session() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/session"))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .GET().build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + request.uri() + " answered HTTP " + response.statusCode() + ": " + response.body());
        }
        JsonNode session = MAPPER.readTree(response.body());
        JsonNode primaryAccounts = session.path("primaryAccounts");
        return new Workload.Session() {
            @Override
            public String username() {
                return username;
            }

            @Override
            public String primaryAccountId(String capability) {
                JsonNode id = primaryAccounts.get(capability);
                if (id == null || !id.isTextual()) {
                    throw new IllegalStateException("The session of " + username + " has no primary account for "
                        + capability + "; primaryAccounts = " + primaryAccounts);
                }
                return id.asText();
            }
        };
    }

    public HttpRequest apiRequest(String body) {
        return HttpRequest.newBuilder(api)
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    }

    public HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Null when the response is a 200 whose every method response is one of {@code expected};
     * otherwise a short description of what went wrong.
     */
    public static String problem(int status, byte[] body, List<String> expected) {
        if (status != 200) {
            return "HTTP " + status + ": " + abbreviate(body);
        }
        try {
            JsonNode responses = MAPPER.readTree(body).path("methodResponses");
            if (!responses.isArray() || responses.isEmpty()) {
                return "no methodResponses: " + abbreviate(body);
            }
            for (JsonNode response : responses) {
                String name = response.path(0).asText();
                if (!expected.contains(name)) {
                    return "JMAP method response '" + name + "': " + abbreviate(body);
                }
            }
            return null;
        } catch (IOException e) {
            return "not JSON: " + abbreviate(body);
        }
    }

    static boolean isHttpProblem(String problem) {
        return problem.startsWith("HTTP ");
    }

    private static String abbreviate(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
