package org.jmapx.it.contacts;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.jmapx.it.EventSourceListener;
import org.jmapx.it.JmapClient;
import org.jmapx.it.JmapxServerExtension;
import org.jmapx.it.WebSocketListener;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sharing address books (RFC 9670, RFC 9610 2) over HTTP: the authorization matrix of an owner, a
 * read-only sharee, a read-write sharee, a James delegate and a stranger, on every AddressBook and
 * ContactCard method, the session, push and revocation.
 */
public interface AddressBookSharingContract {
    String USING = "[\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:contacts\"]";
    String READ = "{\"mayRead\": true}";
    String WRITE = "{\"mayRead\": true, \"mayWrite\": true}";

    JmapxServerExtension server();

    /** The owner's "Team" book with one card, shared with a reader and a writer; one private card. */
    default Scene scene() {
        Scene scene = new Scene(user(), user(), user(), user(), user());
        JsonNode created = scene.owner.call(scene.owner.accountId, """
            [["AddressBook/set", {"accountId": "%1$s", "create": {"team": {"name": "Team"}}}, "c1"],
             ["ContactCard/set", {"accountId": "%1$s", "create": {
                "shared": {"addressBookIds": {"#team": true}, "name": {"full": "Shared Card"}},
                "private": {"addressBookIds": {"default": true}, "name": {"full": "Private Card"}}}}, "c2"]]""");
        scene.team = created.at("/methodResponses/0/1/created/team/id").asText();
        scene.sharedCard = created.at("/methodResponses/1/1/created/shared/id").asText();
        scene.privateCard = created.at("/methodResponses/1/1/created/private/id").asText();
        scene.share(READ, WRITE);
        return scene;
    }

