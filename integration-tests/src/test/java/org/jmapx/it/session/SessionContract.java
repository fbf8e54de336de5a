package org.jmapx.it.session;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jmapx.it.JmapxServerExtension;
import org.junit.jupiter.api.Test;

/** What any JMAP client library needs from the session and the API endpoint (RFC 8620 2, 3). */
public interface SessionContract {
    JmapxServerExtension server();

    @Test
    default void sessionShouldBeServedToAPlainJsonAcceptHeader() {
        HttpResponse<String> response = server().client(JmapxServerExtension.BOB).session();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThatJson(response.body()).node("username").isEqualTo(JmapxServerExtension.BOB);
    }

    @Test
    default void sessionUrlsShouldPointAtTheRealOriginAndPort() {
        String origin = "http://127.0.0.1:" + server().jmapPort();

        String body = server().client(JmapxServerExtension.BOB).session().body();

        assertThatJson(body).node("apiUrl").isEqualTo(origin + "/jmap");
        assertThatJson(body).node("uploadUrl").isString().startsWith(origin + "/upload/");
        assertThatJson(body).node("downloadUrl").isString().startsWith(origin + "/download/");
        assertThatJson(body).node("eventSourceUrl").isString().startsWith(origin + "/eventSource");
    }

    @Test
    default void sessionShouldAdvertiseContactsForTheSessionAndTheAccount() {
        String body = server().client(JmapxServerExtension.BOB).session().body();
        String accountId = server().client(JmapxServerExtension.BOB).sessionJson()
            .path("primaryAccounts").path("urn:ietf:params:jmap:contacts").asText();

        assertThatJson(body).node("capabilities").isObject().containsKey("urn:ietf:params:jmap:contacts");
        assertThat(accountId).isNotEmpty();
        assertThatJson(body).node("accounts." + accountId + ".accountCapabilities.urn:ietf:params:jmap:contacts")
            .isObject().containsKeys("maxAddressBooksPerCard", "mayCreateAddressBook");
    }

    @Test
    default void coreEchoShouldAnswerWithoutTheJamesSpecificAcceptHeader() {
        String body = server().client(JmapxServerExtension.BOB).post("""
            {"using": ["urn:ietf:params:jmap:core"],
             "methodCalls": [["Core/echo", {"hello": "world"}, "c1"]]}""").body();

        assertThatJson(body).node("methodResponses").isEqualTo("[[\"Core/echo\", {\"hello\": \"world\"}, \"c1\"]]");
    }

    @Test
    default void malformedJsonShouldGetTheNotJsonRequestError() {
        HttpResponse<String> response = server().client(JmapxServerExtension.BOB).post("{\"using\": [");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThatJson(response.body()).node("type").isEqualTo("urn:ietf:params:jmap:error:notJSON");
    }

