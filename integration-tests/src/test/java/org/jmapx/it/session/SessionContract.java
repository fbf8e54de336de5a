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
}