    default Member user() {
        String username = "sharing-" + UUID.randomUUID() + "@example.com";
        try {
            server().server().getProbe(org.apache.james.utils.DataProbeImpl.class).addUser(username, JmapxServerExtension.PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        JmapClient client = server().client(username);
        return new Member(username, client, client.sessionJson().path("primaryAccounts").path("urn:ietf:params:jmap:contacts").asText());
    }

    @Test
    default void theSessionShouldListTheSharedAccountForShareesOnly() {
        Scene scene = scene();

        JsonNode readerSession = scene.reader.client.sessionJson();
        assertThatJson(readerSession.path("accounts").path(scene.owner.accountId).toString()).isEqualTo(json("""
            {"name": "%s", "isPersonal": false, "isReadOnly": true, "accountCapabilities": {
              "urn:ietf:params:jmap:contacts": {"maxAddressBooksPerCard": null, "mayCreateAddressBook": false},
              "urn:ietf:params:jmap:principals:owner": {"accountIdForPrincipal": "%s", "principalId": "%s"}}}"""
            .formatted(scene.owner.username, scene.reader.accountId, scene.owner.accountId)));
        assertThat(scene.writer.client.sessionJson().path("accounts").path(scene.owner.accountId).path("isReadOnly").asBoolean())
            .isFalse();
        assertThat(scene.stranger.client.sessionJson().path("accounts").has(scene.owner.accountId)).isFalse();
        assertThatJson(scene.owner.client.sessionJson().path("accounts").path(scene.owner.accountId)
            .path("accountCapabilities").toString())
            .inPath("['urn:ietf:params:jmap:principals:owner'].principalId").isEqualTo(scene.owner.accountId);
    }

    @Test
    default void aReaderShouldSeeOnlyTheSharedBookAndItsCards() {
        Scene scene = scene();

        JsonNode response = scene.reader.call(scene.owner.accountId, """
            [["AddressBook/get", {"accountId": "%1$s"}, "c1"],
             ["ContactCard/get", {"accountId": "%1$s", "ids": ["%2$s", "%3$s"], "properties": ["name"]}, "c2"],
             ["ContactCard/query", {"accountId": "%1$s"}, "c3"],
             ["ContactCard/changes", {"accountId": "%1$s", "sinceState": "0"}, "c4"]]"""
            .formatted("%1$s", scene.sharedCard, scene.privateCard));

        assertThatJson(response.toString()).inPath("methodResponses[0][1].list[*].id").isEqualTo(json("[\"" + scene.team + "\"]"));
        assertThatJson(response.toString()).inPath("methodResponses[0][1].list[0]").isObject()
            .containsEntry("isSubscribed", false)
            .containsEntry("myRights", json("{\"mayRead\": true, \"mayWrite\": false, \"mayShare\": false, \"mayDelete\": false}"));
        assertThatJson(response.toString()).inPath("methodResponses[1][1].list[*].id").isEqualTo(json("[\"" + scene.sharedCard + "\"]"));
        assertThatJson(response.toString()).inPath("methodResponses[1][1].notFound").isEqualTo(json("[\"" + scene.privateCard + "\"]"));
        assertThatJson(response.toString()).inPath("methodResponses[2][1].ids").isEqualTo(json("[\"" + scene.sharedCard + "\"]"));
        assertThatJson(response.toString()).inPath("methodResponses[3][1].created").isArray()
            .contains(scene.sharedCard).doesNotContain(scene.privateCard);
        assertThatJson(response.toString()).inPath("methodResponses[3][1].updated").isArray().doesNotContain(scene.privateCard);
    }

    @Test
    default void aReaderShouldBeForbiddenEveryWrite() {
        Scene scene = scene();

        JsonNode response = scene.reader.call(scene.owner.accountId, """
            [["ContactCard/set", {"accountId": "%1$s",
               "create": {"c": {"addressBookIds": {"%2$s": true}, "name": {"full": "New"}}},
               "update": {"%3$s": {"name/full": "Changed"}}, "destroy": ["%3$s"]}, "c1"],
             ["AddressBook/set", {"accountId": "%1$s", "create": {"b": {"name": "Mine"}},
               "update": {"%2$s": {"name": "Renamed"}}, "destroy": ["%2$s"]}, "c2"]]"""
            .formatted("%1$s", scene.team, scene.sharedCard));

        assertThatJson(response.toString()).inPath("methodResponses[0][1].notCreated.c.type").isEqualTo("forbidden");
        assertThatJson(response.toString()).inPath("methodResponses[0][1].notUpdated." + scene.sharedCard + ".type").isEqualTo("forbidden");
        assertThatJson(response.toString()).inPath("methodResponses[0][1].notDestroyed." + scene.sharedCard + ".type").isEqualTo("forbidden");
        assertThatJson(response.toString()).inPath("methodResponses[1][1].notCreated.b.type").isEqualTo("forbidden");
        assertThatJson(response.toString()).inPath("methodResponses[1][1].notUpdated." + scene.team + ".type").isEqualTo("forbidden");
        assertThatJson(response.toString()).inPath("methodResponses[1][1].notDestroyed." + scene.team + ".type").isEqualTo("forbidden");
    }

    @Test
    default void aWriterShouldWriteCardsOfTheSharedBookButNotShareIt() {
        Scene scene = scene();

        JsonNode response = scene.writer.call(scene.owner.accountId, """
            [["ContactCard/set", {"accountId": "%1$s",
               "create": {"c": {"addressBookIds": {"%2$s": true}, "name": {"full": "New"}}},
               "update": {"%3$s": {"name/full": "Changed"}, "%4$s": {"name/full": "Hidden"}}}, "c1"],
             ["AddressBook/set", {"accountId": "%1$s", "update": {"%2$s": {"shareWith/%5$s": {"mayRead": true}}}}, "c2"]]"""
            .formatted("%1$s", scene.team, scene.sharedCard, scene.privateCard, scene.stranger.accountId));

        assertThatJson(response.toString()).inPath("methodResponses[0][1].created.c.id").isString();
        assertThatJson(response.toString()).inPath("methodResponses[0][1].updated").isObject().containsKey(scene.sharedCard);
        assertThatJson(response.toString()).inPath("methodResponses[0][1].notUpdated." + scene.privateCard + ".type").isEqualTo("notFound");
        assertThatJson(response.toString()).inPath("methodResponses[1][1].notUpdated." + scene.team + ".type").isEqualTo("forbidden");
    }

    @Test
    default void aStrangerShouldNotFindTheAccountWithAnyMethod() {
        Scene scene = scene();

        JsonNode response = scene.stranger.call(scene.owner.accountId, """
            [["AddressBook/get", {"accountId": "%1$s"}, "c1"],
             ["AddressBook/changes", {"accountId": "%1$s", "sinceState": "0"}, "c2"],
             ["AddressBook/set", {"accountId": "%1$s", "destroy": ["%2$s"]}, "c3"],
             ["ContactCard/get", {"accountId": "%1$s", "ids": ["%3$s"]}, "c4"],
             ["ContactCard/changes", {"accountId": "%1$s", "sinceState": "0"}, "c5"],
             ["ContactCard/set", {"accountId": "%1$s", "destroy": ["%3$s"]}, "c6"],
             ["ContactCard/query", {"accountId": "%1$s"}, "c7"],
             ["ContactCard/queryChanges", {"accountId": "%1$s", "sinceQueryState": "0"}, "c8"]]"""
            .formatted("%1$s", scene.team, scene.sharedCard));

        for (int i = 0; i < 8; i++) {
            assertThatJson(response.toString()).inPath("methodResponses[" + i + "][0]").isEqualTo("error");
            assertThatJson(response.toString()).inPath("methodResponses[" + i + "][1].type").isEqualTo("accountNotFound");
        }
        JsonNode copy = scene.stranger.call(scene.stranger.accountId, """
            [["ContactCard/copy", {"fromAccountId": "%s", "accountId": "%%1$s", "create": {"c": {"id": "%s",
               "addressBookIds": {"default": true}}}}, "c1"]]""".formatted(scene.owner.accountId, scene.sharedCard));
        assertThatJson(copy.toString()).inPath("methodResponses[0][1].type").isEqualTo("fromAccountNotFound");
    }

    @Test
    default void revokingShouldTakeEffectOnTheNextRequest() {
        Scene scene = scene();
        scene.reader.call(scene.owner.accountId, "[[\"AddressBook/get\", {\"accountId\": \"%1$s\"}, \"c1\"]]");

        scene.share(null, WRITE);
        JsonNode response = scene.reader.call(scene.owner.accountId, """
            [["ContactCard/get", {"accountId": "%1$s", "ids": ["%2$s"]}, "c1"]]""".formatted("%1$s", scene.sharedCard));

        assertThatJson(response.toString()).inPath("methodResponses[0][1].type").isEqualTo("accountNotFound");
        assertThat(scene.reader.client.sessionJson().path("accounts").has(scene.owner.accountId)).isFalse();
    }

    @Test
    default void aJamesDelegateShouldHaveEveryRight() throws Exception {
        Scene scene = scene();
        HttpResponse<String> delegated = JmapClient.http().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server().webAdminPort() + "/users/" + scene.owner.username + "/authorizedUsers/" + scene.delegate.username))
            .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(delegated.statusCode()).isEqualTo(200);

        JsonNode response = scene.delegate.call(scene.owner.accountId, """
            [["AddressBook/get", {"accountId": "%1$s", "ids": ["%2$s"]}, "c1"],
             ["ContactCard/get", {"accountId": "%1$s", "ids": ["%3$s"], "properties": ["name"]}, "c2"]]"""
            .formatted("%1$s", scene.team, scene.privateCard));

        assertThatJson(response.toString()).inPath("methodResponses[0][1].list[0].myRights")
            .isEqualTo(json("{\"mayRead\": true, \"mayWrite\": true, \"mayShare\": true, \"mayDelete\": true}"));
        assertThatJson(response.toString()).inPath("methodResponses[1][1].list[*].id").isEqualTo(json("[\"" + scene.privateCard + "\"]"));
    }

