package org.jmapx.it.core;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jmapx.it.JmapClient;
import org.jmapx.it.JmapxServerExtension;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * RFC 8620 request processing (3.3 to 3.7) on POST /jmap, for James's methods and JMAPX's alike, and
 * the RFC 8621 gaps of James 3.8.1 that JMAPX closes (docs/conformance.md). Each test has its own user.
 */
public interface RequestConformanceContract {
    String USING = "[\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:mail\", \"urn:ietf:params:jmap:contacts\"]";

    JmapxServerExtension server();

    private JmapClient newUser() {
        String username = "user-" + UUID.randomUUID() + "@example.com";
        try {
            server().server().getProbe(org.apache.james.utils.DataProbeImpl.class).addUser(username, JmapxServerExtension.PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return server().client(username);
    }

    private static String accountId(JmapClient client, String capability) {
        return client.sessionJson().path("primaryAccounts").path(capability).asText();
    }

    private static String request(String methodCalls, String createdIds) {
        return "{\"using\": " + USING + ", \"methodCalls\": " + methodCalls
            + (createdIds == null ? "" : ", \"createdIds\": " + createdIds) + "}";
    }

    @Test
    default void createdIdsGivenInTheRequestShouldComeBackInTheResponse() {
        JsonNode response = newUser().call(request("[[\"Core/echo\", {}, \"c1\"]]", "{\"x\": \"abc\"}"));

        assertThatJson(response.toString()).node("createdIds").isEqualTo(json("{\"x\": \"abc\"}"));
    }

    @Test
    default void aResponseShouldHaveNoCreatedIdsWhenTheRequestHadNone() {
        JsonNode response = newUser().call(request("[[\"Core/echo\", {}, \"c1\"]]", null));

        assertThat(response.has("createdIds")).isFalse();
    }

    @Test
    default void mailboxSetCreationsShouldBeAddedToTheCreatedIdsOfTheResponse() {
        JmapClient client = newUser();
        String account = accountId(client, "urn:ietf:params:jmap:mail");

        JsonNode response = client.call(request("""
            [["Mailbox/set", {"accountId": "%s", "create": {"m1": {"name": "created-ids"}}}, "c1"]]""".formatted(account),
            "{\"x\": \"abc\"}"));

        String created = response.at("/methodResponses/0/1/created/m1/id").asText();
        assertThat(created).isNotEmpty();
        assertThatJson(response.toString()).node("createdIds").isEqualTo(json("{\"x\": \"abc\", \"m1\": \"" + created + "\"}"));
    }

    @Test
    default void jmapxCreationsShouldBeAddedToTheCreatedIdsOfTheResponse() {
        JmapClient client = newUser();
        String account = accountId(client, "urn:ietf:params:jmap:contacts");

        JsonNode response = client.call(request("""
            [["AddressBook/set", {"accountId": "%s", "create": {"b1": {"name": "created-ids"}}}, "c1"]]""".formatted(account),
            "{}"));

        String created = response.at("/methodResponses/0/1/created/b1/id").asText();
        assertThat(created).isNotEmpty();
        assertThatJson(response.toString()).node("createdIds").isEqualTo(json("{\"b1\": \"" + created + "\"}"));
    }

    /** RFC 8620 3.3: the request's createdIds are creation ids the calls can reference. */
    @Test
    default void aCreationIdOfTheRequestShouldResolveInItsMethodCalls() {
        JmapClient client = newUser();
        String account = accountId(client, "urn:ietf:params:jmap:mail");
        String mailbox = client.call(request("""
            [["Mailbox/set", {"accountId": "%s", "create": {"m1": {"name": "earlier"}}}, "c1"]]""".formatted(account), null))
            .at("/methodResponses/0/1/created/m1/id").asText();

        JsonNode response = client.call(request("""
            [["Mailbox/get", {"accountId": "%s", "ids": ["#m"], "properties": ["name"]}, "c1"]]""".formatted(account),
            "{\"m\": \"" + mailbox + "\"}"));

        assertThatJson(response.toString()).inPath("methodResponses[0][1].list[0]")
            .isEqualTo(json("{\"id\": \"" + mailbox + "\", \"name\": \"earlier\"}"));
    }

    @Test
    default void anArgumentAndItsReferenceTogetherShouldBeInvalidArgumentsForJamesMethods() {
        JmapClient client = newUser();
        String account = accountId(client, "urn:ietf:params:jmap:mail");

        JsonNode response = client.call(request("""
            [["Mailbox/query", {"accountId": "%1$s"}, "q"],
             ["Mailbox/get", {"accountId": "%1$s", "ids": [],
               "#ids": {"resultOf": "q", "name": "Mailbox/query", "path": "/ids"}}, "g"]]""".formatted(account), null));

        assertThatJson(response.toString()).inPath("methodResponses[1]").isArray().element(0).isEqualTo("error");
        assertThatJson(response.toString()).inPath("methodResponses[1][1].type").isEqualTo("invalidArguments");
        assertThatJson(response.toString()).inPath("methodResponses[1][2]").isEqualTo("g");
    }

    @Test
    default void anArgumentAndItsReferenceTogetherShouldBeInvalidArgumentsForJmapxMethods() {
        JmapClient client = newUser();
        String account = accountId(client, "urn:ietf:params:jmap:contacts");

        JsonNode response = client.call(request("""
            [["AddressBook/get", {"accountId": "%1$s"}, "a"],
             ["AddressBook/get", {"accountId": "%1$s", "ids": null,
               "#ids": {"resultOf": "a", "name": "AddressBook/get", "path": "/list/*/id"}}, "g"]]""".formatted(account), null));

        assertThatJson(response.toString()).inPath("methodResponses[1][0]").isEqualTo("error");
        assertThatJson(response.toString()).inPath("methodResponses[1][1].type").isEqualTo("invalidArguments");
    }

    /** RFC 8620 3.6.1: request-level errors are problem details (RFC 7807). */
    @Test
    default void requestLevelErrorsShouldBeServedAsProblemJson() {
        JmapClient client = newUser();
        StringBuilder seventeen = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            seventeen.append(i == 0 ? "" : ",").append("[\"Core/echo\", {}, \"c").append(i).append("\"]");
        }
        java.util.List<HttpResponse<String>> responses = java.util.List.of(
            client.post("{\"using\": ["),
            client.post("{\"using\": \"core\"}"),
            client.post("{\"using\": [\"urn:example:nothing\"], \"methodCalls\": []}"),
            client.post("{\"using\": [\"urn:ietf:params:jmap:core\"], \"methodCalls\": [" + seventeen + "]}"));

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(400);
        assertThat(responses).extracting(response -> response.headers().firstValue("Content-Type").orElse(""))
            .containsOnly("application/problem+json");
        assertThat(responses).extracting(response -> JmapClient.parse(response.body()).path("type").asText()).containsExactly(
            "urn:ietf:params:jmap:error:notJSON", "urn:ietf:params:jmap:error:notRequest",
            "urn:ietf:params:jmap:error:unknownCapability", "urn:ietf:params:jmap:error:limit");
    }

    /** RFC 8620 5.1: every requested property is returned; a Mailbox without a role has "role": null. */
    @Test
    default void mailboxGetShouldReturnANullRoleAndParentIdRatherThanLeaveThemOut() {
        JmapClient client = newUser();
        String account = accountId(client, "urn:ietf:params:jmap:mail");

        JsonNode response = client.call(request("""
            [["Mailbox/set", {"accountId": "%1$s", "create": {"m1": {"name": "no-role"}}}, "c1"],
             ["Mailbox/get", {"accountId": "%1$s", "ids": ["#m1"], "properties": ["name", "role", "parentId"]}, "c2"],
             ["Mailbox/get", {"accountId": "%1$s", "ids": ["#m1"]}, "c3"]]""".formatted(account), null));

        assertThatJson(response.toString()).inPath("methodResponses[1][1].list[0]")
            .isEqualTo(json("{\"id\": \"${json-unit.any-string}\", \"name\": \"no-role\", \"role\": null, \"parentId\": null}"));
        assertThatJson(response.toString()).inPath("methodResponses[2][1].list[0]").isObject()
            .containsEntry("role", null).containsEntry("parentId", null);
    }

    /** RFC 8621 4.8: receivedAt defaults to the time of the import. */
    @Test
    default void emailImportWithoutReceivedAtShouldImportAtTheTimeOfImport() {
        JmapClient client = newUser();
        String account = accountId(client, "urn:ietf:params:jmap:mail");
        String message = "From: a@example.com\r\nTo: b@example.com\r\nSubject: import\r\nMessage-ID: <"
            + UUID.randomUUID() + "@example.com>\r\n\r\nbody\r\n";
        String blobId = JmapClient.parse(client.send(client.request("/upload/" + account)
            .header("Content-Type", "message/rfc822").POST(HttpRequest.BodyPublishers.ofString(message)).build()).body())
            .get("blobId").asText();
        String mailbox = client.call(request("""
            [["Mailbox/set", {"accountId": "%s", "create": {"m1": {"name": "imports"}}}, "c1"]]""".formatted(account), null))
            .at("/methodResponses/0/1/created/m1/id").asText();
        Instant before = Instant.now().minusSeconds(1);

        JsonNode response = client.call(request("""
            [["Email/import", {"accountId": "%1$s", "emails": {"e1": {"blobId": "%2$s", "mailboxIds": {"%3$s": true},
               "keywords": {"$seen": true}}}}, "c1"],
             ["Email/get", {"accountId": "%1$s", "ids": ["#e1"], "properties": ["receivedAt", "subject"]}, "c2"]]"""
            .formatted(account, blobId, mailbox), null));

        assertThat(response.at("/methodResponses/0/1/created/e1/id").isTextual()).as("Email/import answered %s", response).isTrue();
        Instant receivedAt = Instant.parse(response.at("/methodResponses/1/1/list/0/receivedAt").asText());
        assertThat(receivedAt).isBetween(before, Instant.now().plus(Duration.ofSeconds(1)));
    }
}