    @Test
    default void unknownCapabilityInUsingShouldGetTheUnknownCapabilityRequestError() {
        HttpResponse<String> response = server().client(JmapxServerExtension.BOB).post("""
            {"using": ["urn:ietf:params:jmap:core", "urn:example:nothing"],
             "methodCalls": [["Core/echo", {}, "c1"]]}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThatJson(response.body()).node("type").isEqualTo("urn:ietf:params:jmap:error:unknownCapability");
    }

    @Test
    default void wrongPasswordShouldBeUnauthorized() {
        HttpResponse<String> response = new org.jmapx.it.JmapClient(server().jmapPort(), JmapxServerExtension.BOB, "wrong").session();

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    default void aRequestThatIsNotARequestObjectShouldGetTheNotRequestError() {
        HttpResponse<String> response = server().client(JmapxServerExtension.BOB).post("{\"using\": \"core\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThatJson(response.body()).node("type").isEqualTo("urn:ietf:params:jmap:error:notRequest");
    }

    private static String echoCalls(int count) {
        StringBuilder calls = new StringBuilder();
        for (int i = 0; i < count; i++) {
            calls.append(i == 0 ? "" : ", ").append("[\"Core/echo\", {\"n\": ").append(i).append("}, \"c").append(i).append("\"]");
        }
        return "{\"using\": [\"urn:ietf:params:jmap:core\"], \"methodCalls\": [" + calls + "]}";
    }

    @Test
    default void theSessionShouldAdvertiseTheLimitsTheServerEnforces() {
        String body = server().client(JmapxServerExtension.BOB).session().body();

        assertThatJson(body).node("capabilities.urn:ietf:params:jmap:core.maxCallsInRequest").isEqualTo(16);
        assertThatJson(body).node("capabilities.urn:ietf:params:jmap:core.maxSizeRequest").isEqualTo(10_000_000);
    }

    @Test
    default void maxCallsInRequestCallsShouldAllBeAnswered() {
        HttpResponse<String> response = server().client(JmapxServerExtension.BOB).post(echoCalls(16));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThatJson(response.body()).node("methodResponses").isArray().hasSize(16);
    }

    @Test
    default void oneCallOverMaxCallsInRequestShouldGetTheLimitErrorNamingIt() {
        HttpResponse<String> response = server().client(JmapxServerExtension.BOB).post(echoCalls(17));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThatJson(response.body()).node("type").isEqualTo("urn:ietf:params:jmap:error:limit");
        assertThatJson(response.body()).node("limit").isEqualTo("maxCallsInRequest");
        assertThatJson(response.body()).node("status").isEqualTo(400);
    }

    @Test
    default void aRequestLargerThanMaxSizeRequestShouldGetTheLimitErrorNamingIt() {
        String padding = "x".repeat(10_000_001);
        HttpResponse<String> response = server().client(JmapxServerExtension.BOB).post(
            "{\"using\": [\"urn:ietf:params:jmap:core\"], \"methodCalls\": [[\"Core/echo\", {\"p\": \"" + padding + "\"}, \"c1\"]]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThatJson(response.body()).node("type").isEqualTo("urn:ietf:params:jmap:error:limit");
        assertThatJson(response.body()).node("limit").isEqualTo("maxSizeRequest");
    }

    @Test
    default void anEmptyBodyShouldGetTheNotJsonRequestError() {
        HttpResponse<String> response = server().client(JmapxServerExtension.BOB).post("");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThatJson(response.body()).node("type").isEqualTo("urn:ietf:params:jmap:error:notJSON");
    }

    /** Without Content-Length (chunked), the size is only known while reading: the limit still holds. */
    @Test
    default void aChunkedRequestLargerThanMaxSizeRequestShouldGetTheLimitErrorNamingIt() {
        byte[] head = "{\"using\": [\"urn:ietf:params:jmap:core\"], \"methodCalls\": [[\"Core/echo\", {\"p\": \""
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] body = java.util.Arrays.copyOf(head, 10_000_000 + 1_000);
        java.util.Arrays.fill(body, head.length, body.length, (byte) 'x');
        org.jmapx.it.JmapClient client = server().client(JmapxServerExtension.BOB);

        HttpResponse<String> response = client.send(client.request("/jmap").header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThatJson(response.body()).node("type").isEqualTo("urn:ietf:params:jmap:error:limit");
        assertThatJson(response.body()).node("limit").isEqualTo("maxSizeRequest");
    }

    /**
     * Five requests whose bodies are still arriving: four hold the user's four slots (maxConcurrentRequests
     * in the session) and wait for the rest of their bodies; the fifth, whichever it is, is refused at
     * once. Once the four finish, the user is served again. Raw sockets, so that nothing but the test
     * decides when the bodies end.
     */
    @Test
    default void beyondMaxConcurrentRequestsARequestShouldGetTheLimitErrorNamingIt() throws Exception {
        byte[] request = "{\"using\": [\"urn:ietf:params:jmap:core\"], \"methodCalls\": [[\"Core/echo\", {}, \"c1\"]]}"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.util.List<java.net.Socket> sockets = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                java.net.Socket socket = new java.net.Socket("127.0.0.1", server().jmapPort());
                socket.setSoTimeout(30_000);
                String head = "POST /jmap HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\nContent-Type: application/json\r\n"
                    + "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString(
                        (JmapxServerExtension.BOB + ":" + JmapxServerExtension.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    + "\r\nContent-Length: " + request.length + "\r\n\r\n";
                socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                socket.getOutputStream().write(request, 0, 10);
                socket.getOutputStream().flush();
                sockets.add(socket);
            }
            java.net.Socket refused = awaitTheOneAnswered(sockets);
            String refusal = new String(refused.getInputStream().readNBytes(refused.getInputStream().available()),
                java.nio.charset.StandardCharsets.UTF_8);
            sockets.remove(refused);
            refused.close();

            assertThat(refusal).startsWith("HTTP/1.1 400");
            assertThat(refusal).contains("urn:ietf:params:jmap:error:limit").contains("\"limit\":\"maxConcurrentRequests\"");
            for (java.net.Socket held : sockets) {
                assertThat(held.getInputStream().available()).isZero();
                held.getOutputStream().write(request, 10, request.length - 10);
                held.getOutputStream().flush();
                String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(held.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
                assertThat(statusLine).startsWith("HTTP/1.1 200");
            }
            assertThat(server().client(JmapxServerExtension.BOB).post(new String(request, java.nio.charset.StandardCharsets.US_ASCII))
                .statusCode()).isEqualTo(200);
        } finally {
            for (java.net.Socket socket : sockets) {
                socket.close();
            }
        }
    }

    /** Waits (up to 20 s) until one socket has an answer, then a little longer to see that no other has. */
    private static java.net.Socket awaitTheOneAnswered(java.util.List<java.net.Socket> sockets) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            java.util.List<java.net.Socket> answered = new java.util.ArrayList<>();
            for (java.net.Socket socket : sockets) {
                if (socket.getInputStream().available() > 0) {
                    answered.add(socket);
                }
            }
            if (!answered.isEmpty()) {
                Thread.sleep(500);
                // the answer is complete and no second request was answered meanwhile
                long stillWaiting = sockets.stream().filter(socket -> {
                    try {
                        return socket.getInputStream().available() == 0;
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).count();
                assertThat(stillWaiting).as("requests still waiting for their bodies").isEqualTo(4);
                return answered.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no request was refused");
    }
}