    @Test
    default void aReaderShouldCopyASharedCardIntoTheirOwnBook() {
        Scene scene = scene();

        JsonNode response = scene.reader.call(scene.reader.accountId, """
            [["ContactCard/copy", {"fromAccountId": "%s", "accountId": "%%1$s", "create": {
               "c": {"id": "%s", "addressBookIds": {"default": true}},
               "p": {"id": "%s", "addressBookIds": {"default": true}}}}, "c1"],
             ["ContactCard/get", {"accountId": "%%1$s", "ids": ["#c"], "properties": ["name"]}, "c2"]]"""
            .formatted(scene.owner.accountId, scene.sharedCard, scene.privateCard));

        assertThatJson(response.toString()).inPath("methodResponses[0][1].created.c.id").isString();
        assertThatJson(response.toString()).inPath("methodResponses[0][1].notCreated.p.type").isEqualTo("notFound");
        assertThatJson(response.toString()).inPath("methodResponses[1][1].list[0].name.full").isEqualTo("Shared Card");
    }

    @Test
    default void malformedShareWithShouldBeInvalidPropertiesAndChangeNothing() {
        Scene scene = scene();

        JsonNode response = scene.owner.call(scene.owner.accountId, """
            [["AddressBook/set", {"accountId": "%1$s", "update": {"%2$s": {"shareWith": {
               "unknown-principal": {"mayRead": true}, "%3$s": {"mayFly": true, "mayWrite": "yes"}}}}}, "c1"],
             ["AddressBook/get", {"accountId": "%1$s", "ids": ["%2$s"], "properties": ["shareWith"]}, "c2"]]"""
            .formatted("%1$s", scene.team, scene.reader.accountId));

        assertThatJson(response.toString()).inPath("methodResponses[0][1].notUpdated." + scene.team + ".type").isEqualTo("invalidProperties");
        assertThatJson(response.toString()).inPath("methodResponses[0][1].notUpdated." + scene.team + ".properties").isArray()
            .containsExactlyInAnyOrder("shareWith/unknown-principal", "shareWith/" + scene.reader.accountId + "/mayFly",
                "shareWith/" + scene.reader.accountId + "/mayWrite");
        assertThatJson(response.toString()).inPath("methodResponses[1][1].list[0].shareWith." + scene.writer.accountId + ".mayWrite")
            .isEqualTo(true);
    }

