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
}