    @Test
    default void aShareeButNotAStrangerShouldBePushedChangesOfTheSharedAccount() throws Exception {
        Scene scene = scene();
        try (EventSourceListener events = new EventSourceListener(scene.reader.client, "ContactCard").awaitOpen();
             EventSourceListener strangerEvents = new EventSourceListener(scene.stranger.client, "*").awaitOpen()) {
            JsonNode response = scene.owner.call(scene.owner.accountId, """
                [["ContactCard/set", {"accountId": "%1$s", "update": {"%2$s": {"name/full": "Renamed"}}}, "c1"]]"""
                .formatted("%1$s", scene.sharedCard));
            String newState = response.at("/methodResponses/0/1/newState").asText();

            String pushed = events.next(change -> change.at("/changed/" + scene.owner.accountId + "/ContactCard").asText()
                .equals(newState), Duration.ofSeconds(20));

            assertThat(pushed).isNotNull();
            // one event bus dispatch reaches every registered key at once: had the stranger's been among them, it would be here
            assertThat(strangerEvents.next(change -> change.path("changed").has(scene.owner.accountId), Duration.ofSeconds(2)))
                .isNull();
        }
    }

    @Test
    default void aShareeShouldBePushedChangesOfTheSharedAccountOnTheWebSocket() throws Exception {
        Scene scene = scene();
        try (WebSocketListener socket = new WebSocketListener(scene.writer.client, "ContactCard")) {
            JsonNode response = scene.owner.call(scene.owner.accountId, """
                [["ContactCard/set", {"accountId": "%1$s", "update": {"%2$s": {"name/full": "Renamed"}}}, "c1"]]"""
                .formatted("%1$s", scene.sharedCard));
            String newState = response.at("/methodResponses/0/1/newState").asText();

            String pushed = socket.next(change -> change.at("/changed/" + scene.owner.accountId + "/ContactCard").asText()
                .equals(newState), Duration.ofSeconds(20));

            assertThat(pushed).isNotNull();
            assertThatJson(pushed).node("@type").isEqualTo("StateChange");
        }
    }

    /** One user of a sharing test: their name, client and account (= principal) id. */
    record Member(String username, JmapClient client, String accountId) {
        JsonNode call(String accountId, String methodCalls) {
            return client.call("{\"using\": " + USING + ", \"methodCalls\": " + methodCalls.formatted(accountId) + "}");
        }
    }

    /** The people of a sharing test and what the owner made. */
    final class Scene {
        final Member owner;
        final Member reader;
        final Member writer;
        final Member delegate;
        final Member stranger;
        String team;
        String sharedCard;
        String privateCard;

        Scene(Member owner, Member reader, Member writer, Member delegate, Member stranger) {
            this.owner = owner;
            this.reader = reader;
            this.writer = writer;
            this.delegate = delegate;
            this.stranger = stranger;
        }

        /** The owner sets Team's shareWith: the reader's and the writer's rights (null: none). */
        void share(String readerRights, String writerRights) {
            StringBuilder shareWith = new StringBuilder("{");
            if (readerRights != null) {
                shareWith.append('"').append(reader.accountId).append("\": ").append(readerRights);
            }
            if (writerRights != null) {
                shareWith.append(shareWith.length() > 1 ? ", " : "").append('"').append(writer.accountId).append("\": ").append(writerRights);
            }
            shareWith.append('}');
            JsonNode response = owner.call(owner.accountId, """
                [["AddressBook/set", {"accountId": "%1$s", "update": {"%2$s": {"shareWith": %3$s}}}, "c1"]]"""
                .formatted("%1$s", team, shareWith));
            if (!response.at("/methodResponses/0/1/updated").has(team)) {
                throw new AssertionError("Not shared: " + response);
            }
        }
    }
}
